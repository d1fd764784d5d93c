"""What a person does on the page (write, press a button), posted to the bot as Teams would."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final

import aiohttp
from aiohttp import web

from bot.emulator import Turn
from bot.playground.page_setup import LOCALES
from bot.playground.state import PLAYGROUND
from dialogs.language.texts import DEFAULT_LANGUAGE

_LOGGER = logging.getLogger(__name__)

MAX_TEXT: Final = 4000


async def say(request: web.Request) -> web.Response:
    """A person writes 1:1, posts in a channel (to the bot) or replies in a thread."""
    body = await _body(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise web.HTTPBadRequest(reason="BadText", text="write a message of at most 4000 signs")
    playground = request.app[PLAYGROUND]

    async def run() -> Turn:
        activity = playground.emulator.activities.message(
            body["as"],
            text.strip(),
            team=_text_or_none(body, "team"),
            channel=_text_or_none(body, "channel"),
            thread=_text_or_none(body, "thread"),
            locale=_locale(body),
        )
        # Shown before the bot's answer arrives, as in Teams.
        playground.log.add_person_message(activity)
        return await playground.emulator.post(activity)

    return await _turn(run)


async def submit(request: web.Request) -> web.Response:
    """A person presses an Action.Submit button on a card the bot sent."""
    body = await _body(request)
    value = body.get("value")
    if not isinstance(value, dict):
        raise web.HTTPBadRequest(reason="BadValue", text="a card submit carries an object")
    return await _press(request, body, request.app[PLAYGROUND].emulator.submit, value)


async def execute(request: web.Request) -> web.Response:
    """A person presses an Action.Execute button: an `adaptiveCard/action` invoke."""
    body = await _body(request)
    verb, data = body.get("verb"), body.get("data")
    if not isinstance(verb, str) or not isinstance(data, dict | None):
        raise web.HTTPBadRequest(reason="BadAction", text="an Action.Execute has a verb and data")
    return await _press(request, body, request.app[PLAYGROUND].emulator.invoke, verb, data)


async def _press(
    request: web.Request,
    body: dict[str, Any],
    press: Callable[..., Awaitable[Turn]],
    *args: Any,
) -> web.Response:
    """Post a button press on the card the body names, as the person it names."""
    playground = request.app[PLAYGROUND]

    async def run() -> Turn:
        on = playground.card_message(*_card_place(body))
        return await press(body["as"], *args, reply_to=on, locale=_locale(body))

    return await _turn(run)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(reason="BadJson", text="the body is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("as"), str):
        raise web.HTTPBadRequest(reason="NoPerson", text='say who you are with "as"')
    return body


def _text_or_none(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def _locale(body: dict[str, Any]) -> str:
    return LOCALES.get(str(body.get("language")), LOCALES[DEFAULT_LANGUAGE])


def _card_place(body: dict[str, Any]) -> tuple[str, str]:
    conversation, activity = body.get("conversationId"), body.get("activityId")
    if not isinstance(conversation, str) or not isinstance(activity, str):
        raise web.HTTPBadRequest(reason="NoCard", text="name the card's conversation and message")
    return conversation, activity


async def _turn(run: Callable[[], Awaitable[Turn]]) -> web.Response:
    """Post to the bot through the emulator; answer with the bot's status and invoke body."""
    try:
        turn = await run()
    except KeyError as error:
        raise web.HTTPNotFound(reason="NotFound", text=str(error.args[0])) from None
    except ValueError as error:
        raise web.HTTPBadRequest(reason="BadArgument", text=str(error)) from None
    except (aiohttp.ClientError, TimeoutError) as error:
        raise web.HTTPBadGateway(reason="BotUnreachable", text=repr(error)) from None
    return web.json_response(
        {"status": turn.status, "body": turn.body, "conversationId": turn.conversation_id}
    )
