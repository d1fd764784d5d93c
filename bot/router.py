"""The Teams activity handler: turns activities into turns for the flows in dialogs/."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from http import HTTPStatus
from typing import Any, Final

import requests
from botbuilder.core import InvokeResponse, PrivateConversationState, TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.schema import Activity, ChannelAccount, Mention
from botframework.connector import Channels
from msrest.exceptions import ClientException

from bot.activities import to_activity, with_mentions
from bot.connector import as_json
from bot.outbox import Outbox
from bot.sender import Sender, SendFailed
from dialogs import link_team, welcome
from dialogs.conversation import Mentioned, Place, Reply, Services, Turn
from dialogs.dispatch import Dispatcher, dispatcher
from dialogs.effects.events import Announcement
from dialogs.language.texts import language_of
from dialogs.org_file import Team as OrgTeam
from storage.models import Channel, ConversationRef, InstalledTeam, Person
from storage.repositories import ConversationRefs, InstalledTeams
from storage.state_store import ETagConflict

_LOGGER = logging.getLogger(__name__)

# Acts on what a turn changed for others: invitations, reminders, change notices.
Announcer = Callable[[Announcement], Awaitable[None]]

# Teams pages rosters; this is the largest page it serves.
ROSTER_PAGE: Final = 500

GENERAL_CHANNEL_NAME: Final = "General"


def _part(data: object, key: str) -> dict[str, Any]:
    """A nested object of Teams' channelData, or {} when it is missing or not an object."""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def tenant_of(activity: Activity) -> str:
    """The Entra tenant, which Teams puts in channelData (conversation.tenant_id stays None)."""
    return str(_part(activity.channel_data, "tenant").get("id") or "")


def team_of(activity: Activity) -> dict[str, Any]:
    """The Teams team an activity happened in: {'id', 'name', 'aadGroupId'}, or {}."""
    return _part(activity.channel_data, "team")


def team_id_of(activity: Activity) -> str:
    """The id of the Teams team an activity happened in, or '' outside teams."""
    return str(team_of(activity).get("id") or "")


def selected_channel(activity: Activity) -> str:
    """The channel the installer chose in Teams' install dialog, else the event's channel."""
    chosen = _part(_part(activity.channel_data, "settings"), "selectedChannel")
    return str(chosen.get("id") or _part(activity.channel_data, "channel").get("id") or "")


class TeamsBot(TeamsActivityHandler):
    def __init__(
        self,
        *,
        services: Services,
        teams: InstalledTeams,
        references: ConversationRefs,
        sender: Sender,
        outbox: Outbox,
        dialog_state: PrivateConversationState,
        announce: Announcer | None = None,
        flows: Dispatcher | None = None,
    ):
        self._services = services
        self._teams = teams
        self._references = references
        self._sender = sender
        self._outbox = outbox
        self._dialog_state = dialog_state
        self._announce = announce
        self._flows = flows or dispatcher()
        self._pending = dialog_state.create_property("pending")
        # Teams sends two install events at once; one lock per team keeps the welcome single.
        self._install_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def on_turn(self, turn_context: TurnContext) -> None:
        await self._remember(turn_context)
        await super().on_turn(turn_context)
        try:
            await self._dialog_state.save_changes(turn_context)
        except ETagConflict:
            # Two messages from one person at once (a double click): the first one's state stands.
            _LOGGER.info(
                "dialog state of %s changed during the turn", turn_context.activity.from_property.id
            )

    # -- messages and card buttons ------------------------------------------------------------

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        text = without_bot_mention(activity)
        turn = await self._turn(turn_context, text=(text or "").strip())
        if activity.value is not None:
            self._flows.on_card(turn, activity.value)
        else:
            self._flows.on_text(turn)
        await self._finish(turn_context, turn)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        activity = turn_context.activity
        if activity.name != "adaptiveCard/action":
            return InvokeResponse(
                status=HTTPStatus.BAD_REQUEST,
                body={"error": {"code": "UnsupportedInvoke", "message": str(activity.name)}},
            )
        value = activity.value if isinstance(activity.value, dict) else {}
        action = value.get("action") if isinstance(value.get("action"), dict) else {}
        data = action.get("data") if isinstance(action.get("data"), dict) else {}
        turn = await self._turn(turn_context)
        self._flows.on_card(turn, {**data, "action": action.get("verb")})
        await self._finish(turn_context, turn)
        return InvokeResponse(
            status=HTTPStatus.OK,
            body={
                "statusCode": 200,
                "type": "application/vnd.microsoft.activity.message",
                "value": next((r.text for r in turn.replies if r.text), ""),
            },
        )

    async def _turn(self, turn_context: TurnContext, *, text: str = "") -> Turn:
        activity = turn_context.activity
        person = self._services.people.get(activity.from_property.id) or Person(
            user_id=activity.from_property.id
        )
        pending = await self._pending.get(turn_context, None)
        in_channel = activity.conversation.conversation_type == "channel"
        return Turn(
            person=person,
            lang=language_of(activity.locale, person.language),
            services=self._services,
            text=text,
            locale=activity.locale or "",
            in_channel=in_channel,
            pending=pending if isinstance(pending, dict) else None,
            place=Place(
                team_id=team_id_of(activity),
                channel_id=_part(activity.channel_data, "channel").get("id") or "",
            )
            if in_channel
            else Place(),
            mentions=await self._mentioned(turn_context),
        )

    async def _mentioned(self, turn_context: TurnContext) -> tuple[Mentioned, ...]:
        """People the writer @mentioned (not the bot), with their e-mail from Teams' roster."""
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else ""
        found = []
        for entity in activity.entities or []:
            if (entity.type or "").lower() != "mention":
                continue
            mention = Mention().deserialize(
                dict(entity.serialize(), **entity.additional_properties)
            )
            who = mention.mentioned
            if who is None or not who.id or who.id == bot_id:
                continue
            person = self._services.people.get(who.id) or Person(
                user_id=who.id, name=who.name or ""
            )
            if not person.email:
                person = await self._from_roster(turn_context, person)
                if person.email:
                    self._services.people.upsert(person)
            found.append(
                Mentioned(user_id=who.id, name=who.name or person.name, email=person.email)
            )
        return tuple(found)

    async def _finish(self, turn_context: TurnContext, turn: Turn) -> None:
        # Work the flow started in the background (an IT notice's live report) may be ready
        # before the reply; until the reply is out, it waits.
        answered = self._sender.answering.begin(turn_context.activity.conversation.id)
        replying: asyncio.Future[None] | None = None
        try:
            await self._pending.set(turn_context, turn.pending)
            if turn.in_channel or not turn.changed_cases:
                # In a channel a new post would sit beside the reply, so it follows. Without a
                # case card to post, nothing gains from going alongside.
                await self._reply(turn_context, turn)
                answered()
            else:
                # The flow has stored everything, so a new case's channel card need not wait for
                # the reply; the outbox holds back whatever could land in the reply's chat.
                replying = asyncio.ensure_future(self._reply(turn_context, turn))
                replying.add_done_callback(lambda _: answered())
            if turn.sync_roster:
                await self._sync_roster(turn_context, turn.place.team_id, turn.sync_roster)
            await self._outbox.deliver(turn, replied=replying)
        finally:
            if replying is not None:
                await replying  # its callback ends the answering, however it went
            answered()
        if self._announce is not None:
            for change in turn.announcements:
                await self._announce(change)

    async def _reply(self, turn_context: TurnContext, turn: Turn) -> None:
        if turn.replies:
            activities = [
                await self._with_mentions(turn_context, reply, turn.lang) for reply in turn.replies
            ]
            await turn_context.send_activities(activities)

    async def _with_mentions(self, turn_context: TurnContext, reply: Reply, lang: str) -> Activity:
        """The reply as an activity whose <at>Name</at> tags notify the people they name."""
        mentioned = [
            (self._services.name_of(email), await self._user_id_of(turn_context, email))
            for email in dict.fromkeys(reply.mentions)
        ]
        return with_mentions(to_activity(reply, lang), mentioned)

    async def _user_id_of(self, turn_context: TurnContext, email: str) -> str:
        known = self._services.people.by_email(email)
        if known is not None:
            return known.user_id
        try:
            # Teams finds a member by UPN too, which is what the org file names people by.
            member = await TeamsInfo.get_member(turn_context, email)
        except ClientException:
            return ""
        self._services.people.upsert(person_from(member, tenant_of(turn_context.activity)))
        return member.id

    # -- installs -----------------------------------------------------------------------------

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.channel_id != Channels.ms_teams:
            return
        bot_id = activity.recipient.id
        # A personal install also sends installationUpdate, which welcomes; this would be twice.
        if activity.conversation.conversation_type == "personal":
            return
        if any(m.id == bot_id for m in activity.members_added or []):
            await self._installed(turn_context)
        elif any(m.id == bot_id for m in activity.members_removed or []):
            await self._uninstalled(turn_context)
        elif activity.members_added and team_id_of(activity):
            await self._members_joined(turn_context, [m.id for m in activity.members_added])

    async def on_installation_update(self, turn_context: TurnContext) -> None:
        action = turn_context.activity.action
        if action == "add":
            await self._installed(turn_context)
        elif action == "remove":
            await self._uninstalled(turn_context)
        elif action == "add-upgrade" and team_id_of(turn_context.activity):
            # A new app version: refresh what we know of the team, but greet nobody again.
            team_id = team_id_of(turn_context.activity)
            await self._store_team(turn_context, team_id)
            for org_team in self._services.organisation.linked_to(team_id):
                await self._sync_roster(turn_context, team_id, org_team.key)
        # "remove-upgrade" is the old version leaving during an update; nobody left.

    async def _installed(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        team_id = team_id_of(activity)
        if not team_id:
            await self._welcome_person(turn_context)
            return
        async with self._install_locks[team_id]:
            team = await self._store_team(turn_context, team_id)
            if team.welcomed:
                return
            channel_id = selected_channel(activity) or team_id
            organisation = self._services.organisation
            org_team = link_team.link_by_name(organisation, team.name, team_id, channel_id)
            linked = organisation.linked_to(team_id)
            if org_team is None and len(linked) == 1:
                org_team = linked[0]  # linked before, kept on reinstall
            lang = self._services.org.language
            if org_team is not None:
                link = organisation.link_of(org_team)
                # A reinstall keeps the case channel people chose; the welcome says so there.
                channel_id = link.channel_id if link and link.team_id == team_id else channel_id
                await self._sync_roster(turn_context, team_id, org_team.key)
                reply = welcome.team_welcome(team.name, self._services.org, org_team.name)
            else:
                card = link_team.question(self._services, lang, team.name).card
                reply = replace(welcome.team_welcome(team.name, self._services.org), card=card)
            try:
                await self._sender.start_thread(
                    activity.service_url,
                    team.tenant_id,
                    channel_id,
                    to_activity(reply, lang),
                )
            except SendFailed:
                _LOGGER.exception("could not post the welcome in team %s", team.name)
                return
            self._teams.mark_welcomed(team_id, channel_id)
            _LOGGER.info("installed in team %s, welcome posted in %s", team.name, channel_id)

    async def _store_team(self, turn_context: TurnContext, team_id: str) -> InstalledTeam:
        activity = turn_context.activity
        name, aad_group_id, channels = str(team_of(activity).get("name") or ""), "", ()
        client = await TeamsInfo.get_teams_connector_client(turn_context)
        try:
            # The SDK's Teams client blocks on `requests`; a thread keeps other chats moving.
            details = await asyncio.to_thread(client.teams.get_team_details, team_id)
            listed = await asyncio.to_thread(client.teams.get_teams_channels, team_id)
        except (ClientException, requests.RequestException) as error:
            # Keep what the event itself says; the next install event or message fills in more.
            _LOGGER.warning("could not read team %s from Teams: %s", team_id, error)
        else:
            name, aad_group_id = details.name or name, details.aad_group_id or ""
            channels = tuple(
                Channel(channel_id=c.id, name=c.name or GENERAL_CHANNEL_NAME)
                for c in listed.conversations or []
            )
        known = self._teams.get(team_id)
        team = replace(
            known or InstalledTeam(team_id=team_id),
            name=name,
            aad_group_id=aad_group_id,
            tenant_id=tenant_of(activity),
            service_url=activity.service_url,
            channels=channels,
            installed=True,
        )
        return self._teams.upsert(team)

    async def _sync_roster(self, turn_context: TurnContext, team_id: str, org_team: str) -> None:
        """Read the Teams team's roster, page by page: who is who, and who works in `org_team`."""
        organisation = self._services.organisation
        team = self._services.org.team(org_team)
        if team is None or not team_id:
            return
        if len(organisation.linked_to(team_id)) > 1:
            # Several org teams share this Teams team; its roster cannot tell them apart.
            return
        members: list[Any] = []
        token = None
        try:
            while True:
                page = await TeamsInfo.get_paged_team_members(
                    turn_context, team_id, token, ROSTER_PAGE
                )
                members.extend(page.members or [])
                token = page.continuation_token
                if not token:
                    break
        except ClientException as error:
            _LOGGER.warning("could not read the roster of team %s: %s", team_id, error)
        added = self._remember_members(turn_context, members, team)
        _LOGGER.info(
            "roster of %s: %d people, %d new in %s", team_id, len(members), added, org_team
        )

    async def _members_joined(self, turn_context: TurnContext, user_ids: list[str]) -> None:
        """Newcomers in a linked Teams team join its org team, unless the org file says so."""
        team_id = team_id_of(turn_context.activity)
        linked = self._services.organisation.linked_to(team_id)
        members = []
        for user_id in user_ids:
            try:
                members.append(await TeamsInfo.get_member(turn_context, user_id))
            except ClientException as error:
                _LOGGER.info("Teams does not know new member %s: %s", user_id, error)
        self._remember_members(turn_context, members, linked[0] if len(linked) == 1 else None)

    def _remember_members(
        self, turn_context: TurnContext, members: list[Any], team: OrgTeam | None
    ) -> int:
        """Keep roster members' ids, names and e-mails, and put newcomers in `team`: one write."""
        people = self._services.people
        with people.batch():
            tenant = tenant_of(turn_context.activity)
            emails = [people.upsert(person_from(member, tenant)).email for member in members]
            return self._services.organisation.add_roster(emails, team) if team else 0

    async def _welcome_person(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.conversation.conversation_type != "personal":
            return
        person = self._services.people.get(activity.from_property.id)
        name = person.name if person else activity.from_property.name or ""
        lang = language_of(activity.locale, person.language if person else "")
        reply = welcome.personal_welcome(name.split(" ")[0], lang, self._services.org)
        await turn_context.send_activity(to_activity(reply, lang))

    async def _uninstalled(self, turn_context: TurnContext) -> None:
        team_id = team_id_of(turn_context.activity)
        if team_id:
            self._teams.mark_uninstalled(team_id)
            _LOGGER.info("removed from team %s", team_id)

    # -- what every activity leaves behind ------------------------------------------------------

    async def _remember(self, turn_context: TurnContext) -> None:
        """Keep the conversation reference and who the sender is, for proactive messages later."""
        activity = turn_context.activity
        conversation = activity.conversation
        sender = activity.from_property
        if conversation is None or not conversation.id or sender is None or not sender.id:
            return
        self._references.save(conversation_ref_of(activity))
        if sender.id == (activity.recipient.id if activity.recipient else None):
            return
        await self._remember_person(turn_context, sender)

    async def _remember_person(self, turn_context: TurnContext, sender: ChannelAccount) -> None:
        activity = turn_context.activity
        known = self._services.people.get(sender.id) or Person(user_id=sender.id)
        person = replace(
            known,
            name=sender.name or known.name,
            aad_object_id=sender.aad_object_id or known.aad_object_id,
            locale=activity.locale or known.locale,
            tenant_id=tenant_of(activity) or known.tenant_id,
        )
        if not person.email or not person.name:
            person = await self._from_roster(turn_context, person)
        self._services.people.upsert(person)

    async def _from_roster(self, turn_context: TurnContext, person: Person) -> Person:
        """E-mail (or UPN) and name from Teams' roster; once Teams has answered, they are kept."""
        try:
            member = await TeamsInfo.get_member(turn_context, person.user_id)
        except ClientException as error:
            _LOGGER.info("Teams does not know member %s here: %s", person.user_id, error)
            return person
        found = person_from(member, person.tenant_id)
        return replace(
            person,
            email=person.email or found.email,
            name=person.name or found.name,
            aad_object_id=person.aad_object_id or found.aad_object_id,
        )


def without_bot_mention(activity: Activity) -> str:
    """The message's text without its @mention of the bot."""
    # botbuilder's remove_recipient_mention fails on a mention without a name and reads the
    # name as a regular expression; this takes the mention's own text out, literally.
    text = activity.text or ""
    bot_id = activity.recipient.id if activity.recipient else ""
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        found = dict(entity.serialize(), **entity.additional_properties)
        mentioned = found.get("mentioned") if isinstance(found.get("mentioned"), dict) else {}
        if not bot_id or mentioned.get("id") != bot_id:
            continue
        name = mentioned.get("name")
        tag = found.get("text") or (f"<at>{name}</at>" if isinstance(name, str) and name else "")
        if isinstance(tag, str) and tag:
            text = text.replace(tag, "")
    return text


def conversation_ref_of(activity: Activity) -> ConversationRef:
    """Where to reach the activity's conversation later, as the bot keeps it."""
    reference = as_json(TurnContext.get_conversation_reference(activity))
    # The message id changes with every message; keeping it would rewrite the file each time.
    reference.pop("activityId", None)
    kind = activity.conversation.conversation_type or "personal"
    return ConversationRef(
        conversation_id=activity.conversation.id,
        conversation_type=kind,
        reference=reference,
        user_id=activity.from_property.id if kind == "personal" else "",
        team_id=team_id_of(activity),
        tenant_id=tenant_of(activity),
        service_url=activity.service_url or "",
    )


def person_from(member: Any, tenant_id: str) -> Person:
    """A Teams roster entry as a person; without an e-mail, the UPN Teams always has."""
    return Person(
        user_id=member.id,
        name=member.name or "",
        email=(member.email or member.user_principal_name or "").lower(),
        aad_object_id=member.aad_object_id or "",
        tenant_id=tenant_id,
    )
