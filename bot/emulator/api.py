"""What the emulator's HTTP routes share: errors shaped as Teams answers them, and JSON bodies."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

_LOGGER = logging.getLogger(__name__)

_ERROR_CODES = {
    400: "BadArgument",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    412: "PreconditionFailed",
    413: "MessageSizeTooBig",
    429: "TooManyRequests",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ApiError(Exception):
    """A connector error, answered as Teams does: `{"error": {"code", "message"}}`."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    @classmethod
    def for_status(
        cls, status: int, message: str, headers: dict[str, str] | None = None
    ) -> ApiError:
        """An error with the code Teams gives its status."""
        return cls(status, _ERROR_CODES.get(status, "Error"), message, headers)

    def response(self) -> web.Response:
        body = {"error": {"code": self.code, "message": self.message}}
        return web.json_response(body, status=self.status, headers=self.headers)


@web.middleware
async def answer_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer an ApiError, or aiohttp's own 4xx and 5xx, with Teams' error body."""
    try:
        return await handler(request)
    except ApiError as exc:
        _LOGGER.debug("%s %s -> %s %s", request.method, request.path, exc.status, exc.code)
        return exc.response()
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return ApiError.for_status(exc.status, exc.reason).response()


async def read_json(request: web.Request) -> tuple[dict[str, Any], int]:
    """The JSON object in the body, and the body's size in bytes."""
    raw = await request.read()
    try:
        body = json.loads(raw or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, "BadSyntax", f"the body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise ApiError(400, "BadSyntax", "the body must be a JSON object")
    return body, len(raw)
