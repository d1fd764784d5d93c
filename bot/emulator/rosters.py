"""The connector's read-only routes: a conversation's members, a team's details and channels."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from aiohttp import web

from bot.emulator.api import ApiError
from bot.emulator.directory import Directory, Team, User
from bot.emulator.gate import Gate

PAGE_SIZE_DEFAULT, PAGE_SIZE_MIN, PAGE_SIZE_MAX = 200, 50, 500


def conversation_members(directory: Directory, conversation_id: str) -> list[User]:
    """The members of a 1:1 chat or a team's channel; 404 for an unknown conversation."""
    try:
        return [directory.chat_user(conversation_id)]
    except KeyError:
        pass
    try:
        team, _ = directory.channel(conversation_id)
    except KeyError:
        raise ApiError(404, "ConversationNotFound", "Conversation not found.") from None
    return directory.members(team)


def _account(user: User) -> dict[str, Any]:
    """A TeamsChannelAccount, as the members routes return it."""
    return {
        "id": user.user_id,
        "name": user.name,
        "aadObjectId": user.aad_object_id,
        "email": user.email,
        "userPrincipalName": user.email,
        "givenName": user.given_name,
        "surname": user.surname,
        "tenantId": user.tenant_id,
        "userRole": "user",
    }


def _encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _decode_token(token: str) -> int:
    try:
        kind, _, number = base64.urlsafe_b64decode(token.encode()).decode().partition(":")
        offset = int(number)
        if kind != "offset" or offset < 0:
            raise ValueError(token)
        return offset
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ApiError(400, "BadArgument", "invalid continuationToken") from None


class Rosters:
    """Answers `/v3/conversations/{cid}/members...` and `/v3/teams/{tid}...` from the directory."""

    def __init__(self, directory: Directory, gate: Gate) -> None:
        self.directory = directory
        self._gate = gate

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_get("/v3/conversations/{cid}/members", self._members)
        router.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        router.add_get("/v3/conversations/{cid}/pagedmembers", self._paged_members)
        router.add_get("/v3/teams/{tid}", self._team_details)
        router.add_get("/v3/teams/{tid}/conversations", self._team_channels)

    async def _members_of(self, request: web.Request) -> list[User]:
        cid = request.match_info["cid"]
        await self._gate(cid, write=False)
        return conversation_members(self.directory, cid)

    async def _members(self, request: web.Request) -> web.Response:
        return web.json_response([_account(u) for u in await self._members_of(request)])

    async def _member(self, request: web.Request) -> web.Response:
        wanted = request.match_info["mid"].lower()
        for user in await self._members_of(request):
            if wanted in (user.user_id.lower(), user.aad_object_id.lower(), user.email):
                return web.json_response(_account(user))
        raise ApiError(
            404, "MemberNotFoundInConversation", "The member is not part of the conversation."
        )

    async def _paged_members(self, request: web.Request) -> web.Response:
        members = await self._members_of(request)
        try:
            size = int(request.query.get("pageSize") or PAGE_SIZE_DEFAULT)
        except ValueError:
            raise ApiError(400, "BadArgument", "pageSize must be a number") from None
        size = min(max(size, PAGE_SIZE_MIN), PAGE_SIZE_MAX)
        token = request.query.get("continuationToken")
        offset = _decode_token(token) if token else 0
        answer: dict[str, Any] = {"members": [_account(u) for u in members[offset : offset + size]]}
        if offset + size < len(members):
            answer["continuationToken"] = _encode_token(offset + size)
        return web.json_response(answer)

    async def _team(self, request: web.Request) -> Team:
        tid = request.match_info["tid"]
        await self._gate(tid, write=False)
        for team in self.directory.teams.values():
            if team.team_id == tid:
                return team
        raise ApiError(404, "NotFound", f"no team {tid}")

    async def _team_details(self, request: web.Request) -> web.Response:
        team = await self._team(request)
        return web.json_response(
            {
                "id": team.team_id,
                "name": team.name,
                "aadGroupId": team.aad_group_id,
                "channelCount": len(team.channels),
                "memberCount": len(team.members),
                "type": "standard",
            }
        )

    async def _team_channels(self, request: web.Request) -> web.Response:
        team = await self._team(request)
        # Teams returns the General channel's name as null, so that clients can localise it.
        conversations = [
            {"id": c.channel_id, "name": None if c.channel_id == team.team_id else c.name}
            for c in team.channels
        ]
        return web.json_response({"conversations": conversations})
