"""Who may do what: every privileged action against every role, by chat and by forged cards."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.emulator import Recorded
from bot.emulator import Turn as Posted
from storage.models import Case
from tests.authorization_rows import EVERY_TURN, MATRIX, OTHER_SUPERUSER, ROLES, SECRET, Ids, Row
from tests.chat import Someone, buttons, input_ids, seen
from tests.conftest import ANNE, EMMA, HENRIK, KARIN, METTE, PETER, RunningBot


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
