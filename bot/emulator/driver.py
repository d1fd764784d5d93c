"""Driving the bot as people would: Teams' inbound activities POSTed to the bot's endpoint."""

from __future__ import annotations

import json
import logging
from typing import Any, Unpack

import aiohttp

from bot.emulator.activities import Activities, OnCard, Writing
from bot.emulator.directory import Directory
from bot.emulator.installs import Installs
from bot.emulator.recording import Recording
from bot.emulator.records import Turn

_LOGGER = logging.getLogger(__name__)


def _parse_body(payload: bytes, content_type: str) -> Any:
    if not payload:
        return None
    text = payload.decode("utf-8", errors="replace")
    if content_type.endswith("json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


class BotDriver:
    """Posts what people do in Teams to the bot, and gives back its answer and what it sent."""

    def __init__(
        self,
        directory: Directory,
        activities: Activities,
        recording: Recording,
        installs: Installs,
        *,
        bot_endpoint: str | None,
        bot_timeout: float,
    ) -> None:
        self.directory = directory
        self.activities = activities
        self.bot_endpoint = bot_endpoint
        self.bot_timeout = bot_timeout
        self._recording = recording
        self._installs = installs

    async def say(self, who: str, text: str, **writing: Unpack[Writing]) -> Turn:
        """A person writes to the bot: 1:1, or (with a team) a channel post that @mentions it."""
        activity = self.activities.message(who, text, **writing)
        if writing.get("team") is None:
            # Writing to the bot 1:1 means the person has it installed.
            self._installs.note(user=self.directory.user(who).email)
        return await self.post(activity)

    async def submit(self, who: str, value: dict[str, Any], **where: Unpack[OnCard]) -> Turn:
        """A person presses an `Action.Submit` button on the card `reply_to`."""
        return await self.post(self.activities.submit(who, value, **where))

    async def invoke(
        self, who: str, verb: str, data: dict[str, Any] | None = None, **where: Unpack[OnCard]
    ) -> Turn:
        """A person presses an `Action.Execute` button; the invoke response is in `Turn.body`."""
        return await self.post(self.activities.invoke(who, verb, data, **where))

    async def install_in_team(
        self, team: str, *, channel: str | None = None, by: str | None = None
    ) -> Turn:
        """Add the bot to a team; the installer picks `channel` (General by default)."""
        items = self.activities.install_in_team(team, channel=channel, by=by)
        self._installs.note(team=self.directory.team(team).key)
        return await self._post_all(items)

    async def uninstall_from_team(self, team: str, *, by: str | None = None) -> Turn:
        """Remove the bot from a team."""
        activity = self.activities.uninstall_from_team(team, by=by)
        self._installs.note(team=self.directory.team(team).key, installed=False)
        return await self.post(activity)

    async def install_personal(self, who: str) -> Turn:
        """A person adds the bot for themself, which opens the 1:1 chat."""
        items = self.activities.install_personal(who)
        self._installs.note(user=self.directory.user(who).email)
        return await self._post_all(items)

    async def uninstall_personal(self, who: str) -> Turn:
        """A person removes the bot from their personal apps."""
        activity = self.activities.uninstall_personal(who)
        self._installs.note(user=self.directory.user(who).email, installed=False)
        return await self.post(activity)

    async def member_joins(
        self, team: str, email: str, name: str | None = None, *, by: str | None = None
    ) -> Turn:
        """A person joins a team (added by `by`, else its leader); Teams tells the bot."""
        if by is not None:
            # An unknown adder fails before the roster changes.
            self.directory.user(by)
        self.directory.add_member(team, email, name)
        return await self.post(self.activities.member_added(team, email, by=by))

    async def member_leaves(self, team: str, email: str, *, by: str | None = None) -> Turn:
        """A person leaves a team (or `by` removes them); Teams tells the bot."""
        self.directory.remove_member(team, email)
        return await self.post(self.activities.member_removed(team, email, by=by))

    async def post(
        self,
        activity: dict[str, Any] | None,
        *,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        content_type: str = "application/json",
    ) -> Turn:
        """POST one activity (or raw bytes) to the bot's endpoint, as Teams would."""
        if not self.bot_endpoint:
            raise RuntimeError("TeamsEmulator.bot_endpoint is not set")
        data = raw if raw is not None else json.dumps(activity, ensure_ascii=False).encode()
        sent_headers = {"Content-Type": content_type, **(headers or {})}
        start = self._recording.mark()
        timeout = aiohttp.ClientTimeout(total=self.bot_timeout)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(self.bot_endpoint, data=data, headers=sent_headers) as response,
        ):
            payload = await response.read()
            status, body_type = response.status, response.content_type
        sent = self._recording.since(start)
        if status >= 400:
            _LOGGER.debug("the bot answered %s to a %s", status, (activity or {}).get("type"))
        return Turn(status, _parse_body(payload, body_type), sent, activity)

    async def _post_all(self, items: list[dict[str, Any]]) -> Turn:
        turns = [await self.post(item) for item in items]
        failed = next((t.status for t in turns if t.status >= 300), turns[-1].status)
        sent = [r for t in turns for r in t.sent]
        return Turn(failed, turns[-1].body, sent, turns[-1].activity)
