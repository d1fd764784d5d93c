"""The Teams emulator answers botbuilder's own clients as Teams does, and its activities parse."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace

import pytest
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.core.teams.teams_activity_extensions import teams_get_channel_data
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationParameters,
    InvokeResponse,
    Mention,
)
from botbuilder.schema.teams import (
    ChannelInfo,
    TeamInfo,
    TeamsChannelAccount,
    TeamsChannelData,
)
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.models import ErrorResponseException
from botframework.connector.teams import TeamsConnectorClient
from msrest.exceptions import ClientRequestError, HttpOperationError

from bot.emulator import Directory, Recorded, TeamsEmulator
from bot.emulator.__main__ import card_lines, main
from bot.emulator.directory import DEMO_TENANT_ID
from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org

ANNE = "anne.madsen@jobcenter.varde.example"
BO = "bo.nielsen@jobcenter.varde.example"
EMMA = "emma.jensen@jobcenter.varde.example"
HENRIK = "henrik.lund@jobcenter.varde.example"  # the IT lead, in no team
KASPER = "kasper.moeller@jobcenter.varde.example"  # Team Integration, not Ydelse
CARD = "application/vnd.microsoft.card.adaptive"
SPAN = '<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="{}">{}</span>'


@pytest.fixture(scope="module")
def emu() -> Iterator[TeamsEmulator]:
    with TeamsEmulator(Directory.from_org(load_org(DEMO_ORG_FILE))) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh(emu: TeamsEmulator) -> None:
    emu.clear()
    emu.enforce_limits = False
    emu.require_install = False


@pytest.fixture
async def connector(emu: TeamsEmulator) -> AsyncIterator[ConnectorClient]:
    async with ConnectorClient(MicrosoftAppCredentials.empty(), base_url=emu.service_url) as client:
        yield client


def message(text: str) -> Activity:
    return Activity(type="message", text=text)


# -- the directory ---------------------------------------------------------------------------


def test_directory_from_the_demo_org() -> None:
    org = load_org(DEMO_ORG_FILE)
    first, second = Directory.from_org(org), Directory.from_org(org)
    assert len(first.teams) == 7
    assert first.tenant_id == DEMO_TENANT_ID
    assert first.user(EMMA).locale == "en-US"
    assert first.user(ANNE).locale == "da-DK"
    assert first.user(HENRIK).name == "Henrik Lund", "people in no team are users too"
    assert set(first.users) == set(org.everyone())
    assert first.users == second.users, "ids are stable"
    assert first.teams == second.teams, "ids are stable"

    anne = first.user(ANNE)
    assert anne.user_id.startswith("29:1")
    assert first.user(anne.user_id) is anne
    assert first.user(anne.aad_object_id.upper()) is anne
    ydelse = first.team("ydelse")
    assert ydelse is first.team("TEAM YDELSE") is first.team("Jobcenter Varde – Ydelse")
    assert ydelse.name == "Jobcenter Varde – Ydelse"
    assert ydelse.team_id.startswith("19:")
    assert ydelse.team_id.endswith("@thread.tacv2")
    assert [c.name for c in ydelse.channels] == ["General", "IT-hjælp"]
    assert ydelse.general.channel_id == ydelse.team_id
    assert ANNE in ydelse.members
    assert BO in ydelse.members
    with pytest.raises(KeyError):
        first.user("nobody@example.dk")
    with pytest.raises(KeyError):
        first.team("no such team")


def test_roster_changes_replace_the_frozen_team() -> None:
    directory = Directory.from_org(load_org(DEMO_ORG_FILE))
    before = directory.team("ydelse")
    newcomer = directory.add_member("Team Ydelse", "Nina.Berg@jobcenter.varde.example", "Nina B.")
    assert (newcomer.email, newcomer.name) == ("nina.berg@jobcenter.varde.example", "Nina B.")
    assert directory.user(newcomer.user_id) is newcomer
    after = directory.team("ydelse")
    assert after.members == (*before.members, newcomer.email)
    assert newcomer.email not in before.members, "the old Team is never changed"
    assert directory.channel(after.channel("IT-hjælp").channel_id)[0] is after
    assert directory.add_member("ydelse", newcomer.user_id, "Another Name") is newcomer
    assert directory.team("ydelse").members == after.members, "joining twice changes nothing"
    kasper = directory.add_member("ydelse", KASPER)
    assert kasper is directory.user(KASPER)
    assert kasper.name == "Kasper Møller", "a known person keeps their name"

    assert directory.remove_member("ydelse", newcomer.email.upper()) is newcomer
    assert newcomer.email not in directory.team("ydelse").members
    assert directory.user(newcomer.email) is newcomer, "leaving a team keeps the user"
    assert directory.members(directory.channel(before.team_id)[0])[-1] is kasper
    with pytest.raises(KeyError):
        directory.remove_member("ydelse", newcomer.email)
    with pytest.raises(KeyError):
        directory.remove_member("ydelse", "nobody@example.dk")
    with pytest.raises(KeyError):
        directory.add_member("no such team", ANNE)


# -- the connector routes, through botbuilder's own clients ----------------------------------


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


# -- inbound activities ----------------------------------------------------------------------


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


def test_people_mentioned_in_a_channel(emu: TeamsEmulator) -> None:
    bo, emma = emu.directory.user(BO), emu.directory.user(EMMA)
    raw = emu.activities.message(
        ANNE, "kan @Bo Nielsen se på <printeren>?", team="ydelse", mentions=[BO, emma.user_id]
    )
    assert raw["text"] == (
        "<at>IT-hjælp</at> kan <at>Bo Nielsen</at> se på <printeren>? <at>Emma Jensen</at>"
    )
    assert raw["attachments"] == [
        {
            "contentType": "text/html",
            "content": (
                f"<p>{SPAN.format(0, 'IT-hjælp')}&nbsp;kan {SPAN.format(1, 'Bo Nielsen')} se på "
                f"&lt;printeren&gt;? {SPAN.format(2, 'Emma Jensen')}</p>"
            ),
        }
    ]
    assert raw["entities"][:3] == [
        {
            "mentioned": {"id": "28:it-hjaelp", "name": "IT-hjælp"},
            "text": "<at>IT-hjælp</at>",
            "type": "mention",
        },
        {
            "type": "mention",
            "text": "<at>Bo Nielsen</at>",
            "mentioned": {"id": bo.user_id, "name": "Bo Nielsen"},
        },
        {
            "type": "mention",
            "text": "<at>Emma Jensen</at>",
            "mentioned": {"id": emma.user_id, "name": "Emma Jensen"},
        },
    ]
    assert [e["type"] for e in raw["entities"]] == ["mention"] * 3 + ["clientInfo"]

    activity = Activity().deserialize(raw)
    # The bot strips only its own mention and finds the people in what is left.
    assert TurnContext.remove_recipient_mention(activity).strip() == (
        "kan <at>Bo Nielsen</at> se på <printeren>? <at>Emma Jensen</at>"
    )
    # An inbound Entity keeps `text` and `mentioned` in additional_properties, not in serialize().
    entities = [dict(e.serialize(), **e.additional_properties) for e in activity.entities]
    people = [
        Mention().deserialize(e)
        for e in entities
        if e["type"] == "mention" and e["mentioned"]["id"] != activity.recipient.id
    ]
    assert [(m.mentioned.id, m.mentioned.name, m.text) for m in people] == [
        (bo.user_id, "Bo Nielsen", "<at>Bo Nielsen</at>"),
        (emma.user_id, "Emma Jensen", "<at>Emma Jensen</at>"),
    ]
    assert Mention().deserialize(raw["entities"][1]).mentioned.id == bo.user_id

    quiet = emu.activities.message(ANNE, "se her", team="ydelse", mention=False, mentions=[BO])
    assert quiet["text"] == "se her <at>Bo Nielsen</at>"
    assert SPAN.format(0, "Bo Nielsen") in quiet["attachments"][0]["content"]
    assert [e["type"] for e in quiet["entities"]] == ["mention", "clientInfo"]
    plain = emu.activities.message(ANNE, "hjælp", team="ydelse")
    assert plain["text"] == "<at>IT-hjælp</at> hjælp", "the bot's own mention is unchanged"
    assert len(plain["entities"]) == 2


def test_people_mentioned_in_a_personal_message(emu: TeamsEmulator) -> None:
    bo = emu.directory.user(BO)
    raw = emu.activities.message(ANNE, "@Emma Jensen og @Bo Nielsen", mentions=[BO, EMMA])
    # Mentions are numbered in the order they appear in the text.
    assert raw["text"] == "<at>Emma Jensen</at> og <at>Bo Nielsen</at>"
    assert raw["attachments"][0]["content"] == (
        f"<p>{SPAN.format(0, 'Emma Jensen')} og {SPAN.format(1, 'Bo Nielsen')}</p>"
    )
    assert [e.get("text") for e in raw["entities"]] == [
        "<at>Emma Jensen</at>",
        "<at>Bo Nielsen</at>",
        None,
    ]
    activity = Activity().deserialize(raw)
    assert TurnContext.remove_recipient_mention(activity) == raw["text"]

    alone = emu.activities.message(ANNE, "", mentions=BO)
    assert alone["text"] == "<at>Bo Nielsen</at>"
    assert alone["entities"][0]["mentioned"] == {"id": bo.user_id, "name": "Bo Nielsen"}
    with pytest.raises(KeyError):
        emu.activities.message(ANNE, "hej", mentions=["nobody@example.dk"])


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


# -- a small botbuilder bot, driven through the emulator --------------------------------------


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
