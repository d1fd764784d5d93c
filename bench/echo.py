"""The floor: a bare botbuilder echo bot on the same CloudAdapter path as IT-hjælp."""

from __future__ import annotations

from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity


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
