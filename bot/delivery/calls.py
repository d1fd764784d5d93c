"""The calls to Teams one delivery of a notice needs: send, correct, take back, remind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from botbuilder.schema import Activity

from bot.activities import to_activity
from bot.sender import Sender, SendFailed
from dialogs import notice_cards
from dialogs.conversation import Reply
from storage.models import InstalledTeam
from storage.notices import DELETE, REMIND, UPDATE, Delivery, Notice, NoticeBook
from storage.repositories import ConversationRefs, InstalledTeams

SEND: Final = "send"
REPORT: Final = "report"


@dataclass
class Work:
    """One call to Teams for a delivery (or an author's report), taken from the queue."""

    key: str  # delivery id, or "report/{notice_id}"
    op: str  # SEND | UPDATE | DELETE | REMIND | REPORT
    conversation: str
    called: bool = False
    result: Any = None
    error: SendFailed | None = None


class Calls:
    """Makes a delivery's call to Teams; what it answered is the queue's to record."""

    def __init__(
        self,
        book: NoticeBook,
        sender: Sender,
        teams: InstalledTeams,
        references: ConversationRefs,
        lang_of: Callable[[str], str],
    ) -> None:
        self._book, self._sender, self._lang_of = book, sender, lang_of
        self._teams, self._references = teams, references

    async def make(self, work: Work, delivery: Delivery) -> Any:
        """The call `work` stands for; its result, as the queue records it."""
        notice = self._book.notices.get(delivery.notice_id)
        if notice is None:
            raise SendFailed(f"{work.key}: the notice is gone", status=404)
        reference = self._reference_of(delivery)
        if work.op == DELETE:
            await self._sender.delete(reference, delivery.activity_id)
            return None
        lang = self._lang_of("" if delivery.is_channel else delivery.email)
        if work.op == UPDATE:
            await self._sender.update(
                reference, delivery.activity_id, notice_activity(notice, lang)
            )
            return notice.version
        if work.op == REMIND:
            return await self._sender.send(reference, notice_activity(notice, lang, reminder=True))
        return await self._send(delivery, notice, lang)

    async def _send(
        self, delivery: Delivery, notice: Notice, lang: str
    ) -> tuple[str, dict[str, Any], str, int]:
        activity = notice_activity(notice, lang)
        if not delivery.is_channel:
            activity_id = await self._sender.send(self._reference_of(delivery), activity)
            return activity_id, {}, delivery.conversation_id, notice.version
        team_id, _, channel_id = delivery.target.removeprefix("channel:").partition("/")
        team = self._teams.get(team_id) or InstalledTeam(team_id=team_id)
        thread, activity_id = await self._sender.start_thread(
            team.service_url, team.tenant_id, channel_id, activity
        )
        reference = self._sender.thread_reference(team.service_url, team.tenant_id, thread)
        return activity_id, reference, thread, notice.version

    def _reference_of(self, delivery: Delivery) -> dict[str, Any]:
        """A channel thread's reference as stored, or the person's 1:1 chat reference."""
        if delivery.reference:
            return delivery.reference
        ref = self._references.get(delivery.conversation_id)
        if ref is None:
            raise SendFailed(f"{delivery.delivery_id}: no conversation reference", status=404)
        return ref.reference


def notice_activity(notice: Notice, lang: str, *, reminder: bool = False) -> Activity:
    """The notice's card as Teams shows it to a reader of `lang`."""
    return to_activity(Reply(card=notice_cards.notice_card(notice, lang, reminder=reminder)), lang)
