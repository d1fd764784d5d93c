"""The connector's routes that write: create a chat or thread, send, reply, update and delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.emulator.api import ApiError, read_json
from bot.emulator.directory import Directory, personal_conversation_id
from bot.emulator.gate import Gate
from bot.emulator.ids import thread_id
from bot.emulator.installs import Installs
from bot.emulator.recording import Recording
from bot.emulator.rosters import conversation_members

MAX_MESSAGE_BYTES = 28 * 1024


def _check_activity(activity: Any, size: int) -> dict[str, Any]:
    if not isinstance(activity, dict) or not activity.get("type"):
        raise ApiError(400, "BadArgument", "the activity needs a type")
    if size > MAX_MESSAGE_BYTES:
        raise ApiError(413, "MessageSizeTooBig", f"the message is {size} bytes; the limit is 28 KB")
    return activity


class Conversations:
    """Answers `/v3/conversations...` writes as Teams does, and records each one."""

    def __init__(
        self,
        directory: Directory,
        recording: Recording,
        installs: Installs,
        gate: Gate,
        next_id: Callable[[], str],
    ) -> None:
        self.directory = directory
        self._recording = recording
        self._installs = installs
        self._gate = gate
        self._next_id = next_id

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_post("/v3/conversations", self._create_conversation)
        router.add_post("/v3/conversations/{cid}/activities", self._send)
        router.add_post("/v3/conversations/{cid}/activities/{aid}", self._reply)
        router.add_put("/v3/conversations/{cid}/activities/{aid}", self._update)
        router.add_delete("/v3/conversations/{cid}/activities/{aid}", self._delete)

    async def _send(self, request: web.Request) -> web.Response:
        return await self._write(request, "send", None)

    async def _reply(self, request: web.Request) -> web.Response:
        return await self._write(request, "reply", request.match_info["aid"])

    async def _write(self, request: web.Request, op: str, reply_to: str | None) -> web.Response:
        cid = request.match_info["cid"]
        activity, size = await read_json(request)
        await self._post_to(cid)
        _check_activity(activity, size)
        activity_id = self._next_id()
        self._recording.record(op, cid, activity_id, activity, reply_to)
        return web.json_response({"id": activity_id}, status=201)

    async def _post_to(self, conversation_id: str) -> None:
        """Let a new message through to a conversation, or fail as Teams would."""
        await self._gate(conversation_id, write=True)
        self._installs.check_reachable(conversation_id)

    async def _change(self, request: web.Request) -> tuple[str, str]:
        """The conversation and message to update or delete; 404 unless the bot posted it."""
        cid, aid = request.match_info["cid"], request.match_info["aid"]
        await self._gate(cid, write=True)
        conversation_members(self.directory, cid)
        if not self._recording.posted(cid, aid):
            raise ApiError(404, "ActivityNotFound", f"no activity {aid} in this conversation")
        return cid, aid

    async def _update(self, request: web.Request) -> web.Response:
        activity, size = await read_json(request)
        cid, aid = await self._change(request)
        self._recording.record("update", cid, aid, _check_activity(activity, size))
        return web.json_response({"id": aid})

    async def _delete(self, request: web.Request) -> web.Response:
        cid, aid = await self._change(request)
        self._recording.record("delete", cid, aid, None)
        return web.Response(status=200)

    async def _create_conversation(self, request: web.Request) -> web.Response:
        params, size = await read_json(request)
        channel_data = params.get("channelData") or {}
        channel_id = (channel_data.get("channel") or {}).get("id")
        if channel_id:
            return await self._create_thread(params, channel_id, size)
        return await self._create_chat(params, channel_data, size)

    async def _create_thread(
        self, params: dict[str, Any], channel_id: str, size: int
    ) -> web.Response:
        try:
            _, channel = self.directory.channel(channel_id)
        except KeyError:
            raise ApiError(404, "ConversationNotFound", "Conversation not found.") from None
        await self._post_to(channel.channel_id)
        activity = _check_activity(params.get("activity"), size)
        activity_id = self._next_id()
        thread = thread_id(channel.channel_id, activity_id)
        self._recording.record("create", thread, activity_id, activity)
        return web.json_response({"id": thread, "activityId": activity_id}, status=201)

    async def _create_chat(
        self, params: dict[str, Any], channel_data: dict[str, Any], size: int
    ) -> web.Response:
        members = params.get("members") or []
        if params.get("isGroup") or len(members) != 1:
            raise ApiError(
                400,
                "BadArgument",
                "a bot can create only a 1:1 chat (one member) or a channel thread",
            )
        # botbuilder-python sends "tenantID"; Teams reads JSON keys regardless of case.
        tenant = next((v for k, v in params.items() if k.lower() == "tenantid" and v), None)
        tenant = tenant or (channel_data.get("tenant") or {}).get("id")
        if not tenant:
            raise ApiError(400, "BadArgument", "tenantId is required to create a 1:1 chat")
        if tenant != self.directory.tenant_id:
            raise ApiError(403, "Forbidden", f"unknown tenant {tenant}")
        member = members[0] or {}
        try:
            user = self.directory.user(member.get("id") or member.get("aadObjectId") or "")
        except KeyError:
            raise ApiError(404, "NotFound", f"unknown member {member.get('id')!r}") from None
        chat = personal_conversation_id(user)
        await self._post_to(chat)
        answer: dict[str, Any] = {"id": chat}
        if params.get("activity"):
            activity = _check_activity(params["activity"], size)
            answer["activityId"] = self._next_id()
            self._recording.record("create", chat, answer["activityId"], activity)
        return web.json_response(answer, status=201)
