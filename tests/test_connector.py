"""Calls to Teams go over one kept connection, signed with the bot's token when it has one."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiohttp
import pytest
from aiohttp import web
from botbuilder import schema
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    ActionTypes,
    Activity,
    ActivityTypes,
    Attachment,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
    Mention,
    SuggestedActions,
)
from botbuilder.schema.teams import TenantInfo
from botframework.connector.auth import ClaimsIdentity, MicrosoftAppCredentials
from msrest.exceptions import ClientRequestError, HttpOperationError
from msrest.serialization import Serializer

from bot.app import AuthConfig
from bot.connector import Connector, WireSerializer, as_json
from bot.sender import status_of
from tests.chat import Someone
from tests.conftest import RunningBot

APP_ID = "6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11"


async def test_reports_and_their_cards_share_one_connection_to_teams(
    bot: RunningBot, anne: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    bot.emulator.clear()
    for problem in ("problem med printeren", "outlook virker ikke", "skærmen er sort"):
        turn = await anne.says(problem)
        assert "sag #" in turn.text
        assert any(record.cards for record in turn.elsewhere), "the case card reached the channel"
    # Each reply and its channel card go out side by side, on two connections kept open for all
    # the calls that follow; a connection per call would make one for each.
    assert len(bot.emulator.recorded()) >= 6
    assert bot.emulator.connections_used() <= 2


@pytest.fixture
async def channel_service() -> AsyncIterator[tuple[str, list[web.Request]]]:
    """A channel service that answers 201 and keeps each request it got."""
    seen: list[web.Request] = []

    async def send(request: web.Request) -> web.Response:
        seen.append(request)
        if request.match_info["cid"] == "gone":
            return web.json_response({"error": {"code": "NotFound", "message": "no"}}, status=404)
        if request.match_info["cid"] == "busy":
            return web.json_response({"error": {"code": "Busy", "message": "later"}}, status=503)
        return web.json_response({"id": str(len(seen))}, status=201)

    async def member(request: web.Request) -> web.Response:
        seen.append(request)
        if len(seen) < 3:  # busy twice, then the answer
            return web.json_response({"error": {"code": "Busy", "message": "later"}}, status=503)
        return web.json_response({"id": request.match_info["mid"], "name": "Anne Madsen"})

    app = web.Application()
    app.router.add_post("/v3/conversations/{cid}/activities", send)
    app.router.add_get("/v3/conversations/{cid}/members/{mid}", member)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/", seen
    finally:
        await runner.cleanup()


def claims() -> ClaimsIdentity:
    return ClaimsIdentity({"aud": APP_ID, "appid": APP_ID}, is_authenticated=True)


async def test_with_credentials_every_call_carries_the_bots_token(
    channel_service: tuple[str, list[web.Request]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen = channel_service
    # Entra is out of reach here; the token it would hand out is all that matters.
    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", lambda self, *a: "t0ken")
    inner = ConfigurationBotFrameworkAuthentication(
        AuthConfig(APP_ID=APP_ID, APP_PASSWORD="secret", APP_TYPE="MultiTenant", APP_TENANTID="")
    )
    async with aiohttp.ClientSession() as session:
        connector = Connector(inner, session)
        client = await connector.create_connector_factory(claims()).create(url, None)
        again = await connector.create_connector_factory(claims()).create(url, None)
        assert again is client, "one client per service URL, kept"
        for text in ("en", "to"):
            await client.conversations.send_to_conversation("a:chat", Activity(text=text))
        with pytest.raises(HttpOperationError) as refused:
            await client.conversations.send_to_conversation("gone", Activity(text="tre"))
    assert status_of(refused.value) == 404
    assert [r.headers.get("Authorization") for r in seen] == ["Bearer t0ken"] * 3
    assert all("Microsoft-BotFramework" in r.headers.get("User-Agent", "") for r in seen)


async def test_a_channel_service_that_is_not_there() -> None:
    inner = ConfigurationBotFrameworkAuthentication(
        AuthConfig(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")
    )
    async with aiohttp.ClientSession() as session:
        connector = Connector(inner, session)
        client = await connector.create_connector_factory(ClaimsIdentity({}, False)).create(
            "http://127.0.0.1:9/", None
        )
        with pytest.raises(ClientRequestError) as unreachable:
            await client.conversations.send_to_conversation("a:chat", Activity(text="hej"))
    assert isinstance(unreachable.value.__cause__, aiohttp.ClientConnectorError)


def _activities() -> list[tuple[object, str]]:
    card = {
        "type": "AdaptiveCard",
        "version": "1.5",
        "body": [{"type": "TextBlock", "text": "Sag #7 · Printer", "wrap": True}],
        "actions": [{"type": "Action.Submit", "title": "Jeg tager den", "data": {"n": 7}}],
    }
    bo = ChannelAccount(id="29:bo", name="Bo Nielsen", aad_object_id="a-b")
    reply = Activity(
        type=ActivityTypes.message,
        text="<at>Bo Nielsen</at> Ny IT-sag #7",
        text_format="markdown",
        locale="da-DK",
        reply_to_id="1",
        from_property=ChannelAccount(id="28:bot"),
        recipient=bo,
        conversation=ConversationAccount(id="19:x;messageid=1", is_group=True),
        entities=[Mention(mentioned=bo, text="<at>Bo Nielsen</at>", type="mention")],
        attachments=[
            Attachment(content_type="application/vnd.microsoft.card.adaptive", content=card)
        ],
        channel_data={"notification": {"alert": True}, "tenant": TenantInfo(id="t")},
        timestamp=datetime(2026, 11, 30, 9, 0, 5, 123000, tzinfo=UTC),
        suggested_actions=SuggestedActions(
            actions=[CardAction(type=ActionTypes.im_back, title="mine sager", value="mine sager")]
        ),
        value={"when": None, "count": 3, "ok": False, "list": [1, "to", None]},
    )
    thread = ConversationParameters(
        is_group=True,
        channel_data={"channel": {"id": "19:general"}, "tenant": {"id": "t"}},
        activity=Activity(type="message", text="Velkommen", attachments=[]),
        tenant_id="t",
        members=[ChannelAccount(id="29:anne")],
    )
    return [
        (reply, "Activity"),
        (Activity(type="typing"), "Activity"),
        (thread, "ConversationParameters"),
    ]


@pytest.mark.parametrize(("model", "model_type"), _activities())
def test_activities_leave_as_the_json_msrest_writes(model: object, model_type: str) -> None:
    dependencies = {name: kind for name, kind in vars(schema).items() if isinstance(kind, type)}
    ours = WireSerializer(dependencies).body(model, model_type)
    assert ours == Serializer(dependencies).body(model, model_type)
    assert json.loads(json.dumps(ours)) == ours


def test_a_conversation_reference_is_kept_as_msrest_writes_it() -> None:
    reference = ConversationReference(
        activity_id="7",
        user=ChannelAccount(id="29:anne", name="Anne Madsen", aad_object_id="aad-anne"),
        bot=ChannelAccount(id="28:bot", name="IT-hjælp"),
        conversation=ConversationAccount(
            id="a:1", conversation_type="personal", tenant_id="t", is_group=False
        ),
        channel_id="msteams",
        locale="da-DK",
        service_url="https://smba.trafficmanager.net/emea/",
    )
    assert as_json(reference) == reference.serialize()


async def test_a_busy_lookup_is_tried_again_but_a_busy_send_is_left_to_its_caller(
    channel_service: tuple[str, list[web.Request]],
) -> None:
    url, seen = channel_service
    inner = ConfigurationBotFrameworkAuthentication(
        AuthConfig(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")
    )
    async with aiohttp.ClientSession() as session:
        connector = Connector(inner, session)
        client = await connector.create_connector_factory(ClaimsIdentity({}, False)).create(
            url, None
        )
        member = await client.conversations.get_conversation_member("a:chat", "29:anne")
        assert (member.id, member.name) == ("29:anne", "Anne Madsen")
        assert len(seen) == 3
        with pytest.raises(HttpOperationError) as busy:
            await client.conversations.send_to_conversation("busy", Activity(text="hej"))
    assert status_of(busy.value) == 503
    assert len(seen) == 4, "a POST is sent once: bot.sender decides about trying again"
