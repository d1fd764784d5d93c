"""The floor: a bare botbuilder echo bot on the same CloudAdapter path as IT-hjælp."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from msrest.universal_http.requests import ClientRetryPolicy


class _Anonymous:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class EchoBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(turn_context.activity.text)


def create_app() -> web.Application:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_Anonymous()))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        activity = Activity().deserialize(await request.json())
        response = await adapter.process_activity("", activity, bot.on_turn)
        if response is not None:
            return web.json_response(response.body, status=int(response.status))
        return web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


@contextlib.contextmanager
def tuned_client_setup() -> Iterator[None]:
    """A stricter floor: the echo bot with msrest's per-client set-up made cheap.

    Every connector and token client msrest builds scans a 500-item list for each of 999 status
    codes (about 6 ms of CPU), and a bare echo bot builds two per turn. The same policy comes
    from a set. IT-hjælp keeps its clients instead, so it never needs this.
    """
    original = ClientRetryPolicy.safe_codes
    ClientRetryPolicy.safe_codes = frozenset(original)
    try:
        yield
    finally:
        ClientRetryPolicy.safe_codes = original
