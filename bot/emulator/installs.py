"""Where the bot is installed, and so (when that is required) where it may write."""

from __future__ import annotations

import threading

from bot.emulator.api import ApiError
from bot.emulator.directory import Directory
from bot.emulator.rosters import conversation_members


class Installs:
    """The teams and people that have the bot; with `required`, it may write only to them."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self.required = False
        self._lock = threading.Lock()
        self._teams: set[str] = set()
        self._users: set[str] = set()

    def note(
        self, *, team: str | None = None, user: str | None = None, installed: bool = True
    ) -> None:
        """Note that a team (by key) or a person (by e-mail) has the bot, or no longer has it."""
        with self._lock:
            for names, key in ((self._teams, team), (self._users, user)):
                if key is not None:
                    (names.add if installed else names.discard)(key)

    def teams(self) -> set[str]:
        """The keys of the teams that have the bot."""
        with self._lock:
            return set(self._teams)

    def check_reachable(self, conversation_id: str) -> None:
        """404 for an unknown conversation; with `required`, 403 where the bot is not installed."""
        conversation_members(self.directory, conversation_id)
        if not self.required:
            return
        with self._lock:
            teams = [self.directory.teams[key] for key in self._teams]
            users = set(self._users)
        try:
            user = self.directory.chat_user(conversation_id)
        except KeyError:
            team, _ = self.directory.channel(conversation_id)
            if team in teams:
                return
        else:
            if user.email in users or any(user.email in t.members for t in teams):
                return
        raise ApiError(
            403, "BotNotInConversationRoster", "The bot is not part of the conversation roster."
        )
