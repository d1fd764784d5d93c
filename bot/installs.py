"""Installs and uninstalls in teams and personal chats, and reading Teams teams' rosters."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from dataclasses import replace
from typing import Any, Final

import requests
from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botframework.connector import Channels
from msrest.exceptions import ClientException

from bot.activities import to_activity
from bot.readers import person_from, selected_channel, team_id_of, team_of, tenant_of
from bot.sender import Sender, SendFailed
from dialogs import link_team, welcome
from dialogs.conversation import Services
from dialogs.language.texts import language_of
from dialogs.org_file import Team as OrgTeam
from storage.models import Channel, InstalledTeam
from storage.repositories import InstalledTeams

_LOGGER = logging.getLogger(__name__)

# Teams pages rosters; this is the largest page it serves.
ROSTER_PAGE: Final = 500

GENERAL_CHANNEL_NAME: Final = "General"


class Installs:
    """What the bot does when it is added to or removed from a team or chat, or people join."""

    def __init__(self, *, services: Services, teams: InstalledTeams, sender: Sender):
        self._services = services
        self._teams = teams
        self._sender = sender
        # Teams sends two install events at once; one lock per team keeps the welcome single.
        self._install_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def conversation_update(self, turn_context: TurnContext) -> None:
        """Members added or removed: the bot itself (an install or uninstall), or newcomers."""
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

    async def installation_update(self, turn_context: TurnContext) -> None:
        """The app added, removed or upgraded in a team or personal chat."""
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
                await self.sync_roster(turn_context, team_id, org_team.key)
        # "remove-upgrade" is the old version leaving during an update; nobody left.

    async def sync_roster(self, turn_context: TurnContext, team_id: str, org_team: str) -> None:
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
                await self.sync_roster(turn_context, team_id, org_team.key)
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
