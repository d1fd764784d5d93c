"""Bad requests get a clear 4xx, lose nothing, and the next good request still works."""

from __future__ import annotations

import json
from dataclasses import replace

import aiohttp
import pytest

from tests.chat import Someone
from tests.conftest import ANNE, RunningBot


async def post(bot: RunningBot, body: bytes, content_type: str = "application/json"):
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{bot.url}/api/messages", data=body, headers={"Content-Type": content_type}
        ) as response,
    ):
        text = await response.text()
        return response.status, (json.loads(text) if text.startswith("{") else text)


def good_activity(bot: RunningBot) -> dict:
    """A real Teams 1:1 message, as the emulator builds it, to break piece by piece."""
    return bot.emulator.activities.message(ANNE, "hjælp")


BROKEN = {
    "not json": (b"{this is not json", 400),
    "a JSON list": (b"[1, 2, 3]", 400),
    "a JSON string": ('"hjælp"'.encode(), 400),
    "not utf-8": (b'{"type": "message", "text": "\xff\xfe"}', 400),
    "empty body": (b"", 400),
    "a lone surrogate": (b'{"type": "message", "text": "\\ud800"}', 400),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
async def test_broken_bodies(bot: RunningBot, anne: Someone, case: str) -> None:
    body, status = BROKEN[case]
    got, answer = await post(bot, body)
    assert got == status
    assert answer["error"]["message"]
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda a: a.pop("type"), "no type"),
        (lambda a: a.update(type=""), "no type"),
        (lambda a: a.update(type=42), "no type"),
        (lambda a: a.pop("serviceUrl"), "serviceUrl"),
        (lambda a: a.update(serviceUrl="ftp://x"), "serviceUrl"),
        (lambda a: a.update(serviceUrl="http:///v3"), "serviceUrl is not a web address"),
        (lambda a: a.update(serviceUrl="https://a b/"), "serviceUrl is not a web address"),
        (lambda a: a.update(serviceUrl="https://smba:99999/"), "serviceUrl is not a web address"),
        (lambda a: a.update(serviceUrl="https://smbä.example/"), "serviceUrl is not a web address"),
        (lambda a: a.pop("conversation"), "conversation.id"),
        (lambda a: a.update(conversation={"id": 7}), "conversation.id"),
        (lambda a: a.pop("from"), "from.id"),
        (lambda a: a.update(recipient="bot"), "recipient.id"),
        (lambda a: a.update(entities="mention"), "entities must be a list"),
        (lambda a: a.update(channelData=[1]), "channelData must be an object"),
        (lambda a: a.update(text={"nested": True}), "text must be text"),
        (lambda a: a.pop("channelId"), "no channelId"),
        (lambda a: a["conversation"].update(id="a:æøå"), "conversation.id is not a Teams id"),
        (lambda a: a["from"].update(id="29:x\u0000"), "from.id is not a Teams id"),
        (lambda a: a["channelData"].update(tenant="t"), "channelData.tenant.id"),
        (lambda a: a["channelData"].update(team={"id": "19:\ud7ff"}), "channelData.team.id"),
        (lambda a: a.update(entities=[{"type": None}]), "entity must be an object with a type"),
        (lambda a: a.update(entities=["mention"]), "entity must be an object with a type"),
        (lambda a: a.update(id="æ1"), "id is not a Teams id"),
        (lambda a: a["channelData"].update(team={"name": "x"}), "channelData.team.id"),
        (lambda a: a["channelData"].update(channel={"id": 7}), "channelData.channel.id"),
        (lambda a: a.update(membersAdded=[{"id": ""}]), "each of membersAdded must have a Teams"),
        (lambda a: a.update(membersRemoved=["29:x"]), "each of membersRemoved must have a Teams"),
        (lambda a: a.update(replyToId="1 2"), "replyToId is not a Teams id"),
        (lambda a: a.update(entities=[{"type": "mention", "mentioned": None}]), "mentioned.id"),
        (lambda a: a.update(entities=[{"type": "Mention", "mentioned": {}}]), "mentioned.id"),
    ],
)
async def test_missing_or_wrong_fields(bot: RunningBot, anne: Someone, breakage, message) -> None:
    activity = good_activity(bot)
    breakage(activity)
    status, answer = await post(bot, json.dumps(activity).encode())
    assert status == 400
    assert message in answer["error"]["message"]
    assert bot.emulator.recorded() == [], "nothing was sent for a rejected activity"
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_wrong_content_type(bot: RunningBot) -> None:
    body = json.dumps(good_activity(bot)).encode()
    status, answer = await post(bot, body, content_type="text/plain")
    assert status == 415
    assert answer["error"]["code"] == "UnsupportedMediaType"


async def test_body_over_256_kb(bot: RunningBot, anne: Someone) -> None:
    activity = good_activity(bot)
    activity["text"] = "x" * (300 * 1024)
    status, _ = await post(bot, json.dumps(activity).encode())
    assert status == 413
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_other_methods_and_paths(bot: RunningBot) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{bot.url}/api/messages") as response:
            assert response.status == 405
        async with session.get(f"{bot.url}/nothing-here") as response:
            assert response.status == 404
            assert (await response.json())["error"]["code"]


async def test_unknown_activity_types_and_invokes(bot: RunningBot) -> None:
    activity = good_activity(bot)
    activity.update(type="somethingNew", text=None)
    status, _ = await post(bot, json.dumps(activity).encode())
    assert status == 201
    activity.update(type="invoke", name="composeExtension/query", value={"x": 1})
    status, answer = await post(bot, json.dumps(activity).encode())
    assert status == 400
    assert answer["error"]["code"] == "UnsupportedInvoke"


async def test_health(bot: RunningBot) -> None:
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/healthz") as response:
        assert response.status == 200
        health = await response.json()
    assert health["status"] == "ok"
    assert health["storage"] is True
    assert health["scheduler"] is True
    assert health["mode"] == "local"
    assert health["version"]


async def test_a_tenant_outside_the_allowed_list_is_refused(bot: RunningBot, anne: Someone) -> None:
    bot.settings = replace(bot.settings, allowed_tenants=frozenset({"another-tenant"}))
    await bot.restart()
    turn = await bot.emulator.say(ANNE, "hjælp")
    assert turn.status == 403
    assert turn.replies == []
    user = bot.emulator.directory.user(ANNE)
    assert bot.stored.people.get(user.user_id) is None, "nothing stored from a refusal"

    bot.settings = replace(
        bot.settings, allowed_tenants=frozenset({bot.emulator.directory.tenant_id})
    )
    await bot.restart()
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_a_conversation_teams_does_not_know(bot: RunningBot, anne: Someone) -> None:
    activity = good_activity(bot)
    activity["conversation"]["id"] = "a:no-such-conversation"
    status, answer = await post(bot, json.dumps(activity).encode())
    assert status == 400
    assert answer["error"]["code"] == "ChannelRefused"
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


@pytest.mark.parametrize(
    "mention",
    [
        {"type": "mention", "mentioned": {"id": "28:it-hjaelp"}},
        {
            "type": "mention",
            "mentioned": {"id": "28:it-hjaelp", "name": "(["},
            "text": "<at>([</at>",
        },
        {"type": "mention", "mentioned": {"id": "28:it-hjaelp", "name": "*"}},
    ],
)
async def test_odd_mentions_of_the_bot(bot: RunningBot, anne: Someone, mention: dict) -> None:
    activity = bot.emulator.activities.message(ANNE, "hjælp", team="ydelse")
    activity["text"] = f"{mention.get('text', '<at>*</at>')} hjælp"
    activity["recipient"]["id"] = mention["mentioned"]["id"]
    activity["entities"] = [mention]
    status, _ = await post(bot, json.dumps(activity).encode())
    assert status == 201


async def test_a_channel_service_that_does_not_answer(bot: RunningBot, anne: Someone) -> None:
    activity = good_activity(bot)
    activity["serviceUrl"] = "http://127.0.0.1:9/"
    status, answer = await post(bot, json.dumps(activity).encode())
    assert status == 502, "the bot is fine; the channel it must answer through is not"
    assert answer["error"]["code"] == "ChannelUnavailable"
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply
