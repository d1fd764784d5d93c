"""With Teams credentials set, every request must carry a valid Bot Framework token."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import replace

import pytest

from tests.conftest import ANNE, RunningBot

APP_ID = "6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11"


def b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def forged_token() -> str:
    """Shaped like a Bot Framework token, from the right issuer, but signed by nobody."""
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT", "kid": "forged"}
    claims = {
        "iss": "https://api.botframework.com",
        "aud": APP_ID,
        "iat": now,
        "nbf": now,
        "exp": now + 3600,
        "serviceurl": "https://smba.trafficmanager.net/emea/",
    }
    return f"{b64(header)}.{b64(claims)}.{b64({'sig': 'none'})}"


@pytest.fixture
async def teams_bot(bot: RunningBot) -> RunningBot:
    bot.settings = replace(
        bot.settings,
        app_id=APP_ID,
        app_password="not-a-real-secret",
        allowed_tenants=frozenset({bot.emulator.directory.tenant_id}),
    )
    await bot.restart()
    return bot


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer garbage", "Basic dXNlcjpwYXNz", "Bearer a.b.c", "forged"],
)
async def test_requests_without_a_valid_token_get_401(teams_bot: RunningBot, authorization) -> None:
    headers = {}
    if authorization == "forged":
        headers["Authorization"] = f"Bearer {forged_token()}"
    elif authorization is not None:
        headers["Authorization"] = authorization
    activity = teams_bot.emulator.activities.message(ANNE, "hjælp")
    turn = await teams_bot.emulator.post(activity, headers=headers)
    assert turn.status == 401
    assert turn.replies == []
    assert teams_bot.stored.people.all() == [], "nothing stored from an unauthenticated call"
