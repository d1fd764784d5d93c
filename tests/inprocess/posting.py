"""Posting messages into the in-memory Teams, and reading them back as people see them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from dialogs.conversation import Reply, Services
from dialogs.effects.people import person_of
from storage.models import Person
from tests.cards import assert_valid_card
from tests.inprocess.directory import TeamsTeam
from tests.inprocess.messages import Message


class Conversations:
    """The messages in Teams' chats, channels and threads: posted, redrawn and read."""

    services: Services
    directory: dict[str, tuple[str, str]]
    teams_teams: dict[str, TeamsTeam]
    messages: list[Message]
    _ids: Iterator[int]
    _remember: Callable[..., Person]

    def _next_id(self) -> str:
        return str(next(self._ids))

    def _reply_message(self, reply: Reply, conversation: str, lang: str) -> Message:
        # Replies may tag anyone: Teams finds a person the bot has not met yet by e-mail.
        for email in reply.mentions:
            if email.lower() in self.directory:
                self._remember(email)
        words, notified = self._tagged(reply.text, reply.mentions)
        return Message(self._next_id(), conversation, words, reply.card, mentions=notified)

    def _tagged(self, words: str, emails: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """Tags of people the bot knows notify them; other tags are written as plain names."""
        notified = []
        for email in dict.fromkeys(emails):
            name = self.services.name_of(email)
            if person_of(self.services.people, email) is None:
                words = words.replace(f"<at>{name}</at>", name)
            else:
                notified.append(email.lower())
        return words, tuple(notified)

    def _post(self, conversation: str, message: Message) -> Message:
        # Every card any in-process test produces must be one Teams can render.
        if message.card is not None:
            _assert_valid(message.card)
        message.conversation = conversation
        self.messages.append(message)
        return message

    def _redraw(self, message_id: str, drawn: Message) -> None:
        if drawn.card is not None:
            _assert_valid(drawn.card)
        for message in self.messages:
            if message.message_id == message_id:
                message.text, message.card = drawn.text, drawn.card
                message.mentions = drawn.mentions

    def seen_by(self, email: str) -> list[Message]:
        """Every message the person can see: their 1:1 chat, and their teams' channels."""
        email = email.lower()
        channels = {
            channel
            for team in self.teams_teams.values()
            if email in team.roster and self.services.installed_team(team.team_id)
            for channel in team.channels.values()
        }
        return [
            m
            for m in self.messages
            if m.conversation == f"a:{email}" or m.conversation.split(";")[0] in channels
        ]

    def channel(self, team: str, name: str | None = None) -> list[Message]:
        """Every message in a team's channel and its threads, oldest first."""
        channel_id = self.teams_team(team).channel_id(name)
        return [m for m in self.messages if m.conversation.split(";")[0] == channel_id]

    def case_posts(self, number: int) -> list[Message]:
        """The case's card wherever it is shown, and the posts in its thread."""
        case = self.services.cases.get(number)
        threads = {p.conversation_id for p in case.posts if not p.to} if case else set()
        return [m for m in self.messages if m.case == number or m.conversation in threads]


def _assert_valid(card: dict[str, Any]) -> None:
    """Fail on a card Teams could not render, as the HTTP tests' teardown does."""
    assert_valid_card(card)
