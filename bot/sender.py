"""Proactive messages to Teams: to a stored conversation, or as a new post in a channel."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TypeVar

from aiohttp import ClientConnectorError
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
)
from botframework.connector import Channels
from msrest.exceptions import ClientRequestError, HttpOperationError

from bot.connector import as_json
from bot.retry import SENDS, RetryPolicy

_LOGGER = logging.getLogger(__name__)

T = TypeVar("T")


class SendFailed(RuntimeError):
    """Teams did not accept a message after every allowed attempt."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status = status  # Teams' last HTTP status; None when it could not be reached
        self.retry_after = retry_after  # seconds Teams asked us to wait, if it said


def status_of(error: Exception) -> int | None:
    response = getattr(error, "response", None)
    return getattr(response, "status_code", None) or getattr(response, "status", None)


def retry_after(error: Exception) -> float | None:
    """Seconds from the Retry-After header, when Teams sent one."""
    headers = getattr(getattr(error, "response", None), "headers", None) or {}
    raw = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return max(0.0, float(raw)) if raw is not None else None
    except ValueError:
        return None


class Answering:
    """The chats in which a turn is still answering its person.

    A proactive message into such a chat (an IT notice's live report, say) waits until the
    answer is out, so the chat reads in the order things happened.
    """

    def __init__(self) -> None:
        self._open: dict[str, list[asyncio.Event]] = {}
        # Only for chats someone asked about with waiting(): a busy bot keeps no event per chat.
        self._waiting: dict[str, asyncio.Event] = {}

    def begin(self, conversation_id: str) -> Callable[[], None]:
        """Mark the chat as being answered; call what this returns once the answer is out."""
        done = asyncio.Event()
        self._open.setdefault(conversation_id, []).append(done)

        def end() -> None:
            if done.is_set():
                return
            done.set()
            still = self._open.get(conversation_id, [])
            still.remove(done)
            if not still:
                self._open.pop(conversation_id, None)

        return end

    def waiting(self, conversation_id: str) -> asyncio.Event:
        """Set when a message into the chat next has to wait for an answer there."""
        return self._waiting.setdefault(conversation_id, asyncio.Event())

    async def over(self, conversation_id: str) -> None:
        """Until every turn answering in the chat now has answered."""
        answering = list(self._open.get(conversation_id, ()))
        if answering and conversation_id in self._waiting:
            self._waiting.pop(conversation_id).set()
        for done in answering:
            await done.wait()


class Sender:
    """Sends outside a turn, honouring Retry-After and backing off with jitter."""

    def __init__(
        self,
        adapter: CloudAdapter,
        app_id: str,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        attempts: int | None = None,
        answering: Answering | None = None,
        policy: RetryPolicy = SENDS,
    ):
        self._adapter = adapter
        # Shared by every sender of the app, so none of them cuts in before a turn's answer.
        self.answering = answering or Answering()
        # continue_conversation needs some app id, even in local mode where none is registered.
        self._app_id = app_id or "it-hjaelp-local"
        self._sleep = sleep
        self._jitter = jitter
        # One attempt lets a caller with its own queue and pacing decide about retries.
        self._policy = policy if attempts is None else replace(policy, attempts=attempts)

    async def send(self, reference: dict, activity: Activity) -> str:
        """Send into a known conversation; returns the new activity id."""
        ref = ConversationReference().deserialize(reference)
        await self._after_answers(ref)
        sent: list[str] = []

        async def callback(context: TurnContext) -> None:
            response = await context.send_activity(activity)
            sent.append(response.id if response else "")

        await self._with_retries(
            lambda: self._adapter.continue_conversation(ref, callback, self._app_id),
            what=f"message to {ref.conversation.id if ref.conversation else '?'}",
        )
        return sent[-1] if sent else ""

    async def update(self, reference: dict, activity_id: str, activity: Activity) -> None:
        """Replace a message the bot sent earlier, e.g. a card whose state changed."""
        ref = ConversationReference().deserialize(reference)
        await self._after_answers(ref)
        activity.id = activity_id

        async def callback(context: TurnContext) -> None:
            await context.update_activity(activity)

        await self._with_retries(
            lambda: self._adapter.continue_conversation(ref, callback, self._app_id),
            what=f"update of {activity_id}",
        )

    async def delete(self, reference: dict, activity_id: str) -> None:
        """Take back a message the bot sent earlier."""
        ref = ConversationReference().deserialize(reference)
        await self._after_answers(ref)

        async def callback(context: TurnContext) -> None:
            await context.delete_activity(activity_id)

        await self._with_retries(
            lambda: self._adapter.continue_conversation(ref, callback, self._app_id),
            what=f"delete of {activity_id}",
        )

    async def start_thread(
        self, service_url: str, tenant_id: str, channel_id: str, activity: Activity
    ) -> tuple[str, str]:
        """Post a new message in a channel; returns the thread's conversation id and activity id."""
        params = ConversationParameters(
            is_group=True,
            channel_data={"channel": {"id": channel_id}, "tenant": {"id": tenant_id}},
            activity=activity,
            tenant_id=tenant_id,
        )
        created: list[tuple[str, str]] = []

        async def callback(context: TurnContext) -> None:
            conversation_id = context.activity.conversation.id
            created.append((conversation_id, conversation_id.rpartition("messageid=")[2]))

        await self._with_retries(
            lambda: self._adapter.create_conversation(
                self._app_id, callback, params, Channels.ms_teams, service_url
            ),
            what=f"post in channel {channel_id}",
        )
        return created[-1]

    async def open_chat(self, service_url: str, tenant_id: str, user_id: str) -> dict:
        """Start the 1:1 chat with someone who has not written to the bot; its reference."""
        params = ConversationParameters(
            is_group=False,
            members=[ChannelAccount(id=user_id)],
            channel_data={"tenant": {"id": tenant_id}},
            tenant_id=tenant_id,
        )
        created: list[str] = []

        async def callback(context: TurnContext) -> None:
            created.append(context.activity.conversation.id)

        await self._with_retries(
            lambda: self._adapter.create_conversation(
                self._app_id, callback, params, Channels.ms_teams, service_url
            ),
            what=f"1:1 chat with {user_id}",
        )
        return as_json(
            ConversationReference(
                bot=ChannelAccount(id=self._app_id),
                user=ChannelAccount(id=user_id),
                conversation=ConversationAccount(
                    id=created[-1], conversation_type="personal", tenant_id=tenant_id
                ),
                channel_id=Channels.ms_teams,
                service_url=service_url,
            )
        )

    def thread_reference(self, service_url: str, tenant_id: str, conversation_id: str) -> dict:
        """Where to send later to reach a channel thread the bot started."""
        return as_json(
            ConversationReference(
                bot=ChannelAccount(id=self._app_id),
                conversation=ConversationAccount(
                    id=conversation_id,
                    is_group=True,
                    conversation_type="channel",
                    tenant_id=tenant_id,
                ),
                channel_id=Channels.ms_teams,
                service_url=service_url,
            )
        )

    async def _after_answers(self, ref: ConversationReference) -> None:
        if ref.conversation is not None and ref.conversation.id:
            await self.answering.over(ref.conversation.id)

    async def _with_retries(self, operation: Callable[[], Awaitable[T]], *, what: str) -> T:
        policy = self._policy
        for attempt in range(1, policy.attempts + 1):
            try:
                return await operation()
            except HttpOperationError as error:
                status = status_of(error)
                if not policy.retryable(status) or policy.gives_up(attempt):
                    raise SendFailed(
                        f"{what}: Teams answered {status}",
                        status=status,
                        retry_after=retry_after(error),
                    ) from error
                delay = policy.delay(attempt, self._jitter, retry_after(error))
                _LOGGER.warning(
                    "%s: Teams answered %s, retry %d in %.1f s", what, status, attempt, delay
                )
            except ClientRequestError as error:
                # Only a refused connection is safe to retry: nothing was sent, so nothing doubles.
                refused = isinstance(error.__cause__, ClientConnectorError)
                if not refused or policy.gives_up(attempt):
                    raise SendFailed(f"{what}: {error}") from error
                delay = policy.delay(attempt, self._jitter)
                _LOGGER.warning("%s: %s, retry %d in %.1f s", what, error, attempt, delay)
            await self._sleep(delay)
        raise AssertionError("unreachable")
