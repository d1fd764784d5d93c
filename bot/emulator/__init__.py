"""A local fake of the Microsoft Teams channel service, for tests and the bot's local mode."""

from bot.emulator.directory import Directory
from bot.emulator.server import Recorded, TeamsEmulator, Turn

__all__ = ["Directory", "Recorded", "TeamsEmulator", "Turn"]
