"""The control API that `python -m bot.emulator` and the playground use: `/_emulator/...`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiohttp
from aiohttp import web

from bot.emulator.api import ApiError, read_json
from bot.emulator.directory import personal_conversation_id
from bot.emulator.driver import BotDriver
from bot.emulator.inbound import Envelope
from bot.emulator.installs import Installs
from bot.emulator.recording import Recording
from bot.emulator.records import Turn


class Control:
    """Lets the CLI write as someone, install the bot, and read the directory and the log."""

    def __init__(
        self,
        driver: BotDriver,
        recording: Recording,
        installs: Installs,
        envelope: Callable[[], Envelope],
    ) -> None:
        self._driver = driver
        self._recording = recording
        self._installs = installs
        self._envelope = envelope

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_post("/_emulator/say", self._say)
        router.add_post("/_emulator/install", self._install)
        router.add_get("/_emulator/people", self._people)
        router.add_get("/_emulator/conversations/{cid}", self._conversation)

    async def _turn(self, run: Callable[[], Awaitable[Turn]]) -> web.Response:
        if not self._driver.bot_endpoint:
            raise ApiError(503, "NoBot", "no bot is connected to this emulator")
        try:
            done = await run()
        except KeyError as exc:
            raise ApiError(404, "NotFound", str(exc.args[0] if exc.args else exc)) from None
        except ValueError as exc:
            raise ApiError(400, "BadArgument", str(exc)) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ApiError(502, "BotUnreachable", f"the bot did not answer: {exc!r}") from None
        return web.json_response(
            {
                "status": done.status,
                "body": done.body,
                "conversationId": done.conversation_id,
                "sent": [r.as_json() for r in done.sent],
            }
        )

    async def _say(self, request: web.Request) -> web.Response:
        body, _ = await read_json(request)
        if not body.get("as") or not isinstance(body.get("text"), str):
            raise ApiError(400, "BadArgument", 'give "as" (an e-mail) and "text"')
        mentions = body.get("mentions") or []
        if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
            raise ApiError(400, "BadArgument", '"mentions" is a list of e-mail addresses')
        return await self._turn(
            lambda: self._driver.say(
                body["as"],
                body["text"],
                team=body.get("team"),
                channel=body.get("channel"),
                thread=body.get("thread"),
                locale=body.get("locale"),
                mentions=mentions,
            )
        )

    async def _install(self, request: web.Request) -> web.Response:
        body, _ = await read_json(request)
        if body.get("team"):
            return await self._turn(
                lambda: self._driver.install_in_team(
                    body["team"], channel=body.get("channel"), by=body.get("by")
                )
            )
        if body.get("as"):
            return await self._turn(lambda: self._driver.install_personal(body["as"]))
        raise ApiError(400, "BadArgument", 'give "team" or "as"')

    async def _people(self, request: web.Request) -> web.Response:
        directory = self._driver.directory
        installed = self._installs.teams()
        users = [
            {
                "email": u.email,
                "name": u.name,
                "id": u.user_id,
                "aadObjectId": u.aad_object_id,
                "locale": u.locale,
                "conversationId": personal_conversation_id(u),
            }
            for u in directory.users.values()
        ]
        teams = [
            {
                "key": t.key,
                "name": t.name,
                "id": t.team_id,
                "aadGroupId": t.aad_group_id,
                "installed": t.key in installed,
                "channels": [{"id": c.channel_id, "name": c.name} for c in t.channels],
                "members": list(t.members),
            }
            for t in directory.teams.values()
        ]
        return web.json_response(
            {
                "tenantId": directory.tenant_id,
                "bot": self._envelope().bot,
                "users": users,
                "teams": teams,
            }
        )

    async def _conversation(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        sent = [r.as_json() for r in self._recording.recorded(cid)]
        return web.json_response({"conversationId": cid, "sent": sent})
