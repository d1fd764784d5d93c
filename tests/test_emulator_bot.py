"""A small botbuilder bot, driven through the emulator and the emulator's command line."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace

import pytest
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.core.teams.teams_activity_extensions import teams_get_channel_data
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, InvokeResponse
from botbuilder.schema.teams import TeamInfo, TeamsChannelAccount
from botframework.connector.models import ErrorResponseException

from bot.emulator import TeamsEmulator
from bot.emulator.__main__ import card_lines, main
from tests import emulator_helpers
from tests.emulator_helpers import ANNE, BO, EMMA

# The shared fixtures, bound here so that pytest finds them in this module.
emu = emulator_helpers.emu
fresh_emulator = emulator_helpers.fresh_emulator


class EchoBot(TeamsActivityHandler):
    """Answers with what it heard and who said it, as Teams' roster tells it."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.value is not None:
            await turn_context.send_activity(f"pressed {activity.value['action']}")
            return
        text = TurnContext.remove_recipient_mention(activity).strip()
        member = await TeamsInfo.get_member(turn_context, activity.from_property.id)
        await turn_context.send_activity(f"{text} from {member.email}")
        if TeamsInfo.get_team_id(turn_context):
            details = await TeamsInfo.get_team_details(turn_context)
            await turn_context.send_activity(f"in {details.name}")

    async def on_teams_members_added(
        self,
        teams_members_added: list[TeamsChannelAccount],
        team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        data = teams_get_channel_data(turn_context.activity)
        for member in teams_members_added:
            if member.id != turn_context.activity.recipient.id and data.event_type:
                # The handler looked the member up on the roster, which gave the e-mail.
                await turn_context.send_activity(f"welcome {member.email} to {team_info.name}")

    async def on_teams_members_removed(
        self,
        teams_members_removed: list[TeamsChannelAccount],
        team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        for member in teams_members_removed:
            try:
                await TeamsInfo.get_member(turn_context, member.id)
            except ErrorResponseException as exc:
                await turn_context.send_activity(f"{member.id} left: {exc.error.error.code}")

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        verb = turn_context.activity.value["action"]["verb"]
        return InvokeResponse(status=200, body={"statusCode": 200, "value": f"did {verb}"})

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        data = teams_get_channel_data(turn_context.activity)
        if data.settings is None:
            await turn_context.send_activity("Hej!")
            return
        await TeamsInfo.send_message_to_teams_channel(
            turn_context,
            Activity(type="message", text="Velkommen", attachments=[]),
            data.settings.selected_channel.id,
            bot_app_id="local",
        )


@pytest.fixture
async def echo_bot(emu: TeamsEmulator) -> AsyncIterator[str]:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(SimpleNamespace(APP_ID="")))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        activity = Activity().deserialize(await request.json())
        answer = await adapter.process_activity("", activity, bot.on_turn)
        if answer is not None:
            return web.json_response(answer.body, status=answer.status)
        return web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    emu.bot_endpoint = f"http://127.0.0.1:{runner.addresses[0][1]}/api/messages"
    yield emu.bot_endpoint
    emu.bot_endpoint = None
    await runner.cleanup()


async def test_people_talk_to_a_bot(emu: TeamsEmulator, echo_bot: str) -> None:
    turn = await emu.say(ANNE, "hjælp")
    assert (turn.status, turn.texts) == (201, [f"hjælp from {ANNE}"])
    assert turn.replies[0].op == "reply"
    assert turn.replies[0].conversation_id == emu.personal_conversation_id(ANNE)

    turn = await emu.say(BO, "printeren", team="ydelse", channel="IT-hjælp")
    assert turn.texts == [f"printeren from {BO}", "in Jobcenter Varde – Ydelse"]
    assert turn.replies[0].conversation_id == turn.conversation_id
    assert ";messageid=" in turn.conversation_id

    turn = await emu.submit(ANNE, {"action": "claim"}, reply_to=turn.replies[0])
    assert turn.text == "pressed claim"
    turn = await emu.invoke(ANNE, "claim", {"case": 1})
    assert (turn.status, turn.body) == (200, {"statusCode": 200, "value": "did claim"})

    bad = await emu.post(None, raw=b"{not json")
    assert bad.status >= 400
    assert bad.sent == []


async def test_installs_and_proactive_posts(emu: TeamsEmulator, echo_bot: str) -> None:
    it_channel = emu.directory.team("unge").channel("IT-hjælp")
    turn = await emu.install_in_team("unge", channel="IT-hjælp")
    assert turn.status < 300
    welcome = await emu.wait_for_async(lambda r: r.text == "Velkommen")
    assert welcome.op == "create"
    assert welcome.conversation_id == f"{it_channel.channel_id};messageid={welcome.activity_id}"
    assert turn.sent == [welcome]

    turn = await emu.install_personal(EMMA)
    assert turn.texts == ["Hej!"]
    assert (await emu.uninstall_from_team("unge")).status < 300
    with pytest.raises(TimeoutError, match="Velkommen"):
        await emu.wait_for_async(lambda r: r.text == "never sent", timeout=0.05)


async def test_a_bot_reads_people_mentioned(emu: TeamsEmulator, echo_bot: str) -> None:
    turn = await emu.say(ANNE, "spørg @Bo Nielsen", team="ydelse", mentions=[BO])
    assert turn.texts[0] == f"spørg <at>Bo Nielsen</at> from {ANNE}"
    turn = await emu.say(ANNE, "hej", mentions=[EMMA])
    assert turn.text == f"hej <at>Emma Jensen</at> from {ANNE}"


async def test_people_join_and_leave_a_team(emu: TeamsEmulator, echo_bot: str) -> None:
    team = emu.directory.add_team("roster", "Roster-team", [ANNE])
    newcomer = "ny.kollega@jobcenter.varde.example"
    turn = await emu.member_joins("roster", newcomer, "Ny Kollega")
    assert turn.status < 300
    assert turn.texts == [f"welcome {newcomer} to Roster-team"]
    assert turn.replies[0].conversation_id == team.team_id
    assert emu.directory.team("roster").members == (ANNE, newcomer)
    joined = emu.directory.user(newcomer)
    assert joined.name == "Ny Kollega"
    assert turn.activity["membersAdded"][0]["id"] == joined.user_id

    turn = await emu.member_joins("roster", BO, by=BO)
    assert turn.texts == [f"welcome {BO} to Roster-team"]
    assert turn.activity["from"]["id"] == emu.directory.user(BO).user_id

    turn = await emu.member_leaves("roster", newcomer)
    assert turn.texts == [f"{joined.user_id} left: MemberNotFoundInConversation"]
    assert emu.directory.team("roster").members == (ANNE, BO)
    with pytest.raises(KeyError):
        await emu.member_leaves("roster", newcomer)


async def test_the_cli_talks_through_the_control_api(
    emu: TeamsEmulator, echo_bot: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = emu.service_url.rstrip("/")
    assert await asyncio.to_thread(main, ["--url", url, "say", "--as", ANNE, "hjælp", "mig"]) == 0
    out = capsys.readouterr().out
    assert f"hjælp mig from {ANNE}" in out
    assert "1:1 with Anne Madsen" in out
    args = ["say", "--url", url, "--as", ANNE, "--mention", BO, "--team", "ydelse", "se", "her"]
    assert await asyncio.to_thread(main, args) == 0
    assert f"se her @Bo Nielsen from {ANNE}" in capsys.readouterr().out

    assert await asyncio.to_thread(main, ["install", "--url", url, "--team", "integration"]) == 0
    assert "Velkommen" in capsys.readouterr().out
    assert await asyncio.to_thread(main, ["people", "--url", url]) == 0
    assert "Kasper Møller" in capsys.readouterr().out

    assert await asyncio.to_thread(main, ["--url", "http://127.0.0.1:9", "people"]) == 1
    assert "cannot reach the Teams emulator" in capsys.readouterr().err


def test_card_lines_for_the_terminal() -> None:
    card = {
        "type": "AdaptiveCard",
        "body": [
            {"type": "TextBlock", "text": "Sag #7: Printer"},
            {"type": "FactSet", "facts": [{"title": "Status", "value": "Åben"}]},
            {"type": "Input.Text", "id": "note", "label": "Bemærkning"},
        ],
        "actions": [{"type": "Action.Submit", "title": "Tag sagen"}],
    }
    assert card_lines(card) == [
        "Sag #7: Printer",
        "Status: Åben",
        "Bemærkning: ____",
        "[Tag sagen]",
    ]
