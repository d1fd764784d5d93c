"""Which org team works in a Teams team, and which channel gets its IT cases."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Reply, Services, Turn
from dialogs.flow import TEAM, Command, Flow, HelpLine, TeamsCommand
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.naming import find_team, names_list, split_team, without_lead_word
from dialogs.org_file import Team
from dialogs.organisation import SUPERUSER, OrgService

NAME: Final = "link_team"

FLOW: Final = Flow(
    NAME,
    commands=(
        Command(
            "link_team",
            da=("tilknyt", "tilknyt team"),
            en=("link to", "link team", "link this team to"),
        ),
        Command(
            "use_channel",
            da=(
                "brug denne kanal til it sager",
                "brug denne kanal til sager",
                "brug denne kanal",
                "brug kanalen til it sager",
            ),
            en=("use this channel for it cases", "use this channel for cases", "use this channel"),
        ),
    ),
    help=(
        HelpLine(SUPERUSER, "command.use_channel", "command.use_channel.desc"),
        HelpLine(SUPERUSER, "command.link", "command.link.desc"),
    ),
    teams=(TeamsCommand(TEAM, "teams.use_channel", "teams.use_channel.desc", order=3),),
)


def question(services: Services, lang: str, teams_team_name: str) -> Reply:
    """The card posted in a Teams team the bot could not match to an org team by name."""
    org = services.org
    asked = text("link.question", lang, teams_team=teams_team_name, org=org.name)
    card = cards.card(
        [
            cards.paragraph(asked),
            cards.choices(
                "team",
                [(team.name, team.key) for team in org.teams],
                label=text("team.label", lang),
            ),
            cards.paragraph(text("link.question_hint", lang), subtle=True),
        ],
        [cards.submit(text("link.button", lang), {"action": NAME}, primary=True)],
        fallback=asked,
    )
    return Reply(card=card)


def link_by_name(
    organisation: OrgService, teams_team_name: str, team_id: str, channel_id: str
) -> Team | None:
    """Link a newly installed Teams team to the org team it is named for, if there is one."""
    team = organisation.team_named_like(teams_team_name)
    if team is None:
        return None
    known = organisation.link_of(team)
    if known is not None and known.team_id == team_id:
        return team  # a reinstall keeps the channel people chose before
    if known is not None and known.how != "name":
        # Someone linked the team elsewhere on purpose; a name is only a guess, so ask instead.
        return None
    organisation.link(team, team_id, channel_id, how="name")
    return team


@FLOW.starts("link_team")
def start(turn: Turn) -> None:
    """'@IT-hjælp tilknyt Team Ydelse', written in the channel where the team works."""
    if not turn.place.team_id:
        turn.say("link.only_in_channel")
        return
    written = without_lead_word(turn.argument)
    if not written:
        turn.say("link.which_team")
        return
    team = find_team(turn, written)
    if team is not None:
        _link(turn, team, how="command")


@FLOW.on_card(NAME)
def answer(turn: Turn) -> bool:
    """The link card's button."""
    if not turn.place.team_id:
        turn.say("link.only_in_channel")
        return True
    team = turn.services.org.team(str((turn.value or {}).get("team") or ""))
    if team is None:
        turn.say("team.pick_one")
        return True
    _link(turn, team, how="card")
    return True


@FLOW.starts("use_channel")
def use_channel(turn: Turn) -> None:
    """'@IT-hjælp brug denne kanal til IT-sager': the team's cases go to this channel."""
    if not turn.place.team_id:
        turn.say("link.only_in_channel")
        return
    _, written = split_team(turn.argument)
    if written:
        team = find_team(turn, written)
        if team is None:
            return
    else:
        linked = turn.org.linked_to(turn.place.team_id)
        if len(linked) != 1:
            names = names_list([t.name for t in linked], turn.lang)
            turn.say("link.channel_which_team" if linked else "link.channel_unlinked", teams=names)
            return
        team = linked[0]
    if not _allowed(turn, team):
        return
    link = turn.org.link_of(team)
    if link is None or link.team_id != turn.place.team_id:
        _link(turn, team, how="command")
        return
    turn.org.link(team, link.team_id, turn.place.channel_id, how=link.how, by=turn.email)
    turn.say("link.channel_set", team=team.name)


def _link(turn: Turn, team: Team, how: str) -> None:
    if not _allowed(turn, team):
        return
    before = turn.org.link_of(team)
    turn.org.link(team, turn.place.team_id, turn.place.channel_id, how=how, by=turn.email)
    turn.sync_roster = team.key
    moved = before is not None and before.team_id != turn.place.team_id
    turn.say("link.moved" if moved else "link.done", team=team.name)


def _allowed(turn: Turn, team: Team) -> bool:
    if turn.org.may_set_up(turn.email, team):
        return True
    names = [turn.services.name_of(e) for e in team.leaders + team.superusers + team.deputies]
    org = turn.services.org
    turn.say(
        "link.refused",
        team=team.name,
        names=names_list(names, turn.lang),
        project_lead=turn.services.name_of(org.project_lead),
        it_lead=turn.services.name_of(org.it_lead),
    )
    return False
