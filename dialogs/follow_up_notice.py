"""The author's report buttons: retry the failed, see who is missing, correct or retract."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dialogs import notice_cards
from dialogs.broadcast_notice import MAX_BODY, MAX_TITLE, may_broadcast
from dialogs.conversation import Turn
from dialogs.flow import Flow
from dialogs.naming import names_list
from storage.notices import (
    DELIVERED,
    FAILED,
    NOT_INSTALLED,
    RETRACTED,
    SENDING,
    SENT,
    Delivery,
    Notice,
)

FLOW: Final = Flow("follow_up_notice")


def _sent_notice(turn: Turn) -> Notice | None:
    """The notice a report button names, if it has gone out (and may still be acted on)."""
    value = turn.value or {}
    notice = turn.services.notices.book.notices.get(str(value.get("notice") or ""))
    return notice if notice is not None and notice.state in (SENDING, SENT, RETRACTED) else None


def _notice_to_change(turn: Turn) -> Notice | bool:
    """The sent notice a button would change; else whether the click is answered already.

    False: the button names no sent notice, so it is not this flow's. True: the person may not
    broadcast, or the notice was retracted, and they have been told.
    """
    notice = _sent_notice(turn)
    if notice is None:
        return False
    if not may_broadcast(turn):
        return True
    if notice.state == RETRACTED:
        turn.say("notice.is_retracted", title=notice.title)
        return True
    return notice


@FLOW.on_card("notice_retry")
def retry(turn: Turn) -> bool:
    notice = _notice_to_change(turn)
    if isinstance(notice, bool):
        return notice
    count = turn.services.notices.notice_queue.retry_failed(notice.notice_id)
    turn.say("report.retrying" if count else "report.nothing_to_retry", count=count)
    return True


@FLOW.on_card("notice_missing")
def missing(turn: Turn) -> bool:
    """Who has not acknowledged, and where it did not arrive."""
    notice = _sent_notice(turn)
    if notice is None:
        return False
    if not may_broadcast(turn):
        return True
    book = turn.services.notices.book
    deliveries = book.deliveries.of(notice.notice_id)
    acked = book.acknowledgements.of(notice.notice_id)
    lines = []
    if notice.ack_required:
        waiting = [
            turn.services.name_of(d.email)
            for d in deliveries
            if not d.is_channel and d.status == DELIVERED and d.email not in acked
        ]
        lines.append(_line(turn, "missing.not_acked", waiting))
    failed = [_where(turn, d) for d in deliveries if d.status == FAILED]
    lines.append(_line(turn, "missing.failed", failed))
    without = [_where(turn, d) for d in deliveries if d.status == NOT_INSTALLED]
    lines.append(_line(turn, "missing.not_installed", without))
    turn.write("\n\n".join([turn.t("missing.title", title=notice.title), *lines]))
    return True


@FLOW.on_card("notice_correct_form")
def correct_form(turn: Turn) -> bool:
    """'Ret' on the report: the title and text, to change everywhere."""
    notice = _notice_to_change(turn)
    if isinstance(notice, bool):
        return notice
    turn.show(notice_cards.correction_card(notice, turn.lang))
    return True


@FLOW.on_card("notice_correct")
def correct(turn: Turn) -> bool:
    notice = _notice_to_change(turn)
    if isinstance(notice, bool):
        return notice
    value = turn.value or {}
    title = str(value.get("title") or "").strip()
    body = str(value.get("body") or "").strip()
    if not title or not body:
        turn.say("compose.missing_text")
        return True
    if len(title) > MAX_TITLE or len(body) > MAX_BODY:
        turn.say("compose.too_long")
        return True
    if (title, body) == (notice.title, notice.body):
        turn.say("correct.unchanged")
        return True
    desk = turn.services.notices
    desk.book.notices.save(replace(notice, title=title, body=body, version=notice.version + 1))
    count = desk.notice_queue.correct(notice.notice_id)
    turn.say("correct.done", count=count)
    return True


@FLOW.on_card("notice_retract")
def retract(turn: Turn) -> bool:
    notice = _notice_to_change(turn)
    if isinstance(notice, bool):
        return notice
    count = turn.services.notices.notice_queue.retract(notice.notice_id)
    turn.say("retract.done", title=notice.title, count=count)
    return True


def _line(turn: Turn, key: str, names: list[str]) -> str:
    shown = names_list(sorted(names), turn.lang) if names else turn.t("missing.nobody")
    return turn.t(key, count=len(names), names=shown)


def _where(turn: Turn, delivery: Delivery) -> str:
    if not delivery.is_channel:
        return turn.services.name_of(delivery.email)
    team_id = delivery.target.removeprefix("channel:").partition("/")[0]
    installed = turn.services.installed_team(team_id)
    return turn.t("missing.channel", team=installed.name if installed else team_id)
