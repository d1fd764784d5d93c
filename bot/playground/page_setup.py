"""What the page needs to start: the bot, the people to choose from, their chats, and its texts."""

from __future__ import annotations

import logging
from typing import Final

from aiohttp import web

from bot.playground.state import PLAYGROUND
from dialogs.language.texts import CATALOGUE, DEFAULT_LANGUAGE

_LOGGER = logging.getLogger(__name__)

LOCALES: Final = {"da": "da-DK", "en": "en-US"}


async def setup(request: web.Request) -> web.Response:
    """Who can be chosen, their chats and channels, and the page's texts in both languages."""
    playground = request.app[PLAYGROUND]
    await playground.install_once()
    directory = playground.emulator.directory
    people = []
    for email, role in playground.people():
        user = directory.user(email)
        teams = [
            {
                "key": team.key,
                "name": team.org_name or team.name,
                "channels": [{"id": c.channel_id, "name": c.name} for c in team.channels],
            }
            for team in (directory.team(key) for key in playground.team_keys(email))
        ]
        people.append(
            {
                "email": user.email,
                "name": user.name,
                "id": user.user_id,
                "role": role,
                "chat": directory.personal_conversation_id(user.email),
                "teams": teams,
            }
        )
    texts = {
        lang: {key: pair[index] for key, pair in CATALOGUE.items() if key.startswith("playground.")}
        for index, lang in enumerate(("da", "en"))
    }
    return web.json_response(
        {
            "bot": {"id": playground.emulator.bot_id, "name": playground.emulator.bot_name},
            "organisation": playground.org.name,
            "language": DEFAULT_LANGUAGE,
            "locales": LOCALES,
            "people": people,
            "texts": texts,
        }
    )
