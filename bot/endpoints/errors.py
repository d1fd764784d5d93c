"""HTTP errors as JSON: `{"error": {"code", "message"}}`, from handlers and from aiohttp."""

from __future__ import annotations

from aiohttp import web


def error_response(status: int, code: str, message: str) -> web.Response:
    """An error answer in the one JSON shape every endpoint uses."""
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


@web.middleware
async def json_errors(request: web.Request, handler) -> web.StreamResponse:
    """Every HTTP error leaves as JSON, so Teams and operators see what was wrong."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        return error_response(error.status, error.reason, error.text or error.reason)
