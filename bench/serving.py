"""What the benchmarks share: serving an app on a free port, and people who have the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web
from botbuilder.schema import Activity

from bot.emulator import TeamsEmulator
from bot.router import conversation_ref_of
from storage.db import Database
from storage.repositories import ConversationRefs


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """Run `app` on a free loopback port; returns its runner and its messaging endpoint."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}/api/messages"


def remember_personal_installs(emulator: TeamsEmulator, data: Path, emails: list[str]) -> None:
    """What the bot keeps when these people install the app, written at once.

    Posting hundreds of installs through HTTP would take most of a minute of file writes; the
    reference is made from the emulator's own install activity by the call the router uses.
    """
    db = Database.open(data)
    try:
        references = ConversationRefs(db)
        with references.batch():
            for email in emails:
                install: Any = emulator.activities.install_personal(email)[0]
                references.save(conversation_ref_of(Activity().deserialize(install)))
    finally:
        db.close()
