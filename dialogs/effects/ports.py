"""How the core's effects reach Teams and the scheduler; bot/ implements both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from dialogs.conversation import Reply

# A reply built in the language of whoever receives it.
ReplyFor = Callable[[str], Reply]


class Messenger(Protocol):
    """Sends what the core decided to send; it never decides who or when."""

    async def send_1to1(self, email: str, build: ReplyFor, what: str) -> bool:
        """1:1 in the person's language; False when they cannot be reached."""
        ...

    async def post_in_channel(self, team_key: str, reply: Reply) -> bool:
        """A new post in the team's case channel; False when it has none the bot can use."""
        ...


class Timers(Protocol):
    """Runs something later: the kind's handler gets the job id and `data`."""

    def schedule_reminder(self, job_id: str, at: datetime, kind: str, **data: Any) -> None:
        """Run at `at`; scheduling the same id again moves it."""
        ...

    def cancel(self, job_id: str) -> None:
        """Drop a job that has not run yet; nothing happens if there is none."""
        ...

    def remind_before_event(
        self, reminder_id: str, at: datetime, event_id: str, occurrence: str
    ) -> None:
        """Remind an event's people at `at` of the occurrence that starts at `occurrence`."""
        ...

    def remind_before_deadline(self, task_id: str, at: datetime) -> None:
        """Remind whoever has a task at `at`."""
        ...

    def forget_event(self, event_id: str) -> None:
        """Drop every reminder of an event not yet sent."""
        ...

    def forget_task(self, task_id: str) -> None:
        """Drop a task's reminder if it has not been sent."""
        ...

    def job_ids(self) -> list[str]:
        """The one-off jobs still to come."""
        ...
