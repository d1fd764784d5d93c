"""Absences as stretches of days: overlaps, and who is away today until when."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from storage.models import Absence


def span_of(absence: Absence) -> tuple[date, date]:
    """The first and last day of an absence."""
    return date.fromisoformat(absence.first_day), date.fromisoformat(absence.last_day)


def overlaps(absence: Absence, first: date, last: date) -> bool:
    """Whether the absence shares a day with the stretch from `first` to `last`."""
    starts, ends = span_of(absence)
    return starts <= last and first <= ends


def away_until(absences: Iterable[Absence], today: date) -> dict[str, date]:
    """Everyone away today, with the last day of their absence (back-to-back ones joined)."""
    spans: dict[str, list[tuple[date, date]]] = {}
    for absence in absences:
        first, last = span_of(absence)
        if last >= today:
            spans.setdefault(absence.email, []).append((first, last))
    away = {}
    for email, stretches in spans.items():
        end = None
        for first, last in sorted(stretches):
            if end is None and first <= today:
                end = last
            elif end is not None and first <= end + timedelta(days=1):
                end = max(end, last)
        if end is not None:
            away[email] = end
    return away
