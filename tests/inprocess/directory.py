"""The Teams directory's teams: each org team's Teams team, its roster and its channels."""

from __future__ import annotations

from dataclasses import dataclass, field

TENANT = "in-memory-tenant"
SERVICE_URL = "https://teams.in-memory.example/"
GENERAL = "General"
IT_CHANNEL = "IT-hjælp"


@dataclass(frozen=True)
class TeamsTeam:
    """A Teams team as the directory has it: the org team it was made for, its roster."""

    key: str
    name: str
    team_id: str
    roster: tuple[str, ...]
    channels: dict[str, str] = field(default_factory=dict)  # name -> channel id

    def channel_id(self, name: str | None = None) -> str:
        return self.channels[name or GENERAL]
