"""A local fake of the Microsoft Teams channel service, for tests and the bot's local mode."""

from bot.emulator.directory import Directory
from bot.emulator.records import Recorded, Turn
from bot.emulator.server import TeamsEmulator

__all__ = ["Directory", "Recorded", "TeamsEmulator", "Turn"]
