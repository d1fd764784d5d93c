"""The emulator's rate limit, injected faults and error bodies, as Teams sends them."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.models import ErrorResponseException
from msrest.exceptions import ClientRequestError

from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org
from tests import emulator_helpers
from tests.emulator_helpers import ANNE, BO, message

# The shared fixtures, bound here so that pytest finds them in this module.
emu = emulator_helpers.emu
fresh_emulator = emulator_helpers.fresh_emulator
connector = emulator_helpers.connector


async def test_the_eighth_send_in_a_second_gets_429() -> None:
    now = [1000.0]
    directory = Directory.from_org(load_org(DEMO_ORG_FILE))
    with TeamsEmulator(directory, clock=lambda: now[0]) as emu:
        emu.enforce_limits = True
        chat = emu.personal_conversation_id(ANNE)
        async with ConnectorClient(MicrosoftAppCredentials.empty(), base_url=emu.service_url) as c:
            for n in range(7):
                await c.conversations.send_to_conversation(chat, message(f"#{n}"))
            with pytest.raises(ErrorResponseException) as limited:
                await c.conversations.send_to_conversation(chat, message("#8"))
            assert limited.value.response.status_code == 429
            assert limited.value.response.headers["Retry-After"] == "1"
            assert limited.value.error.error.code == "TooManyRequests"
            other = emu.personal_conversation_id(BO)
            await c.conversations.send_to_conversation(other, message("another chat is fine"))
            now[0] += 1.0
            await c.conversations.send_to_conversation(chat, message("after a second"))
        assert len(emu.recorded(chat)) == 8


async def test_injected_faults(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    chat = emu.personal_conversation_id(ANNE)
    emu.inject_fault(503)
    with pytest.raises(ErrorResponseException) as unavailable:
        await connector.conversations.send_to_conversation(chat, message("1"))
    assert unavailable.value.response.status_code == 503
    assert unavailable.value.error.error.code == "ServiceUnavailable"

    emu.inject_fault(429, retry_after=2.5, conversation_id=emu.directory.team("unge").team_id)
    await connector.conversations.send_to_conversation(chat, message("2: another conversation"))
    thread = f"{emu.directory.team('unge').team_id};messageid=1"
    with pytest.raises(ErrorResponseException) as limited:
        await connector.conversations.send_to_conversation(thread, message("3"))
    assert limited.value.response.headers["Retry-After"] == "2.5"

    emu.inject_fault(503, times=5)
    emu.inject_fault(503, times=0)
    await connector.conversations.send_to_conversation(chat, message("4: faults taken back"))
    assert [r.text for r in emu.recorded()] == ["2: another conversation", "4: faults taken back"]


async def test_a_timeout_holds_the_request(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    connector.config.connection.timeout = 0.2
    emu.inject_fault("timeout", hold=2.0)
    with pytest.raises(ClientRequestError):
        await connector.conversations.send_to_conversation(
            emu.personal_conversation_id(ANNE), message("lost")
        )
    assert emu.recorded() == []


def test_errors_are_teams_shaped(emu: TeamsEmulator) -> None:
    request = urllib.request.Request(emu.service_url + "v3/nothing/here")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with pytest.raises(urllib.error.HTTPError) as error:
        opener.open(request, timeout=5)
    assert error.value.code == 404
    assert json.loads(error.value.read())["error"]["code"] == "NotFound"
