"""The project lead keeps the IT overview board: add a tool, change it by text or by card."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.it_overview_changes import MAX_NAME, MAX_TEXT, apply_text
from dialogs.language import cards
from dialogs.organisation import PROJECT_LEAD
from dialogs.show_it_overview import find_item, slug
from storage.board import STATUSES, BoardItem, Milestone

SAVE: Final = "board_save"

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
    """Only the leads keep the board; anyone else hears who does."""
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
    item = BoardItem(item_id=item_id, name=name[:MAX_NAME], changed_by=turn.email)
    if changes.strip():
        changed = apply_text(turn, item, changes)
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
    changed = apply_text(turn, item, changes)
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
    if len(name) > MAX_NAME or len(description) > MAX_TEXT:
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
    """The item's card with every field filled in as it is now, and 'Gem'."""
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
    """Save the change; its followers hear of a new status or go-live date, but not the editor."""
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


def _milestones(written: str) -> tuple[Milestone, ...]:
    """One milestone per line: 'YYYY-MM-DD what happens'; raises ValueError on a bad date."""
    found = []
    for line in written.splitlines():
        day, _, text = line.strip().partition(" ")
        if not day:
            continue
        found.append(Milestone(date.fromisoformat(day).isoformat(), text.strip()))
    return tuple(sorted(found, key=lambda m: m.day))
