"""What a turn leaves for others: 1:1 notices, case cards in channels and threads, kept current."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from botbuilder.schema import Activity

from bot.activities import to_activity, with_mentions
from bot.scheduler import Reminders
from bot.sender import Sender, SendFailed
from dialogs import follow_case
from dialogs.case_card import case_card
from dialogs.conversation import Notice, Reply, Services, ThreadPost, Turn, render_notice
from dialogs.effects import case_cards
from dialogs.effects.people import chat_is_opened_for, language_for, person_of, reads_in
from dialogs.effects.ports import ReplyFor
from dialogs.language.texts import text
from storage.models import Case, CasePost, ConversationRef, Person
from storage.repositories import ConversationRefs

_LOGGER = logging.getLogger(__name__)


class Outbox:
    """The core's `Messenger`: sends what flows asked for once the turn's answer is out."""

    def __init__(
        self,
        services: Services,
        references: ConversationRefs,
        sender: Sender,
        reminders: Reminders,
    ):
        self._services = services
        self._references = references
        self._sender = sender
        self._reminders = reminders
        # Told of every case whose card was drawn, which is every case a turn changed.
        self.case_listeners: list[Callable[[Case], None]] = []
        reminders.on(case_cards.CLOSE_CASE, self._close_case)

    def system_turn(self) -> Turn:
        """A turn for what the bot does by itself, such as closing a case nobody answered."""
        return Turn(
            person=Person(user_id=""), lang=self._services.org.language, services=self._services
        )

    async def deliver(self, turn: Turn, replied: asyncio.Future[None] | None = None) -> None:
        """Send what the turn left for others; only new channel posts go out before `replied`."""
        # A new post in a channel starts its own thread, so it cannot overtake the turn's reply
        # in the chat the reply goes to; everything else waits for the reply to be out.
        if turn.notices:
            await _after(replied)
        for notice in turn.notices:
            await self.notify(notice)
        # Cards first: a new case's thread must exist before anything is posted in it.
        for number in turn.changed_cases:
            await self.publish(number, replied)
        if turn.thread_posts:
            await _after(replied)
        for post in turn.thread_posts:
            await self._post_in_thread(post)

    def restore(self) -> None:
        """At start: solved cases close by themselves when their reopening window ends."""
        for case in self._services.cases.resolved():
            case_cards.plan_close(self.system_turn(), case, self._reminders)

    # -- notices ----------------------------------------------------------------------------

    async def notify(self, notice: Notice) -> None:
        """A 1:1 message to someone else, if they have the bot; nothing is lost if they do not."""
        today = self._services.organisation.today()
        await self.send_1to1(
            notice.email,
            lambda lang: Reply(
                text=render_notice(notice.key, notice.values, lang, today),
                card=notice.card(lang) if notice.card else None,
            ),
            notice.key,
        )

    async def send_1to1(self, email: str, build: ReplyFor, what: str) -> bool:
        """1:1 in the person's language; False (and logged) without a chat or when Teams refuses."""
        chat = await self._chat_or_open(email)
        if chat is None:
            _LOGGER.info("no 1:1 chat with %s yet; %s not sent", email, what)
            return False
        ref, lang = chat
        try:
            await self._sender.send(ref.reference, to_activity(build(lang), lang))
        except SendFailed:
            _LOGGER.warning("could not send %s to %s", what, email)
            return False
        return True

    async def post_in_channel(self, team_key: str, reply: Reply) -> bool:
        """A new post in the team's case channel; False when it has none the bot can use."""
        channel = self.channel_of(team_key)
        if channel is None:
            return False
        lang = self._services.org.language
        try:
            await self._sender.start_thread(*channel, to_activity(reply, lang))
        except SendFailed:
            _LOGGER.warning("could not post in the channel of %s", team_key)
            return False
        return True

    def channel_of(self, team_key: str) -> tuple[str, str, str] | None:
        """(service URL, tenant, channel id) of the team's case channel, if the bot is there."""
        team = self._services.org.team(team_key)
        link = self._services.organisation.link_of(team) if team else None
        installed = self._services.installed_team(link.team_id) if link else None
        if link is None or installed is None or not installed.installed:
            return None
        if not installed.service_url:
            return None
        return installed.service_url, installed.tenant_id, link.channel_id or link.team_id

    # -- case cards -------------------------------------------------------------------------

    async def publish(self, number: int, replied: asyncio.Future[None] | None = None) -> None:
        """Show the case where its helpers work: post its card where missing, else update it."""
        cases = self._services.cases
        case = cases.get(number)
        if case is None:
            return
        posts = list(case.posts)
        if posts:
            await _after(replied)
        for post in posts:
            lang = self._lang_of(post.to)
            activity = self._card_activity(case, lang, post.to)
            try:
                await self._sender.update(post.reference, post.activity_id, activity)
            except SendFailed:
                _LOGGER.warning(
                    "could not update the card of case %d in %s", number, post.conversation_id
                )
        new = await self._post_missing(case, posts, replied)
        if new:
            # Re-read: the case may have changed while the posts were on their way.
            current = cases.get(number) or case
            cases.save(replace(current, posts=(*current.posts, *new)))
        current = cases.get(number) or case
        case_cards.plan_close(self.system_turn(), current, self._reminders)
        for listener in self.case_listeners:
            listener(current)

    async def _post_missing(
        self, case: Case, posts: list[CasePost], replied: asyncio.Future[None] | None
    ) -> list[CasePost]:
        new: list[CasePost] = []
        covered: set[str] = set()
        channel = self.channel_of(case.team) if case_cards.in_channel(case) else None
        if channel is not None:
            covered = case_cards.seen_in_channel(case, self._services)
            if not any(not p.to for p in posts):
                post = await self._post_in_channel(case, *channel)
                if post is None:
                    covered = set()  # the channel did not take it: its helpers get it 1:1
                else:
                    new.append(post)
        for helper in case_cards.direct(case, (p.to for p in posts if p.to), covered):
            await _after(replied)
            post = await self._post_to(case, helper)
            if post is not None:
                new.append(post)
        return new

    async def _post_in_channel(
        self, case: Case, service_url: str, tenant_id: str, channel_id: str
    ) -> CasePost | None:
        activity = self._card_activity(case, self._services.org.language)
        try:
            thread, activity_id = await self._sender.start_thread(
                service_url, tenant_id, channel_id, activity
            )
        except SendFailed:
            _LOGGER.warning("could not post case %d in channel %s", case.number, channel_id)
            return None
        reference = self._sender.thread_reference(service_url, tenant_id, thread)
        return CasePost(conversation_id=thread, activity_id=activity_id, reference=reference)

    async def _post_to(self, case: Case, helper: str) -> CasePost | None:
        chat = await self._chat_or_open(helper)
        if chat is None:
            _LOGGER.info("no 1:1 chat with %s; the card of case %d waits", helper, case.number)
            return None
        ref, lang = chat
        activity = self._card_activity(case, lang, helper)
        try:
            activity_id = await self._sender.send(ref.reference, activity)
        except SendFailed:
            _LOGGER.warning("could not send case %d to %s", case.number, helper)
            return None
        return CasePost(ref.conversation_id, activity_id, reference=ref.reference, to=helper)

    def _card_activity(self, case: Case, lang: str, to: str = "") -> Activity:
        """The case's card for `to` (the channel when empty), under its headline."""
        now = self._services.organisation.now()
        words, mentions = case_cards.headline(case, self._services, lang, to)
        activity = to_activity(
            Reply(text=words, card=case_card(case, self._services, lang, now, to)), lang
        )
        return self._with_mentions(activity, mentions)

    async def _post_in_thread(self, post: ThreadPost) -> None:
        case = self._services.cases.get(post.case)
        channel_post = next((p for p in case.posts if not p.to), None) if case else None
        if channel_post is None:
            _LOGGER.info("case %d has no thread; %s not posted", post.case, post.key)
            return
        lang = self._services.org.language
        activity = to_activity(Reply(text=text(post.key, lang, **post.values)), lang)
        try:
            await self._sender.send(
                channel_post.reference, self._with_mentions(activity, post.mentions)
            )
        except SendFailed:
            _LOGGER.warning("could not post %s in the thread of case %d", post.key, post.case)

    def _with_mentions(self, activity: Activity, emails: tuple[str, ...]) -> Activity:
        """Mention entities for people the bot knows; the others are written as plain names."""
        people = self._services.people
        mentioned = []
        for email in dict.fromkeys(emails):
            person = person_of(people, email)
            mentioned.append((self._services.name_of(email), person.user_id if person else ""))
        return with_mentions(activity, mentioned)

    # -- closing solved cases ---------------------------------------------------------------

    async def _close_case(self, _job_id: str, data: dict[str, Any]) -> None:
        turn = self.system_turn()
        follow_case.close_if_due(turn, int(data["case"]))
        await self.deliver(turn)

    # -- people -----------------------------------------------------------------------------

    def _chat_with(self, email: str) -> tuple[ConversationRef, str] | None:
        """The person's 1:1 chat with the bot and their language, if they have one."""
        person = person_of(self._services.people, email)
        ref = self._references.personal_for(person.user_id) if person else None
        if person is None or ref is None:
            return None
        return ref, reads_in(person)

    async def _chat_or_open(self, email: str) -> tuple[ConversationRef, str] | None:
        """The person's 1:1 chat; for the leads, Teams opens one if they never wrote to the bot."""
        chat = self._chat_with(email)
        # Everyone else is reached once they have the bot.
        if chat is not None or not chat_is_opened_for(email, self._services.org):
            return chat
        person = person_of(self._services.people, email)
        if person is None or not person.tenant_id:
            return None
        service_url = next(
            (r.service_url for r in self._references.all() if r.tenant_id == person.tenant_id),
            "",
        )
        if not service_url:
            return None
        try:
            reference = await self._sender.open_chat(service_url, person.tenant_id, person.user_id)
        except SendFailed:
            _LOGGER.warning("Teams would not open a 1:1 chat with %s", email)
            return None
        self._references.save(
            ConversationRef(
                conversation_id=reference["conversation"]["id"],
                conversation_type="personal",
                reference=reference,
                user_id=person.user_id,
                tenant_id=person.tenant_id,
                service_url=service_url,
            )
        )
        return self._chat_with(email)

    def _lang_of(self, email: str) -> str:
        return language_for(self._services.people, email, self._services.org.language)


async def _after(replied: asyncio.Future[None] | None) -> None:
    """Wait until the turn's reply is out; at once when it is, or when there is none."""
    if replied is not None:
        await replied
