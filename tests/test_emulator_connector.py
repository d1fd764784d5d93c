"""The emulator's connector routes answer botbuilder's own clients as Teams does."""

from __future__ import annotations

import pytest
from botbuilder.schema import ChannelAccount, ConversationParameters
from botbuilder.schema.teams import ChannelInfo, TeamsChannelAccount, TeamsChannelData
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.models import ErrorResponseException
from botframework.connector.teams import TeamsConnectorClient
from msrest.exceptions import HttpOperationError

from bot.emulator import Recorded, TeamsEmulator
from bot.emulator.directory import DEMO_TENANT_ID
from tests import emulator_helpers
from tests.emulator_helpers import ANNE, KASPER, message

# The shared fixtures, bound here so that pytest finds them in this module.
emu = emulator_helpers.emu
fresh_emulator = emulator_helpers.fresh_emulator
connector = emulator_helpers.connector

CARD = "application/vnd.microsoft.card.adaptive"


async def test_send_reply_update_delete(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    chat = emu.personal_conversation_id(ANNE)
    sent = await connector.conversations.send_to_conversation(chat, message("Hej"))
    reply = await connector.conversations.reply_to_activity(chat, "1700000000000", message("Svar"))
    updated = await connector.conversations.update_activity(chat, sent.id, message("Hej igen"))
    await connector.conversations.delete_activity(chat, reply.id)

    assert updated.id == sent.id
    assert [(r.op, r.activity_id, r.text) for r in emu.recorded(chat)] == [
        ("send", sent.id, "Hej"),
        ("reply", reply.id, "Svar"),
        ("update", sent.id, "Hej igen"),
        ("delete", reply.id, ""),
    ]
    assert emu.recorded(chat)[1].reply_to_id == "1700000000000"
    with pytest.raises(ErrorResponseException) as gone:
        await connector.conversations.update_activity(chat, reply.id, message("for sent"))
    assert gone.value.response.status_code == 404
    with pytest.raises(ErrorResponseException) as unknown:
        await connector.conversations.send_to_conversation("a:nobody", message("Hej"))
    assert unknown.value.error.error.code == "ConversationNotFound"


async def test_a_subscriber_hears_each_record_until_it_unsubscribes(
    emu: TeamsEmulator, connector: ConnectorClient
) -> None:
    heard: list[Recorded] = []
    unsubscribe = emu.subscribe(heard.append)
    chat = emu.personal_conversation_id(ANNE)
    sent = await connector.conversations.send_to_conversation(chat, message("Hej"))
    await connector.conversations.update_activity(chat, sent.id, message("Hej igen"))
    unsubscribe()
    await connector.conversations.send_to_conversation(chat, message("Ikke hørt"))
    assert [(r.op, r.activity_id, r.text) for r in heard] == [
        ("send", sent.id, "Hej"),
        ("update", sent.id, "Hej igen"),
    ]


async def test_channel_thread_ids_survive_percent_encoding(
    emu: TeamsEmulator, connector: ConnectorClient
) -> None:
    channel = emu.directory.team("ydelse").channel("IT-hjælp")
    params = ConversationParameters(
        is_group=True,
        channel_data=TeamsChannelData(channel=ChannelInfo(id=channel.channel_id)),
        activity=message("Ny sag #1"),
    )
    created = await connector.conversations.create_conversation(params)
    assert created.id == f"{channel.channel_id};messageid={created.activity_id}"

    reply = await connector.conversations.send_to_conversation(created.id, message("Svar i tråden"))
    await connector.conversations.update_activity(created.id, created.activity_id, message("#1 ✓"))
    recorded = emu.recorded(channel.channel_id)
    assert [(r.op, r.conversation_id, r.activity_id) for r in recorded] == [
        ("create", created.id, created.activity_id),
        ("send", created.id, reply.id),
        ("update", created.id, created.activity_id),
    ]
    assert emu.recorded(created.id) == recorded


async def test_create_a_personal_chat(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    anne = emu.directory.user(ANNE)
    by_id = ConversationParameters(
        is_group=False, members=[ChannelAccount(id=anne.user_id)], tenant_id=emu.directory.tenant_id
    )
    assert (await connector.conversations.create_conversation(by_id)).id == (
        emu.personal_conversation_id(ANNE)
    )
    by_aad = ConversationParameters(
        members=[ChannelAccount(id=anne.aad_object_id)],
        channel_data={"tenant": {"id": emu.directory.tenant_id}},
        activity=message("Påmindelse"),
    )
    created = await connector.conversations.create_conversation(by_aad)
    assert created.id == emu.personal_conversation_id(ANNE)
    assert created.activity_id
    assert [(r.op, r.text) for r in emu.recorded(created.id)] == [("create", "Påmindelse")]

    no_tenant = ConversationParameters(members=[ChannelAccount(id=anne.user_id)])
    with pytest.raises(ErrorResponseException) as refused:
        await connector.conversations.create_conversation(no_tenant)
    assert refused.value.response.status_code == 400


async def test_get_a_member(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    anne = emu.directory.user(ANNE)
    thread = f"{emu.directory.team('ydelse').team_id};messageid=1700000000000"
    for member_id in (anne.user_id, anne.aad_object_id.upper(), ANNE, ANNE.upper()):
        found = await connector.conversations.get_conversation_member(thread, member_id)
        # TeamsInfo.get_member reads the Teams fields the same way.
        member = TeamsChannelAccount().deserialize(
            dict(found.serialize(), **found.additional_properties)
        )
        assert (member.id, member.email, member.name) == (anne.user_id, ANNE, "Anne Madsen")
        assert member.aad_object_id == anne.aad_object_id
        assert member.tenant_id == DEMO_TENANT_ID

    kasper = emu.directory.user(KASPER)
    with pytest.raises(ErrorResponseException) as missing:
        await connector.conversations.get_conversation_member(thread, kasper.user_id)
    assert missing.value.response.status_code == 404
    assert missing.value.error.error.code == "MemberNotFoundInConversation"
    chat = emu.personal_conversation_id(ANNE)
    assert (await connector.conversations.get_conversation_member(chat, anne.user_id)).id
    members = await connector.conversations.get_conversation_members(thread)
    assert len(members) == len(emu.directory.team("ydelse").members)


async def test_paged_members(emu: TeamsEmulator, connector: ConnectorClient) -> None:
    big = emu.directory.add_team("stor", "Stort team", [f"p{i}@varde.example" for i in range(120)])
    emails: list[str] = []
    tokens: list[str | None] = []
    token = None
    while True:
        page = await connector.conversations.get_teams_conversation_paged_members(
            big.team_id, page_size=50, continuation_token=token
        )
        emails.extend(m.email for m in page.members)
        token = page.continuation_token
        tokens.append(token)
        if not token:
            break
    assert len(tokens) == 3, "120 members in pages of 50"
    assert emails == list(big.members)

    # Teams serves at least 50 a page and 200 by default.
    small = await connector.conversations.get_teams_conversation_paged_members(
        big.team_id, page_size=10
    )
    assert len(small.members) == 50
    everyone = await connector.conversations.get_teams_conversation_paged_members(big.team_id)
    assert len(everyone.members) == 120
    assert everyone.continuation_token is None
    last = await connector.conversations.get_teams_conversation_paged_members(
        big.team_id, page_size=50, continuation_token=tokens[1]
    )
    assert [m.email for m in last.members] == emails[100:]
    member = last.members[0]
    user = emu.directory.user(emails[100])
    assert member.serialize() == {
        "id": user.user_id,
        "name": "P100",
        "aadObjectId": user.aad_object_id,
        "email": emails[100],
        "userPrincipalName": emails[100],
        "givenName": "P100",
        "surname": "",
        "tenantId": DEMO_TENANT_ID,
        "userRole": "user",
    }
    with pytest.raises(HttpOperationError):
        await connector.conversations.get_teams_conversation_paged_members(
            big.team_id, continuation_token="not-a-token"
        )


def test_team_details_and_channels(emu: TeamsEmulator) -> None:
    # The sync client blocks, as TeamsInfo.get_team_details does inside the bot's loop.
    client = TeamsConnectorClient(MicrosoftAppCredentials.empty(), emu.service_url)
    ydelse = emu.directory.team("ydelse")
    details = client.teams.get_team_details(ydelse.team_id)
    assert (details.id, details.name, details.aad_group_id) == (
        ydelse.team_id,
        "Jobcenter Varde – Ydelse",
        ydelse.aad_group_id,
    )
    channels = client.teams.get_teams_channels(ydelse.team_id).conversations
    it_channel = ydelse.channel("IT-hjælp")
    # Teams names General null, so clients can show it in their own language.
    assert [(c.id, c.name) for c in channels] == [
        (ydelse.team_id, None),
        (it_channel.channel_id, "IT-hjælp"),
    ]
    with pytest.raises(HttpOperationError) as missing:
        client.teams.get_team_details("19:nope@thread.tacv2")
    assert missing.value.response.status_code == 404


def test_recorded_reads_cards_and_mentions() -> None:
    activity = {
        "type": "message",
        "text": "<at>Bo Nielsen</at> ny sag",
        "locale": "da-DK",
        "entities": [
            {
                "type": "mention",
                "text": "<at>Bo Nielsen</at>",
                "mentioned": {"id": "29:1b", "name": "Bo Nielsen"},
            }
        ],
        "attachments": [{"contentType": CARD, "content": {"type": "AdaptiveCard", "body": []}}],
    }
    item = Recorded("send", "19:x@thread.tacv2", "1", activity, None, 0.0)
    assert item.mentions == [{"id": "29:1b", "name": "Bo Nielsen"}]
    assert item.cards == [{"type": "AdaptiveCard", "body": []}]
    assert item.locale == "da-DK"
