"""The Teams activity handler: turns activities into turns for the flows in dialogs/."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from http import HTTPStatus

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.teams import TeamsActivityHandler

from bot.installs import GENERAL_CHANNEL_NAME, ROSTER_PAGE, Installs
from bot.mentions import Mentions, without_bot_mention
from bot.outbox import Outbox
from bot.pipeline import Step, leave_pending, pending_of, reply_sent, run_steps
from bot.readers import (
    channel_id_of,
    conversation_ref_of,
    person_from,
    selected_channel,
    team_id_of,
    team_of,
    tenant_of,
)
from bot.sender import Sender
from dialogs.conversation import Place, Services, Turn
from dialogs.dispatch import Dispatcher
from dialogs.effects.events import Announcement
from dialogs.flows import dispatcher
from dialogs.language.texts import language_of
from storage.models import Person
from storage.repositories import InstalledTeams

# What callers import from here, though it lives in the modules above.
__all__ = [
    "GENERAL_CHANNEL_NAME",
    "ROSTER_PAGE",
    "Announcer",
    "TeamsBot",
    "conversation_ref_of",
    "person_from",
    "selected_channel",
    "team_id_of",
    "team_of",
    "tenant_of",
    "without_bot_mention",
]

# Acts on what a turn changed for others: invitations, reminders, change notices.
Announcer = Callable[[Announcement], Awaitable[None]]


class TeamsBot(TeamsActivityHandler):
    """Runs each activity through the turn's steps, then asks the flows and hands on the result."""

    def __init__(
        self,
        *,
        services: Services,
        teams: InstalledTeams,
        sender: Sender,
        outbox: Outbox,
        steps: Sequence[Step],
        announce: Announcer | None = None,
        flows: Dispatcher | None = None,
    ):
        self._services = services
        self._outbox = outbox
        self._steps = tuple(steps)
        self._announce = announce
        self._flows = flows or dispatcher()
        self._mentions = Mentions(services)
        self._installs = Installs(services=services, teams=teams, sender=sender)

    async def on_turn(self, turn_context: TurnContext) -> None:
        await run_steps(self._steps, turn_context, super().on_turn)

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
        in_channel = activity.conversation.conversation_type == "channel"
        return Turn(
            person=person,
            lang=language_of(activity.locale, person.language),
            services=self._services,
            text=text,
            locale=activity.locale or "",
            in_channel=in_channel,
            pending=pending_of(turn_context),
            place=Place(team_id=team_id_of(activity), channel_id=channel_id_of(activity))
            if in_channel
            else Place(),
            mentions=await self._mentions.read(turn_context),
        )

    async def _finish(self, turn_context: TurnContext, turn: Turn) -> None:
        answered = reply_sent(turn_context)
        replying: asyncio.Future[None] | None = None
        try:
            leave_pending(turn_context, turn.pending)
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
                await self._installs.sync_roster(turn_context, turn.place.team_id, turn.sync_roster)
            await self._outbox.deliver(turn, replied=replying)
        finally:
            if replying is not None:
                await replying  # its callback ends the answering, however it went
            # Announcements may post into this chat too; they must not wait for this turn.
            answered()
        if self._announce is not None:
            for change in turn.announcements:
                await self._announce(change)

    async def _reply(self, turn_context: TurnContext, turn: Turn) -> None:
        if turn.replies:
            activities = [
                await self._mentions.activity_of(turn_context, reply, turn.lang)
                for reply in turn.replies
            ]
            await turn_context.send_activities(activities)

    # -- installs -----------------------------------------------------------------------------

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        await self._installs.conversation_update(turn_context)

    async def on_installation_update(self, turn_context: TurnContext) -> None:
        await self._installs.installation_update(turn_context)
