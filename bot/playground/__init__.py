"""The browser playground, served by the bot in local mode at /playground."""

from bot.playground.server import PLAYGROUND, Playground, add_playground

__all__ = ["PLAYGROUND", "Playground", "add_playground"]
