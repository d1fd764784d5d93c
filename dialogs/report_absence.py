"""'Jeg er væk til og med fredag', 'ferie 22.-26. december', 'tilbage igen'."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.dates import Absence, format_span, parse_absence
from dialogs.flow import Flow, HelpLine
from dialogs.naming import names_list
from dialogs.organisation import DEPUTY, IT_LEAD, LEADER, PROJECT_LEAD, SUPERUSER

NAME: Final = "report_absence"
# Whose absence changes who helps: everyone else is told they need not report it here.
COUNTED: Final = {SUPERUSER, DEPUTY, LEADER, PROJECT_LEAD, IT_LEAD}

FLOW: Final = Flow(
    NAME,
    help=(
        HelpLine(SUPERUSER, "command.away", "command.away.desc"),
        HelpLine(SUPERUSER, "command.back", "command.back.desc"),
    ),
)


def understood(turn: Turn) -> Absence | None:
    """What the message says about the writer being away or back, if anything."""
    return parse_absence(turn.text, turn.org.today())


def start(turn: Turn, absence: Absence) -> None:
    if not turn.org.roles(turn.email) & COUNTED:
        turn.say("absence.not_needed")
        return
    if absence.kind == "back":
        _back(turn)
        return
    if absence.problem == "no_date":
        turn.ask(NAME)
        turn.say("absence.when")
        return
    if absence.problem or absence.first_day is None or absence.last_day is None:
        turn.say(f"absence.{absence.problem or 'no_date'}")
        return
    today = turn.org.today()
    turn.org.set_away(turn.email, absence.first_day, absence.last_day, by=turn.email)
    span = format_span(absence.first_day, absence.last_day, turn.lang, today)
    lines = [turn.t("absence.noted", span=span)]
    for team in turn.services.org.teams:
        if turn.email not in team.superusers + team.deputies:
            continue
        if absence.first_day > today:
            lines.append(turn.t("absence.later", team=team.name))
            continue
        helpers = turn.org.helpers(team)
        if helpers.superusers or helpers.deputies:
            names = names_list(
                [turn.services.name_of(e) for e in helpers.superusers + helpers.deputies],
                turn.lang,
            )
            lines.append(turn.t("absence.covered", team=team.name, names=names))
        else:
            name = turn.services.name_of(helpers.fallback)
            lines.append(turn.t("absence.uncovered", team=team.name, name=name))
        for deputy in helpers.deputies:
            turn.notify(
                deputy,
                "absence.deputy_notice",
                name=turn.services.name_of(turn.email),
                team=team.name,
                until=absence.last_day,
            )
    lines.append(turn.t("absence.how_back"))
    turn.write("\n\n".join(lines))


@FLOW.answers(NAME)
def answer(turn: Turn) -> bool:
    """The dates, when the person said they are away but not until when."""
    absence = parse_absence(f"væk {turn.text}", turn.org.today())
    turn.finish()
    if absence is None or absence.kind != "away" or absence.problem == "no_date":
        return False
    start(turn, absence)
    return True


def _back(turn: Turn) -> None:
    if not turn.org.set_back(turn.email):
        turn.say("absence.was_not_away")
        return
    today = turn.org.today()
    lines = [turn.t("absence.welcome_back")]
    for first, last in turn.org.upcoming_absences(turn.email):
        lines.append(
            turn.t("absence.still_planned", span=format_span(first, last, turn.lang, today))
        )
    turn.write("\n\n".join(lines))
