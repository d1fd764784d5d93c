"""'Hvem er min superbruger?': who helps a team today, also when someone is on holiday."""

from __future__ import annotations

from typing import Final

from dialogs import choose_team, small_talk
from dialogs.conversation import Turn
from dialogs.dates import format_day
from dialogs.flow import EVERYONE, PERSONAL, TEAM, Command, Flow, HelpLine, TeamsCommand
from dialogs.language.intents import match_name
from dialogs.naming import find_team, names_list, team_names, without_lead_word
from dialogs.org_file import Team

INTENT: Final = "who_is_superuser"

FLOW: Final = Flow(
    "find_superuser",
    commands=(
        Command(
            INTENT,
            da=(
                "hvem er min superbruger",
                "hvem er mine superbrugere",
                "hvem er vores superbruger",
                "hvem er superbruger",
                "hvem er superbrugeren",
                "hvem er superbrugerne",
                "hvem er superbrugere",
                "hvem er it superbruger",
                "hvem kan hjælpe mig med it",
                "min superbruger",
                "superbruger",
                "superbrugere",
            ),
            en=(
                "who is my superuser",
                "who are my superusers",
                "who is our superuser",
                "who is the superuser",
                "who is superuser",
                "who are the superusers",
                "my superuser",
                "superuser",
                "superusers",
            ),
        ),
    ),
    help=(
        HelpLine(EVERYONE, "command.who", "command.who.desc"),
        HelpLine(EVERYONE, "command.who_team", "command.who_team.desc"),
    ),
    teams=(
        TeamsCommand(PERSONAL, "teams.who", "teams.who.desc", order=2),
        TeamsCommand(TEAM, "teams.who", "teams.who.desc", order=2),
    ),
)


@FLOW.starts(INTENT)
def start(turn: Turn) -> None:
    written = without_lead_word(turn.argument)
    if written and written == turn.argument and not _names_team(turn, written):
        # "superbruger Bo har ikke svaret" starts like the question but asks something else.
        small_talk.not_understood(turn)
        return
    if written:
        team = find_team(turn, written)
        if team is not None:
            answer(turn, team)
        return
    team = turn.org.team_for_channel(turn.place.team_id, turn.place.channel_id) or (
        turn.org.team_of(turn.person)
    )
    if team is None:
        choose_team.ask(turn, then=INTENT)
        return
    answer(turn, team)


def answer(turn: Turn, team: Team) -> None:
    """Name who helps `team` today: in a channel they are @mentioned, 1:1 with how to reach them."""
    helpers = turn.org.helpers(team)
    today = turn.org.today()

    def who(emails: tuple[str, ...]) -> str:
        if turn.in_channel:
            return names_list([f"<at>{turn.services.name_of(e)}</at>" for e in emails], turn.lang)
        return names_list([_contact(turn, e) for e in emails], turn.lang)

    lines = []
    for email, last_day in helpers.away:
        lines.append(
            turn.t(
                "superuser.away",
                name=turn.services.name_of(email),
                until=format_day(last_day, turn.lang, today),
            )
        )
    if helpers.superusers:
        key = "superuser.one" if len(helpers.superusers) == 1 else "superuser.many"
        lines.insert(0, turn.t(key, team=team.name, names=who(helpers.superusers)))
    elif not team.superusers and not helpers.deputies:
        lines.insert(0, turn.t("superuser.none_named", team=team.name))
    if helpers.deputies and not team.superusers:
        lines.append(
            turn.t("superuser.deputy_instead", team=team.name, names=who(helpers.deputies))
        )
    elif helpers.deputies:
        lines.append(turn.t("superuser.deputy_standing_in", names=who(helpers.deputies)))
    elif team.deputies and not helpers.away:
        deputies = names_list([turn.services.name_of(e) for e in team.deputies], turn.lang)
        lines.append(turn.t("superuser.deputy", names=deputies))
    if helpers.fallback:
        it_lead = helpers.fallback == turn.services.org.it_lead
        key = "superuser.fallback_it_lead" if it_lead else "superuser.fallback"
        lines.append(turn.t(key, team=team.name, names=who((helpers.fallback,))))
    if not turn.in_channel:
        lines.append(turn.t("superuser.reach"))
    turn.write("\n\n".join(lines), mentions=helpers.everyone if turn.in_channel else ())


def _names_team(turn: Turn, written: str) -> bool:
    return match_name(written, team_names(turn.services.org))[0] is not None


def _contact(turn: Turn, email: str) -> str:
    return f"{turn.services.name_of(email)} ({email})"
