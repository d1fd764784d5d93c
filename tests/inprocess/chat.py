"""People who talk to the in-memory Teams, so a flow test reads like a chat."""

from __future__ import annotations

from typing import Any

from dialogs.conversation import Place
from dialogs.effects.people import person_of, reads_in
from tests.inprocess.teams import InMemoryTeams, Message, Said, told


class Someone:
    """A person at the job centre with Teams, writing to the bot and pressing its buttons."""

    def __init__(self, teams: InMemoryTeams, email: str, locale: str | None = None):
        self.teams = teams
        self.email = email.lower()
        self.locale = locale  # None: their Teams' own
        self.turns: list[Said] = []

    @property
    def chat(self) -> str:
        return f"a:{self.email}"

    async def says(
        self,
        text: str,
        *,
        team: str | None = None,
        channel: str | None = None,
        thread: Message | None = None,
        locale: str | None = None,
        mentions: tuple[str, ...] = (),
    ) -> Said:
        """A 1:1 message, or with `team` a new post in its channel (or a reply in `thread`)."""
        conversation, place = self.chat, Place()
        if thread is not None:
            conversation, place = thread.conversation, self._place_of(thread.conversation)
        elif team is not None:
            channel_id = self.teams.teams_team(team).channel_id(channel)
            # A new channel post starts a thread of its own, as in Teams.
            conversation = f"{channel_id};messageid=post-{len(self.teams.messages) + 1}"
            place = self._place_of(conversation)
        return self._keep(
            self.teams.run(
                self.email,
                text=text,
                conversation=conversation,
                place=place,
                locale=locale or self.locale,
                mentions=mentions,
            )
        )

    async def clicks(
        self,
        title: str,
        on: Message | None = None,
        *,
        inputs: dict[str, str] | None = None,
        locale: str | None = None,
    ) -> Said:
        """Press a button on `on`, else on the last card the person got, filling in its inputs."""
        card = on or self.last_card
        actions = card.buttons
        assert title in actions, f"no button {title!r} on the card, only {list(actions)}"
        fields = card.inputs
        for name in inputs or {}:
            assert name in fields, f"no input {name!r} on the card, only {sorted(fields)}"
        action = actions[title]
        if action["type"] == "Action.ShowCard":
            # The button unfolds a form; its own send button carries the data.
            action = action["card"]["actions"][0]
        data = dict(action.get("data") or {})
        if action["type"] == "Action.Execute":
            # The host reads an Action.Execute's verb as the action and its data besides.
            value = {**fields, **data, **(inputs or {}), "action": action["verb"]}
        else:
            value = {**fields, **data, **(inputs or {})}
        return await self.submits(value, on=card, locale=locale)

    async def submits(
        self,
        value: dict[str, Any],
        *,
        on: Message | None = None,
        team: str | None = None,
        locale: str | None = None,
    ) -> Said:
        """A card's data as Teams sends it when a button is pressed, here or on `on`'s card."""
        conversation, place = self.chat, Place()
        if on is not None:
            conversation = on.conversation
            if on.in_channel:
                place = self._place_of(conversation)
            else:
                assert conversation == self.chat, f"{self.email} cannot see {on.to}'s chat"
        elif team is not None:
            conversation = self.teams.teams_team(team).channel_id()
            place = self._place_of(conversation)
        return self._keep(
            self.teams.run(
                self.email,
                value=value,
                conversation=conversation,
                place=place,
                locale=locale or self.locale,
            )
        )

    def _place_of(self, conversation: str) -> Place:
        channel_id = conversation.split(";")[0]
        team = next(t for t in self.teams.teams_teams.values() if channel_id in t.channels.values())
        return Place(team_id=team.team_id, channel_id=channel_id)

    def _keep(self, said: Said) -> Said:
        self.turns.append(said)
        return said

    # -- what the person read ----------------------------------------------------------------

    @property
    def last(self) -> Said:
        assert self.turns, f"{self.email} has not said anything yet"
        return self.turns[-1]

    @property
    def last_reply(self) -> str:
        """What the person read in the bot's answers to their last message."""
        return "\n".join(r.seen for r in self.last.replies)

    @property
    def lang(self) -> str:
        """The language the person reads the bot in."""
        if self.turns:
            return self.last.turn.lang
        person = person_of(self.teams.services.people, self.email)
        return reads_in(person) if person else self.teams.services.org.language

    def told(self, key: str, **values: Any) -> bool:
        """Whether the answer to their last message says the text `key` (other values any)."""
        return told(self.last.replies, key, self.lang, **values)

    @property
    def received(self) -> list[Message]:
        """Every message the person can see, oldest first: their chat and their teams' channels."""
        return self.teams.seen_by(self.email)

    @property
    def notices(self) -> list[Message]:
        """What the bot sent them 1:1 by itself or for others: not answers to their own turns."""
        mine = {r.message_id for said in self.turns for r in said.replies}
        return [
            m
            for m in self.teams.messages
            if m.conversation == self.chat and m.message_id not in mine
        ]

    @property
    def last_notice(self) -> str:
        assert self.notices, f"{self.email} got no 1:1 messages"
        return self.notices[-1].seen

    def got(self, key: str, **values: Any) -> bool:
        """Whether a 1:1 message they got says the text `key` (other values any)."""
        return told(self.notices, key, self.lang, **values)

    @property
    def last_card(self) -> Message:
        """The last message with a card that the person got, wherever they could see it."""
        cards = [m for m in self.received if m.card is not None]
        assert cards, f"{self.email} got no card"
        return cards[-1]

    def was_mentioned_on_case(self, number: int) -> bool:
        """Whether the case's card or a post in its thread @mentions them, so Teams notifies."""
        return any(self.email in m.mentions for m in self.teams.case_posts(number))

    @property
    def pending(self) -> dict[str, Any] | None:
        """The question the bot waits for them to answer in their 1:1 chat, if any."""
        return self.teams.pending.get((self.email, self.chat))
