"""'Læst og forstået' on a notice: each person's acknowledgement counts once."""

from __future__ import annotations

from dialogs import notice_audience
from dialogs.conversation import Turn
from dialogs.flow import Flow
from storage.notices import SENDING, SENT

FLOW = Flow("acknowledge_notice")


@FLOW.on_card("notice_ack")
def acknowledge(turn: Turn) -> bool:
    value = turn.value or {}
    desk = turn.services.notices
    notice = desk.book.notices.get(str(value.get("notice") or ""))
    if notice is None or notice.state not in (SENDING, SENT) or not notice.ack_required:
        return False
    # Only the people the notice is for: a forged button cannot pad the count.
    if turn.email not in notice_audience.people(turn.services.org, notice):
        turn.say("notice.ack_refused")
        return True
    if desk.book.acknowledgements.add(notice.notice_id, turn.email):
        desk.notice_queue.refresh_report(notice.notice_id)
        turn.say("notice.ack_thanks", title=notice.title)
    else:
        turn.say("notice.ack_already", title=notice.title)
    return True
