"""The demo org's people, a running emulator and a connector client for the emulator tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials

from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org

ANNE = "anne.madsen@jobcenter.varde.example"
BO = "bo.nielsen@jobcenter.varde.example"
EMMA = "emma.jensen@jobcenter.varde.example"
HENRIK = "henrik.lund@jobcenter.varde.example"  # the IT lead, in no team
KASPER = "kasper.moeller@jobcenter.varde.example"  # Team Integration, not Ydelse


@pytest.fixture(scope="module")
def emu() -> Iterator[TeamsEmulator]:
    with TeamsEmulator(Directory.from_org(load_org(DEMO_ORG_FILE))) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh_emulator(emu: TeamsEmulator) -> None:
    emu.clear()
    emu.enforce_limits = False
    emu.require_install = False


@pytest.fixture
async def connector(emu: TeamsEmulator) -> AsyncIterator[ConnectorClient]:
    async with ConnectorClient(MicrosoftAppCredentials.empty(), base_url=emu.service_url) as client:
        yield client


def message(text: str) -> Activity:
    return Activity(type="message", text=text)
