"""The browser playground, served by the bot in local mode at /playground."""

from bot.playground.routes import add_playground
from bot.playground.state import PLAYGROUND, Playground

__all__ = ["PLAYGROUND", "Playground", "add_playground"]
