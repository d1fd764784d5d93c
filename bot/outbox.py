"""What a turn leaves for others: 1:1 notices, case cards in channels and threads, kept current."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from typing import Any, Final

from botbuilder.schema import Activity, ActivityTypes, Attachment, ChannelAccount, Mention

from bot.scheduler import Reminders
from bot.sender import Sender, SendFailed
from dialogs import follow_case
from dialogs.case_card import case_card
from dialogs.conversation import Notice, Reply, Services, ThreadPost, Turn, render_notice
from dialogs.language import cards
from dialogs.language.texts import language_of, text
from dialogs.route_case import SUPERUSERS
from storage.models import Case, CasePost, ConversationRef, Person
from storage.repositories import ConversationRefs

_LOGGER = logging.getLogger(__name__)

CLOSE_CASE: Final = "case.close"


def to_activity(reply: Reply, lang: str) -> Activity:
    attachments = None
    if reply.card is not None:
        card = cards.attachment(reply.card)
        attachments = [Attachment(content_type=card["contentType"], content=card["content"])]
    return Activity(
        type=ActivityTypes.message,
        text=reply.text or None,
        attachments=attachments,
        locale="en-US" if lang == "en" else "da-DK",
    )


class Outbox:
    """Sends what flows asked for beyond their own replies, after the turn's answer is out."""

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
        reminders.on(CLOSE_CASE, self._close_case)

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
            self._schedule_close(case)

    # -- notices ----------------------------------------------------------------------------

    async def notify(self, notice: Notice) -> None:
        """A 1:1 message to someone else, if they have the bot; nothing is lost if they do not."""
        today = self._services.organisation.today()
        await self.to_person(
            notice.email,
            lambda lang: Reply(
                text=render_notice(notice.key, notice.values, lang, today),
                card=notice.card(lang) if notice.card else None,
            ),
            notice.key,
        )

    async def to_person(self, email: str, build: Callable[[str], Reply], what: str) -> bool:
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

    async def post_in_team(self, team_key: str, reply: Reply) -> bool:
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
            activity = self._card_activity(case, lang, self._headline(case, lang, post.to), post.to)
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
        self._schedule_close(current)
        for listener in self.case_listeners:
            listener(current)

    async def _post_missing(
        self, case: Case, posts: list[CasePost], replied: asyncio.Future[None] | None
    ) -> list[CasePost]:
        new: list[CasePost] = []
        in_channel = [p for p in posts if not p.to]
        channel_helpers: set[str] = set()
        if case.routed_to == SUPERUSERS and case.status != "merged":
            channel = self.channel_of(case.team)
            if channel is not None:
                team = self._services.org.team(case.team)
                channel_helpers = set(team.superusers + team.deputies) if team else set()
                if not in_channel:
                    post = await self._post_in_channel(case, *channel)
                    if post is None:
                        channel_helpers = set()
                    else:
                        new.append(post)
        reached = {p.to for p in posts if p.to}
        for helper in case.helpers:
            if helper in channel_helpers or helper in reached:
                continue
            await _after(replied)
            post = await self._post_to(case, helper)
            if post is not None:
                new.append(post)
        return new

    async def _post_in_channel(
        self, case: Case, service_url: str, tenant_id: str, channel_id: str
    ) -> CasePost | None:
        lang = self._services.org.language
        activity = self._card_activity(case, lang, self._headline(case, lang, ""))
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
        activity = self._card_activity(case, lang, self._headline(case, lang, helper), helper)
        try:
            activity_id = await self._sender.send(ref.reference, activity)
        except SendFailed:
            _LOGGER.warning("could not send case %d to %s", case.number, helper)
            return None
        return CasePost(ref.conversation_id, activity_id, reference=ref.reference, to=helper)

    def _headline(self, case: Case, lang: str, to: str) -> tuple[str, tuple[str, ...]]:
        """The text above the card: in the channel it @mentions the helpers who should act."""
        requester = self._services.name_of(case.requester)
        if to:
            return text("case.post.direct", lang, number=case.number, requester=requester), ()
        helpers = tuple(h for h in case.helpers if h)
        tags = "".join(f"<at>{self._services.name_of(h)}</at> " for h in helpers)
        key = "case.post.urgent" if case.urgent else "case.post.channel"
        return text(key, lang, who=tags, number=case.number, requester=requester), helpers

    def _card_activity(
        self, case: Case, lang: str, headline: tuple[str, tuple[str, ...]], to: str = ""
    ) -> Activity:
        now = self._services.organisation.now()
        words, mentions = headline
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
        entities = []
        for email in dict.fromkeys(emails):
            name = self._services.name_of(email)
            tag = f"<at>{name}</at>"
            person = self._person(email)
            if person is not None:
                entities.append(
                    Mention(
                        mentioned=ChannelAccount(id=person.user_id, name=name),
                        text=tag,
                        type="mention",
                    )
                )
            else:
                activity.text = (activity.text or "").replace(tag, name)
        if entities:
            activity.entities = entities
        return activity

    # -- closing solved cases ---------------------------------------------------------------

    def _schedule_close(self, case: Case) -> None:
        job = f"case-close-{case.number}"
        at = follow_case.closes_at(self.system_turn(), case)
        if at is None:
            self._reminders.cancel(job)
        else:
            self._reminders.schedule_reminder(job, at.astimezone(UTC), CLOSE_CASE, case=case.number)

    async def _close_case(self, _job_id: str, data: dict[str, Any]) -> None:
        turn = self.system_turn()
        follow_case.close_if_due(turn, int(data["case"]))
        await self.deliver(turn)

    # -- people -----------------------------------------------------------------------------

    def _chat_with(self, email: str) -> tuple[ConversationRef, str] | None:
        """The person's 1:1 chat with the bot and their language, if they have one."""
        person = self._person(email)
        ref = self._references.personal_for(person.user_id) if person else None
        if person is None or ref is None:
            return None
        return ref, language_of(person.locale, person.language)

    async def _chat_or_open(self, email: str) -> tuple[ConversationRef, str] | None:
        """The person's 1:1 chat; for the leads, Teams opens one if they never wrote to the bot."""
        chat = self._chat_with(email)
        org = self._services.org
        # Escalations must reach the leads; everyone else is reached once they have the bot.
        if chat is not None or email not in (org.project_lead, org.it_lead):
            return chat
        person = self._person(email)
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

    def _person(self, email: str) -> Person | None:
        people = self._services.people
        return people.by_email(email) or people.get(email)

    def _lang_of(self, email: str) -> str:
        person = self._person(email) if email else None
        if person is None:
            return self._services.org.language
        return language_of(person.locale, person.language)


async def _after(replied: asyncio.Future[None] | None) -> None:
    """Wait until the turn's reply is out; at once when it is, or when there is none."""
    if replied is not None:
        await replied
