"""How many new cases one person may open in a short time, before the bot asks them to wait."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final

# Nobody has eleven real problems in a minute; a stuck key or a script does.
MAX_NEW_CASES: Final = 10
WINDOW: Final = timedelta(minutes=1)


def too_many(
    opened: Iterable[datetime],
    now: datetime,
    *,
    limit: int = MAX_NEW_CASES,
    window: timedelta = WINDOW,
) -> bool:
    """Whether one more case now would make more than `limit` within `window`."""
    since = now - window
    recent = sum(1 for at in opened if since < at <= now)
    return recent >= limit
