"""Teams' messaging endpoint: read and check the activity, refuse other tenants, run the turn."""

from __future__ import annotations

import json
import logging

import aiohttp
import jwt
import requests
from aiohttp import web
from botbuilder.schema import Activity
from msrest.exceptions import ClientRequestError, DeserializationError, HttpOperationError

from bot.app_keys import RUNTIME, SETTINGS
from bot.endpoints.activity_shape import shape_problem
from bot.endpoints.errors import error_response
from bot.pipeline import TenantRefused
from bot.sender import status_of

_LOGGER = logging.getLogger(__name__)


async def messages(request: web.Request) -> web.Response:
    """Teams' messaging endpoint: one activity in, 201 (or an invoke's own answer) out."""
    settings = request.app[SETTINGS]
    runtime = request.app[RUNTIME]
    if request.content_type != "application/json":
        return error_response(415, "UnsupportedMediaType", "send the activity as application/json")
    try:
        body = json.loads(await request.read())
        # A lone surrogate (\ud800) is valid JSON but no text: it could be neither stored nor sent.
        json.dumps(body, ensure_ascii=False).encode()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return error_response(400, "BadJson", "the body is not valid JSON")
    except UnicodeEncodeError:
        return error_response(400, "BadJson", "the body has text that is not valid Unicode")
    problem = shape_problem(body)
    if problem:
        return error_response(400, "BadActivity", problem)
    try:
        activity = Activity().deserialize(body)
    except (DeserializationError, TypeError, ValueError, AttributeError) as error:
        return error_response(400, "BadActivity", f"the activity could not be read: {error}")

    # Anonymous mode accepts no token at all; a header there would make botbuilder demand one.
    auth_header = request.headers.get("Authorization", "") if not settings.local_mode else ""

    try:
        # The turn's first step refuses other tenants, before anything of theirs is kept.
        response = await runtime.adapter.process_activity(
            auth_header, activity, runtime.bot.on_turn
        )
    except TenantRefused as refused:
        _LOGGER.warning("refused an activity from tenant %r", str(refused))
        return error_response(403, "TenantNotAllowed", "this tenant may not use the bot")
    except ClientRequestError as error:
        # No answer at all from the channel service the activity named.
        _LOGGER.warning("could not reach %s: %s", activity.service_url, error)
        return error_response(502, "ChannelUnavailable", "the channel could not be reached")
    except HttpOperationError as error:
        status = status_of(error)
        _LOGGER.warning("Teams refused the bot's answer (%s): %s", status, error)
        if status is not None and 400 <= status < 500:
            # Teams knows no such conversation or member: the activity named one that is not there.
            return error_response(400, "ChannelRefused", f"the channel refused the reply: {error}")
        return error_response(502, "ChannelUnavailable", "the channel did not take the reply")
    except (PermissionError, jwt.PyJWTError):
        return error_response(401, "Unauthorized", "missing or invalid token")
    except (requests.RequestException, aiohttp.ClientError) as error:
        # Without Microsoft's signing keys no token can be verified; refuse rather than trust.
        _LOGGER.error("could not fetch the Bot Framework signing keys: %s", error)
        return error_response(401, "Unauthorized", "the token could not be verified")
    if response is not None:
        return web.json_response(response.body, status=int(response.status))
    return web.Response(status=201)
