"""Team leaders name their superusers and deputies: 'tilføj superbruger @Sara', 'fjern …'."""

from __future__ import annotations

import functools
from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.naming import find_person, find_team, names_list, split_team
from dialogs.org_file import Team
from dialogs.organisation import LEADER

# intent -> (the team field it changes, adds or removes)
CHANGES: Final = {
    "add_superuser": ("superusers", True),
    "remove_superuser": ("superusers", False),
    "add_deputy": ("deputies", True),
    "remove_deputy": ("deputies", False),
}
OTHER_ROLE: Final = {"superusers": "deputies", "deputies": "superusers"}

FLOW: Final = Flow(
    "manage_superusers",
    commands=(
        Command(
            "add_superuser",
            da=("tilføj superbruger", "tilføj som superbruger"),
            en=("add superuser",),
        ),
        Command(
            "remove_superuser",
            da=("fjern superbruger", "fjern som superbruger"),
            en=("remove superuser",),
        ),
        Command(
            "add_deputy",
            da=("tilføj stedfortræder", "tilføj som stedfortræder"),
            en=("add deputy",),
        ),
        Command(
            "remove_deputy",
            da=("fjern stedfortræder", "fjern som stedfortræder"),
            en=("remove deputy",),
        ),
    ),
    help=(
        HelpLine(LEADER, "command.add_superuser", "command.add_superuser.desc"),
        HelpLine(LEADER, "command.remove_superuser", "command.remove_superuser.desc"),
    ),
)


def team_for(turn: Turn, written: str, which: str = "manage.which_team") -> Team | None:
    """The team a leader's command is about: named, this channel's, or the one they lead."""
    if written:
        return find_team(turn, written)
    channel_team = turn.org.team_for_channel(turn.place.team_id, turn.place.channel_id)
    if channel_team is not None:
        return channel_team
    led = turn.org.led_by(turn.email)
    if len(led) == 1:
        return led[0]
    own = turn.org.team_of(turn.person)
    if own is not None and not led:
        return own
    turn.say(which)
    return None


def refuse(turn: Turn, team: Team) -> None:
    """Tell the person, politely, who can do this for the team."""
    org = turn.services.org
    turn.say(
        "manage.refused",
        team=team.name,
        leaders=names_list([turn.services.name_of(e) for e in team.leaders], turn.lang) or "-",
        project_lead=turn.services.name_of(org.project_lead),
        it_lead=turn.services.name_of(org.it_lead),
    )


def change(turn: Turn, intent: str) -> None:
    field, adding = CHANGES[intent]
    person_words, team_words = split_team(turn.argument)
    team = team_for(turn, team_words)
    if team is None:
        return
    if not turn.org.may_manage(turn.email, team):
        refuse(turn, team)
        return
    email = find_person(turn, person_words)
    if email is None:
        return
    name = turn.services.name_of(email)
    role = "superuser" if field == "superusers" else "deputy"
    current: tuple[str, ...] = getattr(team, field)
    if adding == (email in current):
        turn.say(f"manage.already_{role}" if adding else f"manage.not_{role}", name=name)
        return
    changed = {field: (*current, email) if adding else tuple(e for e in current if e != email)}
    other = OTHER_ROLE[field]
    if adding and email in getattr(team, other):
        # Superuser and deputy of one team would stand in for themself.
        changed[other] = tuple(e for e in getattr(team, other) if e != email)
    team = turn.org.change_team(team, turn.email, **changed)
    turn.say(f"manage.{role}_{'added' if adding else 'removed'}", name=name, team=team.name)
    if not team.superusers:
        turn.say("manage.no_superusers_left", team=team.name)
    if email != turn.email:
        turn.notify(
            email,
            f"manage.notice_{role}_{'added' if adding else 'removed'}",
            team=team.name,
            by=turn.services.name_of(turn.email),
        )


for _intent in CHANGES:
    FLOW.starts(_intent)(functools.partial(change, intent=_intent))
