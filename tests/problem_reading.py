"""The demo org's categories, and a message read with them as the bot reads it."""

from __future__ import annotations

from bot.settings import DEMO_ORG_FILE
from dialogs.flows import dispatcher
from dialogs.org_file import load_org
from dialogs.read_problem import Reading, read_problem

CATEGORIES = load_org(DEMO_ORG_FILE).categories


def is_command(text: str) -> bool:
    return dispatcher().recognize(text) is not None


def read(text: str) -> Reading:
    """The message read as the bot reads it, knowing its flows' commands."""
    return read_problem(text, CATEGORIES, is_command=is_command)
