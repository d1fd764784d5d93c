"""CPR numbers (Danish personal ID numbers) hidden before a message is kept or passed on."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

CPR_MASK: Final = "XXXXXX-XXXX"
# ddmmyy then four digits, with or without a dash or space, not inside a longer number.
_CPR: Final = re.compile(
    r"(?<![\d])(?<!\d[-–/.])(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{2})[-–‑\u00a0 ]?\d{4}(?![\d])"
    r"(?![-–/.]\d)"
)


def mask_cpr(text: str) -> tuple[str, int]:
    """The text with every CPR-like number as XXXXXX-XXXX, and how many were masked."""
    count = 0

    def mask(found: re.Match[str]) -> str:
        nonlocal count
        if not _calendar_day(found["day"], found["month"], found["year"]):
            return found.group()
        count += 1
        return CPR_MASK

    return _CPR.sub(mask, text), count


def _calendar_day(day: str, month: str, year: str) -> bool:
    """Whether dd, mm and yy name a real day in this century or the last."""
    try:
        # A two-digit year is a leap year in one of the centuries exactly when 2000 + yy is.
        date(2000 + int(year), int(month), int(day))
    except ValueError:
        return False
    return True
