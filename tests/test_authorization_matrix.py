"""Who may do what: every privileged action against every role, by chat and by forged cards.

One row per action. A row names the roles that may do it and the words of the refusal everyone
else gets; the test tries the chat command and the card button (as `Action.Submit` and as an
`adaptiveCard/action` invoke) as each role. A refusal must say so and leave every record as it
was. To add an action, add a row."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.emulator import Recorded
from bot.emulator import Turn as Posted
from storage.models import Case, CaseEvent
from tests.chat import Someone, buttons, input_ids, seen
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, PETER, RunningBot

MARIA = "maria.toft@jobcenter.varde.example"  # superuser, Team Sygedagpenge

EMPLOYEE = "employee"
OTHER_SUPERUSER = "superuser of another team"
SUPERUSER = "superuser"
LEADER = "team leader"
PROJECT_LEAD = "project lead"
IT_LEAD = "IT lead"
ROLES = {
    EMPLOYEE: ANNE,
    OTHER_SUPERUSER: MARIA,
    SUPERUSER: BO,
    LEADER: KARIN,
    PROJECT_LEAD: METTE,
    IT_LEAD: HENRIK,
}
LEADS = frozenset({PROJECT_LEAD, IT_LEAD})
HELPERS = LEADS | {SUPERUSER}
MANAGERS = LEADS | {LEADER}

# In Anne's case only; whoever is not allowed to see the case must never read it.
SECRET = "lokale 7"
# Records every accepted message may touch: who wrote, where, and their dialog state.
EVERY_TURN = frozenset({"people", "conversations", "state", "_meta"})

Ids = dict[str, Any]  # what the setup made: case numbers, the data of the cards' buttons


@dataclass(frozen=True)
class Row:
    action: str
    allowed: frozenset[str]
    refusal: str  # words of the Danish refusal
    say: str = ""  # the chat command, formatted with the ids
    card: Callable[[Ids], dict[str, Any]] | None = None  # a button's data, as Teams sends it
    team: str | None = None  # where it is written: this team's channel, else the 1:1 chat
    # The action changes its case, so whoever may do it gets a new one each time.
    fresh_case: bool = False
    # Whoever may do it first changes what is stored (those after may find it done already).
    changes: bool = False
    # The state the action needs: everyone, allowed or not, acts on a new case made so.
    prepare: Callable[[Case], Case] | None = None


def at_central_it(case: Case) -> Case:
    return replace(case, status="central", owner=BO, helpers=(BO,))


def escalated_to_project_lead(case: Case) -> Case:
    handed = CaseEvent(at=case.created_at, by=BO, what="escalated", detail=f"{METTE}: genstartet")
    return replace(
        case, status="escalated", owner="", helpers=(BO, METTE), history=(*case.history, handed)
    )


def case_button(action: str, **more: Any) -> Callable[[Ids], dict[str, Any]]:
    return lambda ids: (
        {"action": action, "case": ids["case"], **more}
        | ({"into": ids["other_case"]} if action == "case.merge" else {})
    )


def button(name: str) -> Callable[[Ids], dict[str, Any]]:
    return lambda ids: dict(ids[name])


CASE_REFUSED = "kan kun håndteres af teamets superbrugere"
ESCALATE_REFUSED = "kan kun sendes videre af teamets superbrugere"
NOTICE_REFUSED = "kan sende IT-meddelelser ud"
EVENT_REFUSED = "kan planlægge kursusdage og møder"
BOARD_REFUSED = "kan ændre IT-oversigten"
MANAGE_REFUSED = "Det kan kun teamlederen for Team Ydelse"
LINK_REFUSED = "Det kan kun Team Ydelses teamleder, superbrugere og stedfortrædere"

MATRIX: tuple[Row, ...] = (
    # cases
    Row(
        "see a case",
        frozenset({EMPLOYEE, SUPERUSER, LEADER, *LEADS}),
        "er ikke din",
        say="sag {case}",
    ),
    Row(
        "the team's open cases",
        frozenset(ROLES) - {EMPLOYEE},
        "er for superbrugere og teamledere",
        say="åbne sager",
    ),
    Row("all open cases", LEADS, "Alle åbne sager kan ses af", say="alle åbne sager"),
    Row("claim a case", HELPERS, CASE_REFUSED, card=case_button("case.claim"), fresh_case=True),
    Row(
        "write to the employee",
        HELPERS,
        CASE_REFUSED,
        card=case_button("case.write", message="Prøv at genstarte"),
        fresh_case=True,
    ),
    Row(
        "resolve a case",
        HELPERS,
        CASE_REFUSED,
        card=case_button("case.resolve", note="Ny toner"),
        fresh_case=True,
    ),
    Row(
        "escalate a case",
        HELPERS,
        ESCALATE_REFUSED,
        say="eskalér #{case} til it-support: genstartet pc'en",
        card=case_button("case.escalate", target="central", tried="Genstartet"),
        fresh_case=True,
    ),
    Row(
        "record central IT support's ticket number",
        HELPERS,
        ESCALATE_REFUSED,
        card=case_button("case.ticket", ticket="INC-4711"),
        prepare=at_central_it,
    ),
    Row(
        "record central IT support's answer",
        HELPERS,
        ESCALATE_REFUSED,
        say="IT-support har løst #{case}: ny profil oprettet",
        card=case_button("case.central_answer", answer="Ny profil oprettet"),
        prepare=at_central_it,
    ),
    Row(
        "send an escalated case back to the superuser",
        LEADS,
        "Kun projektlederen og den IT-ansvarlige kan sende",
        card=case_button("case.return", note="Prøv en ny profil"),
        prepare=escalated_to_project_lead,
    ),
    Row(
        "the escalated cases",
        LEADS | {SUPERUSER, OTHER_SUPERUSER},
        "Eskalerede sager er for superbrugerne",
        say="eskalerede sager",
    ),
    Row("merge a case", HELPERS, CASE_REFUSED, card=case_button("case.merge"), fresh_case=True),
    # IT change notices
    Row(
        "write a notice",
        LEADS,
        NOTICE_REFUSED,
        say="udsend: Outlook genstartes i aften",
        changes=True,
    ),
    Row("open the notice form", LEADS, NOTICE_REFUSED, card=button("notice_form")),
    Row("preview a notice", LEADS, NOTICE_REFUSED, card=button("notice_preview")),
    Row("send a notice", LEADS, NOTICE_REFUSED, card=button("notice_send"), changes=True),
    Row("cancel a notice", LEADS, NOTICE_REFUSED, card=button("notice_cancel"), changes=True),
    Row("show who has not read a notice", LEADS, NOTICE_REFUSED, card=button("notice_missing")),
    Row("retry a notice", LEADS, NOTICE_REFUSED, card=button("notice_retry")),
    Row("open a notice correction", LEADS, NOTICE_REFUSED, card=button("notice_correct_form")),
    Row("correct a notice", LEADS, NOTICE_REFUSED, card=button("notice_correct"), changes=True),
    Row("retract a notice", LEADS, NOTICE_REFUSED, card=button("notice_retract"), changes=True),
    # course days and meetings
    Row(
        "plan a course day",
        LEADS,
        EVENT_REFUSED,
        say="opret kursusdag Excel for øvede 15. december kl 9-12 for Team Unge",
    ),
    Row(
        "plan a meeting", LEADS, EVENT_REFUSED, say="opret møde Superbrugermøde 16. december kl 10"
    ),
    Row("save a planned course day", LEADS, EVENT_REFUSED, card=button("event_form"), changes=True),
    Row(
        "move a course day",
        LEADS,
        EVENT_REFUSED,
        say="flyt kursusdagen Momentum-opdatering til 10. december kl 13-16",
        changes=True,
    ),
    Row(
        "cancel a course day",
        LEADS,
        EVENT_REFUSED,
        say="aflys kursusdagen Momentum-opdatering",
        changes=True,
    ),
    # tasks
    Row(
        "give the project lead a task",
        frozenset({IT_LEAD}),
        "der giver opgaver til projektlederen",
        say="opgave til projektlederen: ryd op i Teams, frist fredag",
        changes=True,
    ),
    Row(
        "mark a task done",
        LEADS,
        "Den opgave kender jeg ikke",
        card=button("task_done"),
        changes=True,
    ),
    # the IT overview board
    Row(
        "add to the IT overview",
        LEADS,
        BOARD_REFUSED,
        say="tilføj IT-redskab Nyt intranet: status planlagt",
        changes=True,
    ),
    Row(
        "edit the IT overview",
        LEADS,
        BOARD_REFUSED,
        say="ret IT-redskab Testværktøj: status pilot",
        changes=True,
    ),
    Row("save an IT overview card", LEADS, BOARD_REFUSED, card=button("board_save"), changes=True),
    # the team's setup
    Row("see the portfolio", MANAGERS, MANAGE_REFUSED, say="portefølje for Team Ydelse"),
    Row("set the portfolio", MANAGERS, MANAGE_REFUSED, card=button("set_portfolio")),
    Row(
        "add a superuser",
        MANAGERS,
        MANAGE_REFUSED,
        say="tilføj superbruger Peter Skov i Team Ydelse",
        changes=True,
    ),
    Row(
        "remove a superuser",
        MANAGERS,
        MANAGE_REFUSED,
        say="fjern superbruger Peter Skov fra Team Ydelse",
        changes=True,
    ),
    Row(
        "add a deputy",
        MANAGERS,
        MANAGE_REFUSED,
        say="tilføj stedfortræder Peter Skov i Team Ydelse",
        changes=True,
    ),
    Row(
        "remove a deputy",
        MANAGERS,
        MANAGE_REFUSED,
        say="fjern stedfortræder Peter Skov fra Team Ydelse",
        changes=True,
    ),
    Row(
        "link a Teams team",
        MANAGERS | {SUPERUSER},
        LINK_REFUSED,
        say="tilknyt Team Ydelse",
        card=lambda ids: {"action": "link_team", "team": "ydelse"},
        team="ydelse",
    ),
    Row(
        "choose the case channel",
        MANAGERS | {SUPERUSER},
        LINK_REFUSED,
        say="brug denne kanal til IT-sager",
        team="ydelse",
    ),
    Row("see every team's superusers", MANAGERS, "Oversigten er for teamledere", say="oversigt"),
    Row(
        "reload the org file", LEADS, "kan genindlæse organisationen", say="genindlæs organisation"
    ),
)


@dataclass
class Cell:
    row: Row
    way: str  # "chat", "Action.Submit" or "adaptiveCard/action"
    role: str
    problems: list[str] = field(default_factory=list)
    changed: bool = False


def records(data_dir: Path) -> dict[str, Any]:
    """Every stored record a refused action must leave alone."""
    found = {}
    for path in sorted(data_dir.rglob("*.json")):
        for table, rows in json.loads(path.read_bytes()).items():
            if table not in EVERY_TURN:
                found[f"{path.name}:{table}"] = rows
    return found


def pressed(record: Recorded, title: str, inputs: dict[str, str] | None = None) -> dict[str, Any]:
    """The data Teams sends when `title` is pressed on the card, inputs filled in."""
    found = buttons(record)
    assert title in found, f"no button {title!r} on {seen(record)[:120]!r}, only {list(found)}"
    action = found[title]
    if action["type"] == "Action.ShowCard":
        action = action["card"]["actions"][0]
    return {**input_ids(record), **action["data"], **(inputs or {})}


class Matrix:
    """The organisation's people and a bot with something for each row to act on."""

    def __init__(self, bot: RunningBot) -> None:
        self.bot = bot
        self.people = {
            email: Someone(bot.emulator, email) for email in (*ROLES.values(), PETER, EMMA)
        }
        self.ids: Ids = {}

    async def setup(self) -> None:
        """Everything the rows act on, made the way people make it."""
        emulator = self.bot.emulator
        await emulator.install_in_team("ydelse")
        for email in self.people:
            await emulator.install_personal(email)
        anne, mette, henrik, karin = (self.people[e] for e in (ANNE, METTE, HENRIK, KARIN))
        self.ids["case"] = await self.new_case(anne, f"problem med printeren i {SECRET}")
        self.ids["other_case"] = await self.new_case(self.people[PETER], "outlook virker ikke")

        form = (await mette.says("udsend")).replies[0]
        self.ids["notice_preview"] = pressed(
            form,
            "Vis forhåndsvisning",
            {"title": "Ny printer", "body": "Den nye printer er sat op."},
        )
        draft = await mette.says("udsend: Netværket er nede i aften")
        self.ids["notice_send"] = pressed(draft.replies[0], "Send")
        self.ids["notice_form"] = pressed(draft.replies[0], "Ret")
        other = await mette.says("udsend: Wifi skifter navn")
        self.ids["notice_cancel"] = pressed(other.replies[0], "Annullér")
        sent = await mette.says("udsend: Momentum er opdateret")
        await mette.clicks("Send", on=sent.replies[0])
        await self.bot.notice_queue_idle()
        report = self.newest_card(METTE, "Træk tilbage")
        for title, key in (
            ("Prøv fejlede igen", "notice_retry"),
            ("Vis hvem der mangler", "notice_missing"),
            ("Ret", "notice_correct_form"),
            ("Træk tilbage", "notice_retract"),
        ):
            self.ids[key] = pressed(report, title)
        correction = (await mette.clicks("Ret", on=report)).replies[0]
        self.ids["notice_correct"] = pressed(
            correction, next(iter(buttons(correction))), {"body": "Momentum er opdateret i dag."}
        )

        plan = await mette.says(
            "opret kursusdag Momentum-opdatering 8. december kl 9-12 i mødelokale 2 for Team Ydelse"
        )
        self.ids["event_form"] = pressed(plan.replies[0], "Opret")

        await henrik.says("opgave til projektlederen: opdatér IT-oversigten, frist fredag")
        self.ids["task_done"] = pressed(self.newest_card(METTE, "Udført"), "Udført")

        await mette.says("tilføj IT-redskab Testværktøj: status planlagt")
        board = (await mette.says("ret IT-redskab Testværktøj")).replies[0]
        self.ids["board_save"] = pressed(board, "Gem", {"status": "live"})

        portfolio = (await karin.says("portefølje for Team Ydelse")).replies[0]
        self.ids["set_portfolio"] = pressed(portfolio, "Gem")

    def newest_card(self, email: str, title: str) -> Recorded:
        chat = self.bot.emulator.personal_conversation_id(email)
        return [r for r in self.bot.emulator.recorded(chat) if title in buttons(r)][-1]

    async def new_case(self, who: Someone, text: str) -> int:
        await who.says(text)
        return max(c.number for c in self.bot.stored.cases.of_requester(who.email))

    def fresh_case(self, prepare: Callable[[Case], Case] | None = None) -> int:
        """A new open case like Peter's, stored directly: reporting it is tested elsewhere."""
        cases = self.bot.stored.cases
        like = cases.get(self.ids["other_case"])
        assert like is not None
        case = replace(like, number=0, description="skærmen er sort")
        return cases.open(prepare(case) if prepare else case).number

    async def attempt(self, row: Row, way: str, role: str) -> Cell:
        cell = Cell(row, way, role)
        ids = dict(self.ids)
        if row.prepare is not None:
            ids["case"] = self.fresh_case(row.prepare)
        elif row.fresh_case and role in row.allowed:
            ids["case"] = self.fresh_case()
        email = ROLES[role]
        emulator = self.bot.emulator
        where = {"team": row.team} if row.team else {}
        # Notices go out in the background; what a cell changes must not blur into the next.
        await self.bot.notice_queue_idle()
        before = records(self.bot.settings.data_dir)
        if way == "chat":
            turn = await emulator.say(email, row.say.format(**ids), **where)
        elif way == "Action.Submit":
            assert row.card is not None
            turn = await emulator.submit(email, row.card(ids), **where)
        else:
            assert row.card is not None
            data = row.card(ids)
            turn = await emulator.invoke(email, data.pop("action"), data, **where)
        shown = answer(turn)
        await self.bot.notice_queue_idle()
        after = records(self.bot.settings.data_dir)
        if turn.status >= 300:
            cell.problems.append(f"HTTP {turn.status}")
        if role in row.allowed:
            if row.refusal in shown:
                cell.problems.append(f"refused: {shown[:160]!r}")
            if (row.fresh_case or row.prepare) and after == before:
                cell.problems.append("the case did not change")
            cell.changed = after != before
        else:
            if row.refusal not in shown:
                cell.problems.append(f"not refused: {shown[:160]!r}")
            changed = sorted(
                k for k in after.keys() | before.keys() if after.get(k) != before.get(k)
            )
            if changed:
                cell.problems.append(f"refused but changed {', '.join(changed)}")
        if role == OTHER_SUPERUSER and SECRET in shown:
            cell.problems.append("showed Anne's case to a superuser of another team")
        return cell


def answer(turn: Posted) -> str:
    """What the person read: the replies, and an invoke's own answer."""
    parts = [seen(r) for r in turn.replies]
    if isinstance(turn.body, dict) and isinstance(turn.body.get("value"), str):
        parts.append(turn.body["value"])
    return "\n".join(parts)


def ways(row: Row) -> list[str]:
    found = ["chat"] if row.say else []
    return found + (["Action.Submit", "adaptiveCard/action"] if row.card else [])


async def test_every_privileged_action_against_every_role(bot: RunningBot) -> None:
    matrix = Matrix(bot)
    await matrix.setup()
    failed: list[str] = []
    tried = 0
    for row in MATRIX:
        # The refused go first, so what they try meets the same records the allowed change.
        order = sorted(ROLES, key=lambda role: role in row.allowed)
        changed = False
        for way in ways(row):
            for role in order:
                cell = await matrix.attempt(row, way, role)
                tried += 1
                changed = changed or cell.changed
                failed.extend(f"{row.action} | {way} | {role}: {p}" for p in cell.problems)
        if row.changes and not changed:
            failed.append(f"{row.action}: nobody who may do it changed anything")
    assert not failed, f"{len(failed)} of {tried} cells wrong:\n" + "\n".join(failed)
    assert tried >= len(MATRIX) * len(ROLES)


def test_every_card_action_and_privileged_flow_has_a_row() -> None:
    """A new button or command that only some may use must get its row here."""
    from dialogs.flows import dispatcher

    CARD_ACTIONS = dispatcher().card_actions

    carded = set()
    for row in MATRIX:
        if row.card is not None:
            data = row.card({"case": 1, "other_case": 2} | {k: {"action": k} for k in CARD_ACTIONS})
            carded.add(data["action"])
    # Buttons anyone may press for themself; "Annullér" on a plan only answers "nothing made".
    for_everyone = {
        "event_discard",
        "choose_language",
        "choose_team",
        "report_problem",
        "case.feedback",
        "event_sign_up",
        "event_sign_off",
        "notice_ack",
    }
    assert set(CARD_ACTIONS) - for_everyone - carded == set()
