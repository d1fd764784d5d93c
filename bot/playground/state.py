"""The playground's state: the emulator and org it plays, the people in its rail, its event log."""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from aiohttp import web

from bot.emulator import Recorded, TeamsEmulator
from bot.emulator.records import REPLY_OPS
from bot.playground.event_log import EventLog
from dialogs.org_file import Organisation

_LOGGER = logging.getLogger(__name__)


class Playground:
    """Who can be chosen on the page, the bot installed for them once, and what happened since."""

    def __init__(self, emulator: TeamsEmulator, org: Organisation) -> None:
        self.emulator = emulator
        self.org = org
        self.log = EventLog()
        self._installed = False
        self._install_lock = asyncio.Lock()

    def people(self) -> list[tuple[str, str]]:
        """The people in the left rail, with their role's text key, as the org file names them."""
        found: list[tuple[str, str]] = []
        team = self.org.teams[0] if self.org.teams else None
        if team is not None:
            if team.members:
                found.append((team.members[0], "playground.role.employee"))
            if team.superusers:
                found.append((team.superusers[0], "playground.role.superuser"))
            if team.leaders:
                found.append((team.leaders[0], "playground.role.leader"))
        found.append((self.org.project_lead, "playground.role.project_lead"))
        found.append((self.org.it_lead, "playground.role.it_lead"))
        return found

    def team_keys(self, email: str) -> list[str]:
        """The org teams a person belongs to, in the org file's order."""
        return [team.key for team in self.org.teams if email in team.everyone]

    async def install_once(self) -> None:
        """Add the bot to the rail's teams, as IT would before people use it in Teams."""
        async with self._install_lock:
            if self._installed:
                return
            keys = {key for email, _ in self.people() for key in self.team_keys(email)}
            for key in sorted(keys):
                turn = await self.emulator.install_in_team(key)
                if turn.status >= 300:
                    _LOGGER.warning("installing the bot in team %s failed: %s", key, turn.status)
            self._installed = True

    def card_message(self, conversation_id: str, activity_id: str) -> Recorded:
        """The message a card button was pressed on; KeyError if the bot never sent it."""
        for record in reversed(self.emulator.recorded(conversation_id)):
            if record.activity_id == activity_id and record.op in REPLY_OPS:
                return record
        raise KeyError(f"no message {activity_id} in {conversation_id}")


PLAYGROUND: Final = web.AppKey("playground", Playground)
