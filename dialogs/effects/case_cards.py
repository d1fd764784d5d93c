"""Where a case's card is shown, what stands above it, and when a solved case closes itself."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from typing import Final

from dialogs import follow_case
from dialogs.conversation import Services, Turn
from dialogs.effects.ports import Timers
from dialogs.language.texts import text
from dialogs.route_case import SUPERUSERS
from storage.models import Case

CLOSE_CASE: Final = "case.close"


def in_channel(case: Case) -> bool:
    """Whether the card belongs in the team's case channel: the superusers take it there."""
    return case.routed_to == SUPERUSERS and case.status != "merged"


def seen_in_channel(case: Case, services: Services) -> set[str]:
    """The helpers who follow the case in its channel, so need no card of their own."""
    team = services.org.team(case.team)
    return set(team.superusers + team.deputies) if team else set()


def direct(case: Case, reached: Iterable[str], covered: set[str]) -> list[str]:
    """The helpers who still need the card 1:1: not in the channel, not reached already."""
    done = covered | set(reached)
    return [helper for helper in case.helpers if helper not in done]


def headline(case: Case, services: Services, lang: str, to: str) -> tuple[str, tuple[str, ...]]:
    """The text above the card, and whom it @mentions: in the channel, the helpers who act."""
    requester = services.name_of(case.requester)
    if to:
        return text("case.post.direct", lang, number=case.number, requester=requester), ()
    helpers = tuple(h for h in case.helpers if h)
    tags = "".join(f"<at>{services.name_of(h)}</at> " for h in helpers)
    key = "case.post.urgent" if case.urgent else "case.post.channel"
    return text(key, lang, who=tags, number=case.number, requester=requester), helpers


def plan_close(turn: Turn, case: Case, timers: Timers) -> None:
    """A solved case closes by itself when its reopening window ends; any other case does not."""
    job = f"case-close-{case.number}"
    at = follow_case.closes_at(turn, case)
    if at is None:
        timers.cancel(job)
    else:
        timers.schedule_reminder(job, at.astimezone(UTC), CLOSE_CASE, case=case.number)
