"""One reminder job per open case for its next escalation step, rebuilt from storage at start."""

from __future__ import annotations

import logging
from typing import Any

from bot.outbox import Outbox
from bot.scheduler import Reminders
from dialogs import watch_cases
from dialogs.conversation import Services
from dialogs.effects import case_steps
from storage.models import Case

_LOGGER = logging.getLogger(__name__)


class CaseWatch:
    """Runs each open case's next step when the core's plan says it is due."""

    def __init__(self, services: Services, outbox: Outbox, reminders: Reminders):
        self._services = services
        self._outbox = outbox
        self._reminders = reminders
        reminders.on(case_steps.WATCH, self._fire)
        outbox.case_listeners.append(self.schedule)
        # New thresholds or working hours move every case's next step, sooner or later.
        services.organisation.reload_listeners.append(self.restore)

    def restore(self) -> None:
        """Every open case's next step, from what TinyDB holds: at start and after a reload."""
        case_steps.restore(self._services, self._reminders)

    def schedule(self, case: Case) -> None:
        case_steps.schedule(case, self._services, self._reminders)

    async def _fire(self, _job_id: str, data: dict[str, Any]) -> None:
        number = int(data["case"])
        turn = self._outbox.system_turn()
        # Steps caught up after a restart come in a row: store them together, before anyone hears.
        with self._services.cases.batch():
            taken = watch_cases.run_due(turn, number)
        await self._outbox.deliver(turn)
        case = self._services.cases.get(number)
        if case is not None:
            # Also when nothing was due: a job that fired early must come back at the right time.
            self.schedule(case)
        _LOGGER.info("case %d watched: %s", number, ", ".join(taken) or "nothing due")
