"""The emulator's inbound messages, roster, card and install events are Teams-shaped."""

from __future__ import annotations

from botbuilder.core import TurnContext
from botbuilder.core.teams.teams_activity_extensions import teams_get_channel_data
from botbuilder.schema import Activity
from botbuilder.schema.teams import TeamsChannelData

from bot.emulator import Recorded, TeamsEmulator
from bot.emulator.directory import DEMO_TENANT_ID
from tests import emulator_helpers
from tests.emulator_helpers import ANNE, BO, EMMA

# The shared fixtures, bound here so that pytest finds them in this module.
emu = emulator_helpers.emu
fresh_emulator = emulator_helpers.fresh_emulator


def test_a_personal_message_is_teams_shaped(emu: TeamsEmulator) -> None:
    raw = emu.activities.message(EMMA, "help")
    activity = Activity().deserialize(raw)
    emma = emu.directory.user(EMMA)
    assert activity.channel_id == "msteams"
    assert activity.service_url == emu.service_url
    assert activity.conversation.id == emu.personal_conversation_id(EMMA)
    assert activity.conversation.conversation_type == "personal"
    assert (activity.from_property.id, activity.from_property.aad_object_id) == (
        emma.user_id,
        emma.aad_object_id,
    )
    assert activity.recipient.id == "28:it-hjaelp"
    assert activity.locale == "en-US"
    assert activity.timestamp.tzinfo is not None
    assert activity.local_timezone == "Europe/Copenhagen"
    assert teams_get_channel_data(activity).tenant.id == DEMO_TENANT_ID
    assert [e.type for e in activity.entities] == ["clientInfo"]
    assert TurnContext.remove_recipient_mention(activity) == "help"


def test_a_channel_mention_is_teams_shaped(emu: TeamsEmulator) -> None:
    raw = emu.activities.message(ANNE, "hjælp", team="ydelse")
    ydelse = emu.directory.team("ydelse")
    assert raw["text"] == "<at>IT-hjælp</at> hjælp"
    assert raw["entities"][0] == {
        "mentioned": {"id": "28:it-hjaelp", "name": "IT-hjælp"},
        "text": "<at>IT-hjælp</at>",
        "type": "mention",
    }
    activity = Activity().deserialize(raw)
    assert activity.conversation.id == f"{ydelse.team_id};messageid={activity.id}"
    assert activity.conversation.conversation_type == "channel"
    assert activity.conversation.is_group
    data = teams_get_channel_data(activity)
    assert (data.tenant.id, data.team.id, data.channel.id) == (
        DEMO_TENANT_ID,
        ydelse.team_id,
        ydelse.team_id,
    )
    assert TurnContext.remove_recipient_mention(activity).strip() == "hjælp"

    thread = activity.conversation.id
    reply = emu.activities.message(BO, "Jeg kigger på det", team="ydelse", thread=thread)
    assert reply["conversation"]["id"] == thread
    assert reply["id"] != activity.id
    it = emu.activities.message(ANNE, "hej", team="ydelse", channel="it-HJÆLP", mention=False)
    assert it["channelData"]["channel"]["id"] == ydelse.channel("IT-hjælp").channel_id
    assert it["text"] == "hej"
    assert [e["type"] for e in it["entities"]] == ["clientInfo"]


def test_roster_events_are_teams_shaped(emu: TeamsEmulator) -> None:
    ydelse, anne, bo = (
        emu.directory.team("ydelse"),
        emu.directory.user(ANNE),
        emu.directory.user(BO),
    )
    raw = emu.activities.member_added("ydelse", BO, by=ANNE)
    assert raw["type"] == "conversationUpdate"
    assert raw["id"].startswith("f:")
    assert raw["membersAdded"] == [{"id": bo.user_id, "aadObjectId": bo.aad_object_id}]
    assert raw["from"] == {"id": anne.user_id, "aadObjectId": anne.aad_object_id}
    assert raw["conversation"] == {
        "isGroup": True,
        "conversationType": "channel",
        "tenantId": DEMO_TENANT_ID,
        "id": ydelse.team_id,
    }
    assert raw["channelData"] == {
        "team": {"aadGroupId": ydelse.aad_group_id, "name": ydelse.name, "id": ydelse.team_id},
        "eventType": "teamMemberAdded",
        "tenant": {"id": DEMO_TENANT_ID},
    }
    assert "entities" not in raw
    added = Activity().deserialize(raw)
    assert added.members_added[0].aad_object_id == bo.aad_object_id
    assert added.members_removed is None
    data = TeamsChannelData().deserialize(added.channel_data)
    assert (data.event_type, data.team.id, data.tenant.id) == (
        "teamMemberAdded",
        ydelse.team_id,
        DEMO_TENANT_ID,
    )
    leader = emu.activities.member_added("ydelse", BO)["from"]["id"]
    assert leader == emu.directory.user(ydelse.members[0]).user_id

    raw = emu.activities.member_removed("ydelse", BO)
    assert raw["membersRemoved"] == [{"id": bo.user_id, "aadObjectId": bo.aad_object_id}]
    assert "membersAdded" not in raw
    assert raw["from"]["id"] == bo.user_id, "a person who leaves sends the event themself"
    assert raw["channelData"]["eventType"] == "teamMemberRemoved"
    assert raw["conversation"]["id"] == ydelse.team_id
    removed = Activity().deserialize(raw)
    assert removed.members_removed[0].id == bo.user_id


def test_card_actions_are_teams_shaped(emu: TeamsEmulator) -> None:
    thread = f"{emu.directory.team('ydelse').team_id};messageid=1700000000001"
    card = Recorded("create", thread, "1700000000001", {"type": "message"}, None, 0.0)
    submit = Activity().deserialize(emu.activities.submit(BO, {"action": "claim"}, reply_to=card))
    assert (submit.type, submit.text, submit.value) == ("message", None, {"action": "claim"})
    assert submit.reply_to_id == "1700000000001"
    assert submit.conversation.id == thread

    raw = emu.activities.invoke(ANNE, "claim", {"case": 7})
    invoke = Activity().deserialize(raw)
    assert (invoke.type, invoke.name) == ("invoke", "adaptiveCard/action")
    assert invoke.value == {
        "action": {"type": "Action.Execute", "verb": "claim", "data": {"case": 7}},
        "trigger": "manual",
    }
    assert invoke.conversation.id == emu.personal_conversation_id(ANNE)


def test_install_events_are_teams_shaped(emu: TeamsEmulator) -> None:
    ydelse = emu.directory.team("ydelse")
    it_channel = ydelse.channel("IT-hjælp")
    added, installed = (
        Activity().deserialize(a)
        for a in emu.activities.install_in_team("ydelse", channel="IT-hjælp")
    )
    assert added.type == "conversationUpdate"
    assert added.members_added[0].id == "28:it-hjaelp"
    # Both events are addressed to the channel the installer chose.
    assert added.conversation.id == installed.conversation.id == it_channel.channel_id
    assert added.conversation.name == "IT-hjælp"
    added_data = TeamsChannelData().deserialize(added.channel_data)
    assert added_data.event_type == "teamMemberAdded"
    assert added_data.settings.selected_channel.id == it_channel.channel_id
    assert (added_data.team.id, added_data.team.name) == (ydelse.team_id, ydelse.name)
    assert (installed.type, installed.action) == ("installationUpdate", "add")
    data = TeamsChannelData().deserialize(installed.channel_data)
    assert data.settings.selected_channel.id == it_channel.channel_id
    assert data.tenant.id == DEMO_TENANT_ID

    personal = [Activity().deserialize(a) for a in emu.activities.install_personal(ANNE)]
    assert [(a.type, a.action) for a in personal] == [
        ("installationUpdate", "add"),
        ("conversationUpdate", None),
    ]
    assert {a.conversation.id for a in personal} == {emu.personal_conversation_id(ANNE)}
    removed = Activity().deserialize(emu.activities.uninstall_from_team("ydelse"))
    assert (removed.type, removed.action) == ("installationUpdate", "remove")
