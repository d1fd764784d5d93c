"""'Problem med printeren': a case is opened, routed to who helps, and the reporter told."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from dialogs import choose_team
from dialogs.case_card import category_name
from dialogs.case_log import stamp
from dialogs.conversation import Turn
from dialogs.flood_guard import WINDOW, too_many
from dialogs.flow import EVERYONE, Flow, HelpLine
from dialogs.language import cards
from dialogs.language.intents import choose
from dialogs.naming import names_list
from dialogs.org_file import Team
from dialogs.read_problem import Reading, cut, mask_cpr, read_problem
from dialogs.route_case import PROJECT_LEAD, route
from storage.models import Case, CaseEvent

NAME: Final = "report_problem"
# A report this close to an open one of the same kind is probably the same problem.
SIMILAR_WITHIN: Final = timedelta(hours=2)
ANSWERS: Final = {
    "yes": ("ja", "ja tak", "jo", "jep", "gerne", "opret", "yes", "yes please", "yep", "ok"),
    "no": ("nej", "nej tak", "nope", "ellers tak", "no", "no thanks", "lad være"),
}

# Its text has no words of its own: anything that reads as a problem is one (see matchers).
FLOW: Final = Flow(
    NAME,
    help=(HelpLine(EVERYONE, "command.report", "command.report.desc"),),
)


def understood(turn: Turn, *, command: bool | None = None) -> Reading | None:
    """How the message reads as a problem report, or None when it is not one."""
    # `command`: whether the message is one of the flows' commands, when the caller knows.
    reading = read_problem(
        turn.text, turn.services.org.categories, command=command, is_command=turn.is_command
    )
    return None if reading.kind == "none" else reading


def start(turn: Turn, reading: Reading) -> None:
    if reading.kind == "thin":
        turn.ask(NAME, step="what")
        turn.say("report.what")
        return
    if reading.kind == "unclear":
        # The question waits in stored dialog state, where a CPR number must not end up either.
        written = _masked(turn, turn.text)
        turn.ask(NAME, step="confirm", text=written)
        question = turn.t("report.confirm", subject=reading.subject or written)
        turn.show(
            cards.card(
                [cards.paragraph(question)],
                [
                    cards.submit(
                        turn.t("report.yes"), {"action": NAME, "answer": "yes"}, primary=True
                    ),
                    cards.submit(turn.t("report.no"), {"action": NAME, "answer": "no"}),
                ],
                fallback=question,
            )
        )
        return
    open_case(turn, turn.text, reading)


@FLOW.answers(NAME)
@FLOW.on_card(NAME)
def answer(turn: Turn) -> bool:
    """The reply to 'Hvad driller?' or to 'Skal jeg oprette en sag om …?'."""
    pending = turn.pending or {}
    if turn.value is not None:
        said = str(turn.value.get("answer") or "")
    elif turn.is_command(turn.text):
        turn.finish()  # they moved on to something else
        return False
    else:
        said = choose(turn.text, ANSWERS) or ""
    turn.finish()
    if pending.get("step") == "what":
        if not turn.text.strip():
            return False
        reading = read_problem(turn.text, turn.services.org.categories, is_command=turn.is_command)
        open_case(turn, turn.text, reading)
        return True
    written = str(pending.get("text") or "")
    if said == "yes" and written:
        reading = read_problem(written, turn.services.org.categories, is_command=turn.is_command)
        open_case(turn, written, reading)
        return True
    if said == "no":
        turn.say("report.not_opened")
        return True
    if turn.value is not None:
        turn.say("report.expired")
        return True
    # A new message that is neither yes nor no: it is read as what it says.
    return False


@FLOW.starts(NAME)
def after_team_chosen(turn: Turn) -> None:
    """The report that waited for the person to say which team they are in."""
    if turn.argument:
        categories = turn.services.org.categories
        reading = read_problem(turn.argument, categories, is_command=turn.is_command)
        open_case(turn, turn.argument, reading)


def open_case(turn: Turn, written: str, reading: Reading) -> None:
    team = turn.org.team_for_channel(turn.place.team_id, turn.place.channel_id) or (
        turn.org.team_of(turn.person)
    )
    if team is None:
        choose_team.ask(turn, then=NAME, carry=_masked(turn, written))
        turn.say("report.team_first")
        return
    description, masked = mask_cpr(written.strip())
    description, was_cut = cut(description)
    if not description:
        turn.say("report.what")
        turn.ask(NAME, step="what")
        return
    if _flooding(turn):
        turn.say("report.flood")
        return
    organisation = turn.org
    away = organisation.away_today()
    way = route(team, reading.category, organisation.helpers(team), turn.services.org, away)
    now = stamp(turn)
    case = turn.services.cases.open(
        Case(
            number=0,
            requester=turn.email,
            team=team.key,
            category=reading.category,
            description=description,
            urgent=reading.urgent,
            routed_to=way.to,
            helpers=way.helpers,
            similar_to=_similar(turn, team, reading.category),
            created_at=now,
            history=(
                CaseEvent(
                    at=now,
                    by=turn.email,
                    what="opened",
                    detail=f"{reading.category}; {way.to}: {', '.join(way.helpers)} ({way.why})",
                ),
            ),
        )
    )
    turn.case_changed(case.number)
    _tell_reporter(turn, case, team, way.why, masked, was_cut)


def _flooding(turn: Turn) -> bool:
    """Whether the writer has opened so many cases this minute that one more must wait."""
    now = turn.org.now()
    return too_many(turn.services.cases.opened_by_since(turn.email, now - WINDOW), now)


def _similar(turn: Turn, team: Team, category: str) -> int:
    """The newest open case of the same kind from the last two hours, in this team or any team."""
    org = turn.services.org
    system_wide = any(c.key == category and c.system_wide for c in org.categories)
    since = turn.org.now() - SIMILAR_WITHIN
    teams = [t.key for t in org.teams] if system_wide else [team.key]
    cases = turn.services.cases
    return max((cases.newest_open_since(key, category, since) for key in teams), default=0)


def _tell_reporter(
    turn: Turn, case: Case, team: Team, why: str, masked: int, was_cut: bool
) -> None:
    names = names_list([turn.services.name_of(e) for e in case.helpers], turn.lang)
    category = category_name(turn.services, case.category, turn.lang)
    lines = [turn.t("report.opened", number=case.number, category=category)]
    if not case.helpers:
        lines.append(turn.t("report.nobody"))
    elif case.routed_to == PROJECT_LEAD:
        lines.append(turn.t(f"report.to_lead.{why}", names=names, team=team.name))
    elif turn.org.link_of(team) is not None:
        lines.append(turn.t("report.to_channel", names=names, team=team.name))
    else:
        lines.append(turn.t("report.to_people", names=names))
    if case.urgent:
        lines.append(turn.t("report.urgent"))
    lines.append(turn.t("report.next"))
    if masked:
        lines.append(turn.t("report.masked", count=masked))
    if was_cut:
        lines.append(turn.t("report.cut"))
    turn.write("\n\n".join(lines))


def _masked(turn: Turn, written: str) -> str:
    """The text with CPR numbers masked, and the writer told, before it is kept anywhere."""
    masked, count = mask_cpr(written)
    if count:
        turn.say("report.masked", count=count)
    return masked
