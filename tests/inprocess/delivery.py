"""Delivering what a turn left for others: notices, case cards and posts in case threads."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from dialogs.case_card import case_card
from dialogs.conversation import Notice, Reply, Turn, render_notice
from dialogs.effects import case_cards
from dialogs.effects.people import chat_is_opened_for, language_for, person_of, reads_in
from dialogs.language.texts import text
from storage.models import Case, CasePost, Person
from tests.inprocess.host import Timers
from tests.inprocess.messages import Message
from tests.inprocess.posting import Conversations


class Delivery(Conversations):
    """The host's outbox: 1:1 notices, case cards where helpers work, thread posts."""

    timers: Timers
    chats: set[str]
    undelivered: list[tuple[str, str]]
    announcements: list[Any]

    def deliver(self, turn: Turn) -> None:
        """What a turn left for others, in the host's order: notices, case cards, thread posts."""
        today = self.services.organisation.today()
        for notice in turn.notices:
            self._send_1to1(
                notice.email, functools.partial(_notice_reply, notice, today), notice.key
            )
        for number in turn.changed_cases:
            self.publish(number)
        for post in turn.thread_posts:
            case = self.services.cases.get(post.case)
            root = next((p for p in case.posts if not p.to), None) if case else None
            if root is None:
                self.undelivered.append(("thread", post.key))
                continue
            lang = self.services.org.language
            words, notified = self._tagged(text(post.key, lang, **post.values), post.mentions)
            self._post(
                root.conversation_id,
                Message(
                    self._next_id(),
                    root.conversation_id,
                    words,
                    mentions=notified,
                    key=post.key,
                    case=post.case,
                ),
            )
        self.announcements.extend(turn.announcements)

    def publish(self, number: int) -> None:
        """The case's card where its helpers work: drawn anew where it is, posted where missing."""
        cases = self.services.cases
        case = cases.get(number)
        if case is None:
            return
        posts = list(case.posts)
        for post in posts:
            lang = language_for(self.services.people, post.to, self.services.org.language)
            self._redraw(post.activity_id, self._card_message(case, lang, post.to, post))
        new = self._post_missing(case, posts)
        if new:
            current = cases.get(number) or case
            cases.save(replace(current, posts=(*current.posts, *new)))
        current = cases.get(number) or case
        case_cards.plan_close(self.system_turn(), current, self.timers)

    def _post_missing(self, case: Case, posts: list[CasePost]) -> list[CasePost]:
        new: list[CasePost] = []
        covered: set[str] = set()
        channel = self._channel_of(case.team) if case_cards.in_channel(case) else None
        if channel is not None:
            covered = case_cards.seen_in_channel(case, self.services)
            if not any(not p.to for p in posts):
                message = self._card_message(case, self.services.org.language, "")
                thread = f"{channel};messageid={message.message_id}"
                message.conversation = thread
                self._post(thread, message)
                new.append(CasePost(thread, message.message_id, {"conversation": {"id": thread}}))
        for helper in case_cards.direct(case, (p.to for p in posts if p.to), covered):
            lang = self._reachable(helper)
            if lang is None:
                self.undelivered.append((helper, f"case {case.number}"))
                continue
            chat = f"a:{helper.lower()}"
            message = self._card_message(case, lang, helper)
            message.conversation = chat
            self._post(chat, message)
            reference = {"conversation": {"id": chat}}
            new.append(CasePost(chat, message.message_id, reference, to=helper))
        return new

    def _channel_of(self, team_key: str) -> str | None:
        """The team's case channel, if the bot is installed in the team it is linked to."""
        team = self.services.org.team(team_key)
        link = self.services.organisation.link_of(team) if team else None
        installed = self.services.installed_team(link.team_id) if link else None
        if link is None or installed is None or not installed.installed:
            return None
        return link.channel_id or link.team_id

    def _card_message(
        self, case: Case, lang: str, to: str, post: CasePost | None = None
    ) -> Message:
        now = self.services.organisation.now()
        words, mentions = case_cards.headline(case, self.services, lang, to)
        words, notified = self._tagged(words, mentions)
        return Message(
            post.activity_id if post else self._next_id(),
            post.conversation_id if post else "",
            words,
            case_card(case, self.services, lang, now, to),
            mentions=notified,
            case=case.number,
            to=to,
        )

    def _send_1to1(self, email: str, build: Callable[[str], Reply], key: str) -> None:
        lang = self._reachable(email)
        if lang is None:
            self.undelivered.append((email, key))
            return
        chat = f"a:{email.lower()}"
        reply = build(lang)
        message = self._reply_message(reply, chat, lang)
        self._post(chat, replace(message, key=key, to=email.lower()))

    def _reachable(self, email: str) -> str | None:
        """The person's language if the bot can write to them 1:1, as the host's outbox can."""
        person = person_of(self.services.people, email)
        if person is None:
            return None
        # Teams opens a chat with the leads for the bot, if it has met them; others must write.
        has_chat = email.lower() in self.chats or chat_is_opened_for(email, self.services.org)
        return reads_in(person) if has_chat else None

    def system_turn(self) -> Turn:
        """A turn for what the bot does by itself, such as closing a case nobody answered."""
        return Turn(
            person=Person(user_id=""), lang=self.services.org.language, services=self.services
        )


def _notice_reply(notice: Notice, today: date, lang: str) -> Reply:
    """A notice as its recipient reads it, as the host's outbox renders it."""
    return Reply(
        text=render_notice(notice.key, notice.values, lang, today),
        card=notice.card(lang) if notice.card else None,
    )
