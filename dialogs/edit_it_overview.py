"""The project lead keeps the IT overview board: add a tool, change it by text or by card."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, Final

import dateparser

from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.language import cards
from dialogs.language.intents import fold
from dialogs.organisation import PROJECT_LEAD
from dialogs.show_it_overview import find_item, slug
from storage.board import STATUSES, BoardItem, Milestone

SAVE: Final = "board_save"
MAX_TEXT: Final = 2000
# How people write each status, folded; the first Danish and English words are the labels.
STATUS_WORDS: Final = {
    "planned": ("planlagt", "planned", "plan"),
    "pilot": ("pilot", "pilotforsøg", "afprøvning"),
    "rollout": ("udrulning", "rollout", "udrulles", "rolling out"),
    "live": ("i drift", "drift", "live", "in operation"),
    "retired": ("udfaset", "retired", "udfases"),
}
# Field names in a text edit: "ret IT-redskab Momentum: status pilot; dato 1. marts 2027".
FIELDS: Final = {
    "status": ("status",),
    "go_live": ("dato", "idriftsættelse", "i drift fra", "go live", "date"),
    "responsible": ("ansvarlig", "responsible", "owner"),
    "description": ("beskrivelse", "description"),
    "course_days": ("kursusdag", "kursusdage", "course day", "course days"),
    "milestone": ("milepæl", "milestone"),
}

FLOW: Final = Flow(
    "edit_it_overview",
    commands=(
        Command(
            "add_board_item",
            da=("tilføj it redskab", "nyt it redskab", "tilføj til it oversigten"),
            en=("add it tool", "new it tool"),
        ),
        Command(
            "edit_board_item", da=("ret it redskab", "rediger it redskab"), en=("edit it tool",)
        ),
    ),
    help=(
        HelpLine(PROJECT_LEAD, "command.board_add", "command.board_add.desc"),
        HelpLine(PROJECT_LEAD, "command.board_edit", "command.board_edit.desc"),
    ),
)


def may_edit(turn: Turn) -> bool:
    return turn.leads_only("board.refused")


@FLOW.starts("add_board_item")
def add(turn: Turn) -> None:
    """'tilføj IT-redskab Momentum-opdatering': a new item, then its card to fill in."""
    if not may_edit(turn):
        return
    name, _, changes = turn.argument.partition(":")
    name = name.strip(" «»\"'“”")
    if not name:
        turn.say("board.name_missing")
        return
    board = turn.services.board
    item_id = slug(name)
    if not item_id or board.get(item_id) is not None:
        turn.say("board.exists", name=name)
        return
    item = BoardItem(item_id=item_id, name=name[:120], changed_by=turn.email)
    if changes.strip():
        changed = _apply_text(turn, item, changes)
        if changed is None:
            return
        item = changed
    board.save(item)
    turn.say("board.added", name=item.name)
    turn.show(edit_card(turn, item))


@FLOW.starts("edit_board_item")
def edit(turn: Turn) -> None:
    """'ret IT-redskab Momentum: status pilot; dato 1. marts 2027', or the card without changes."""
    if not may_edit(turn):
        return
    written, _, changes = turn.argument.partition(":")
    item = find_item(turn, written)
    if item is None:
        return
    if not changes.strip():
        turn.show(edit_card(turn, item))
        return
    changed = _apply_text(turn, item, changes)
    if changed is not None:
        _save(turn, item, changed)


@FLOW.on_card(SAVE)
def save(turn: Turn) -> bool:
    """'Gem' on an item's card."""
    value = turn.value or {}
    item = turn.services.board.get(str(value.get("item") or ""))
    if item is None:
        return False
    if not may_edit(turn):
        return True
    status = str(value.get("status") or "")
    if status not in STATUSES:
        return False
    go_live = str(value.get("go_live") or "").strip()
    try:
        if go_live:
            date.fromisoformat(go_live)
        milestones = _milestones(str(value.get("milestones") or ""))
    except ValueError:
        turn.say("board.bad_date")
        return True
    responsible = str(value.get("responsible") or "").strip().lower()
    if responsible and "@" not in responsible:
        turn.say("board.bad_person", name=responsible)
        return True
    name = str(value.get("name") or "").strip() or item.name
    description = str(value.get("description") or "").strip()
    if len(name) > 120 or len(description) > MAX_TEXT:
        turn.say("compose.too_long")
        return True
    changed = replace(
        item,
        name=name,
        description=description,
        status=status,
        go_live=go_live,
        responsible=responsible,
        course_days=tuple(
            line.strip()
            for line in str(value.get("course_days") or "").splitlines()
            if line.strip()
        ),
        milestones=milestones,
    )
    _save(turn, item, changed)
    return True


def edit_card(turn: Turn, item: BoardItem) -> dict[str, Any]:
    body = [
        cards.title(turn.t("board.edit_title", name=item.name)),
        cards.text_input("name", turn.t("board.field_name"), item.name, required=True),
        cards.text_input(
            "description", turn.t("board.field_description"), item.description, multiline=True
        ),
        cards.choices(
            "status",
            [(turn.t(f"board.status.{s}"), s) for s in STATUSES],
            label=turn.t("board.status"),
            value=item.status,
        ),
        cards.date_input("go_live", turn.t("board.go_live"), item.go_live),
        cards.text_input(
            "responsible",
            turn.t("board.field_responsible"),
            item.responsible,
            placeholder=turn.t("board.placeholder_person"),
        ),
        cards.text_input(
            "course_days",
            turn.t("board.field_course_days"),
            "\n".join(item.course_days),
            multiline=True,
        ),
        cards.text_input(
            "milestones",
            turn.t("board.field_milestones"),
            "\n".join(f"{m.day} {m.text}" for m in item.milestones),
            multiline=True,
            placeholder=turn.t("board.placeholder_milestone"),
        ),
    ]
    actions = [
        cards.submit(turn.t("board.save"), {"action": SAVE, "item": item.item_id}, primary=True)
    ]
    return cards.card(body, actions, fallback=turn.t("board.edit_title", name=item.name))


def _save(turn: Turn, before: BoardItem, after: BoardItem) -> None:
    after = replace(after, changed_by=turn.email)
    turn.services.board.save(after)
    turn.say("board.saved", name=after.name)
    for email in after.followers:
        if email == turn.email:
            continue
        if after.status != before.status:
            turn.notify(email, f"board.now.{after.status}", name=after.name)
        if after.go_live != before.go_live:
            if after.go_live:
                turn.notify(
                    email, "board.moved", name=after.name, day=date.fromisoformat(after.go_live)
                )
            else:
                turn.notify(email, "board.undated", name=after.name)


def _apply_text(turn: Turn, item: BoardItem, changes: str) -> BoardItem | None:
    """The item with '; '-separated 'field value' changes, or None after saying what is wrong."""
    for part in re.split(r"[;\n]", changes):
        part = part.strip()
        if not part:
            continue
        field, value = _field(part)
        if field is None:
            turn.say("board.bad_field", part=part)
            return None
        if field == "status":
            status = _status(value)
            if status is None:
                turn.say("board.bad_status", status=value)
                return None
            item = replace(item, status=status)
        elif field == "go_live":
            day = parse_day(value, turn.org.today())
            if day is None:
                turn.say("board.bad_date")
                return None
            item = replace(item, go_live=day.isoformat())
        elif field == "responsible":
            email = value.strip().lower()
            if "@" not in email:
                turn.say("board.bad_person", name=value)
                return None
            item = replace(item, responsible=email)
        elif field == "description":
            item = replace(item, description=value[:MAX_TEXT])
        elif field == "course_days":
            item = replace(item, course_days=(*item.course_days, value))
        else:
            day_text, _, text = value.partition(" ")
            day = parse_day(day_text, turn.org.today())
            if day is None or not text.strip():
                turn.say("board.bad_date")
                return None
            item = replace(item, milestones=(*item.milestones, Milestone(day.isoformat(), text)))
    return item


def _field(part: str) -> tuple[str | None, str]:
    folded = fold(part)
    for field, words in FIELDS.items():
        for word in sorted(words, key=len, reverse=True):
            if folded.startswith(fold(word)):
                # Cut the same number of words from the original, so its spelling is kept.
                count = len(word.split())
                rest = part.split(None, count)
                return field, (rest[count] if len(rest) > count else "").lstrip(": ").strip()
    return None, ""


def _status(written: str) -> str | None:
    folded = fold(written)
    for status, words in STATUS_WORDS.items():
        if folded in (fold(w) for w in words):
            return status
    return None


def parse_day(written: str, today: date) -> date | None:
    """'2027-03-01', '1. marts 2027' or '1 March 2027'."""
    written = written.strip()
    try:
        return date.fromisoformat(written)
    except ValueError:
        pass
    parsed = dateparser.parse(
        written,
        languages=["da", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "future",
            "REQUIRE_PARTS": ["day", "month"],
            "RELATIVE_BASE": datetime(today.year, today.month, today.day) - timedelta(days=1),
        },
    )
    return parsed.date() if parsed else None


def _milestones(written: str) -> tuple[Milestone, ...]:
    """One milestone per line: 'YYYY-MM-DD what happens'; raises ValueError on a bad date."""
    found = []
    for line in written.splitlines():
        day, _, text = line.strip().partition(" ")
        if not day:
            continue
        found.append(Milestone(date.fromisoformat(day).isoformat(), text.strip()))
    return tuple(sorted(found, key=lambda m: m.day))
