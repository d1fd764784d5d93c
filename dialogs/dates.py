"""Understands when a superuser says they are away or back, and writes such days for replies."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, Literal

import dateparser
from babel.dates import format_date, format_time
from rapidfuzz.distance import OSA

from dialogs.language.intents import allowed_typos, fold

MAX_DAYS: Final = 366
# "Tilbage mandag" names the return day; a date further off more likely dates the absence itself.
RETURN_WITHIN: Final = timedelta(days=7)

# Folded like the message, so "væk" also matches "vaek" and "vek".
AWAY_WORDS: Final = tuple(
    fold(w)
    for w in (
        "væk",
        "ferie",
        "fri",
        "syg",
        "sygemeldt",
        "fraværende",
        "kursus",
        "afspadsering",
        "orlov",
        "barsel",
        "away",
        "vacation",
        "holiday",
        "off",
        "out of office",
        "sick",
        "leave",
        "ooo",
    )
)
BACK_WORDS: Final = ("tilbage", "back")
_KEYWORDS: Final[tuple[tuple[str, Literal["away", "back"]], ...]] = (
    *((w, "back") for w in BACK_WORDS),
    *((w, "away") for w in AWAY_WORDS),
)
# An absence word counts only after one of these, so "printeren er væk" is not about the writer.
FIRST_PERSON: Final = tuple(
    fold(p)
    for p in (
        "jeg er",
        "jeg holder",
        "jeg har",
        "jeg tager",
        "jeg skal",
        "jeg bliver",
        "jeg går",
        # Danish puts the verb first after a fronted time: "fredag har jeg fri".
        "er jeg",
        "har jeg",
        "holder jeg",
        "tager jeg",
        "skal jeg",
        "I'm",
        "Im",
        "I am",
        "I will be",
        "I'll be",
        "I'll",
        "I have",
    )
)
# Chat Danish often drops the subject: "holder ferie 22.-26. december", "er tilbage".
OPENING_VERBS: Final = frozenset(("er", "holder", "har", "tager", "skal", "bliver", "am"))
GREETINGS: Final = frozenset(("hej", "hejsa", "hi", "hello", "hey", "goddag", "godmorgen"))
FILLERS: Final = frozenset(
    fold(w) for w in ("på", "on", "ude", "desværre", "lige", "nok", "også", "unfortunately", "also")
)

_MONTH = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:\.|st|nd|rd|th)?"
_YEAR = r"(?:,?\s*\d{4})?"
_PIECE: Final = re.compile(
    rf"""
    (?P<week>\b(?:uge|week)\s*(?P<w1>\d{{1,2}})
        (?:\s*(?:-|–|til|to)\s*(?:uge|week)?\s*(?P<w2>\d{{1,2}})(?![./\d]))?\b)
    |(?P<relative>\b(?:i\s*dag|i\s*morgen|i\s*overmorgen|overmorgen|today|tomorrow)\b)
    |(?P<weekday>\b(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)
    |(?P<date>\b\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\b\.?
        |\b{_DAY}\s*(?:of\s+)?{_MONTH}{_YEAR}
        |\b{_MONTH}\s*{_DAY}(?!\d){_YEAR})
    |(?P<day>\b\d{{1,2}}\.?(?!\d))
    """,
    re.VERBOSE,
)
_UNTIL = r"til\s+og\s+med|t\.o\.m\.?|indtil|til|until|till|through|thru|to"
_RANGE: Final = re.compile(rf"\s*(?:-|–|—|{_UNTIL})\s*(?:den\s+|the\s+)?")
_ENDS_WITH_UNTIL: Final = re.compile(rf"\b(?:{_UNTIL})\s+(?:den\s+|the\s+|on\s+|på\s+)?$")
_ENDS_WITH_FROM: Final = re.compile(r"\b(?:fra|from)\s+(?:den\s+|the\s+)?$")


@dataclass(frozen=True)
class Absence:
    """What someone said about being away, with the days it covers or why they are unusable."""

    kind: Literal["away", "back"]
    first_day: date | None = None  # inclusive
    last_day: date | None = None  # inclusive
    problem: str = ""  # "" | "no_date" | "past" | "end_before_start" | "too_long"


def parse_absence(text: str, today: date) -> Absence | None:
    """What a message says about the writer being away or back, or None if it says neither."""
    kind = _kind(fold(text))
    if kind is None:
        return None
    span = _span(unicodedata.normalize("NFKC", text).lower(), today)
    if kind == "back":
        if span and today < span[0] <= today + RETURN_WITHIN:
            return Absence("away", today, span[0] - timedelta(days=1))
        return Absence("back")
    if span is None:
        return Absence("away", problem="no_date")
    first, last = span
    if last < first:
        problem = "end_before_start"
    elif last < today:
        problem = "past"
    elif (last - first).days >= MAX_DAYS:
        problem = "too_long"
    else:
        problem = ""
    return Absence("away", first, last, problem)


def _kind(folded: str) -> Literal["away", "back"] | None:
    """Whether the writer says they are away or back, from the first such word about themselves."""
    words = folded.split()
    for i in range(len(words)):
        for keyword, kind in _KEYWORDS:
            said = " ".join(words[i : i + keyword.count(" ") + 1])
            if OSA.distance(said, keyword) <= allowed_typos(keyword) and _about_writer(words[:i]):
                return kind
    return None


def _about_writer(before: list[str]) -> bool:
    """Whether the words before an absence word make it about the writer, not about a printer."""
    while before and before[-1] in FILLERS:
        before = before[:-1]
    while before and before[0] in GREETINGS:
        before = before[1:]
    lead = " ".join(before)
    return (
        not lead or lead in OPENING_VERBS or any(f" {lead}".endswith(f" {p}") for p in FIRST_PERSON)
    )


def _span(text: str, today: date) -> tuple[date, date] | None:
    """The first and last day the first date expression in a message covers."""
    pieces = list(_PIECE.finditer(text))
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if following and _RANGE.fullmatch(text[piece.end() : following.start()]):
            last = _day(following, today)
            first = _start_in_month_of(piece, last) if piece["day"] else _day(piece, today)
            if first and last:
                return first, last
        if piece["week"]:
            span = _weeks(int(piece["w1"]), int(piece["w2"] or piece["w1"]), today)
        else:
            day = _day(piece, today)
            span = (day, day) if day else None
        if span is None:
            continue
        before = text[pieces[i - 1].end() if i else 0 : piece.start()]
        if _ENDS_WITH_UNTIL.search(before):
            return today, span[1]
        if _ENDS_WITH_FROM.search(before):
            return None  # a start without an end leaves the end to ask for
        return span
    return None


def _day(piece: re.Match[str], today: date) -> date | None:
    """The day one date expression means, on or after today unless it names a year."""
    said = piece.group().rstrip(".")
    if piece["relative"]:
        return today + timedelta(days=2 if "over" in said else 1 if "mor" in said else 0)
    if piece["day"] or piece["week"]:
        return None  # a lone number is a time or a count, not a date
    said = re.sub(r"(\d)\.(\d)", r"\1/\2", said)  # "22.12" is a date here, not 22:12
    named_year = re.search(r"\d{4}|\d[./]\d{1,2}[./]\d", said) is not None
    settings: dict[str, object] = {
        # "future" alone skips today itself, so count from yesterday.
        "RELATIVE_BASE": datetime(today.year, today.month, today.day) - timedelta(days=1),
        "DATE_ORDER": "DMY",
    }
    if not named_year:
        settings["PREFER_DATES_FROM"] = "future"  # with a two-digit year it would add a century
    if not piece["weekday"]:
        settings["REQUIRE_PARTS"] = ["day", "month"]
    parsed = dateparser.parse(said, languages=["da", "en"], settings=settings)
    return parsed.date() if parsed else None


def _start_in_month_of(piece: re.Match[str], end: date | None) -> date | None:
    """The start of '22.-26. december', which takes its month and year from the end."""
    if end is None:
        return None
    try:
        return end.replace(day=int(piece.group().rstrip(".")))
    except ValueError:
        return None


def _weeks(first: int, last: int, today: date) -> tuple[date, date] | None:
    """Monday of ISO week `first` to Sunday of week `last`, the first such weeks not yet over."""
    start = _week_monday(first, today)
    if start is None:
        return None
    end = _week_monday(last, start)
    return (start, end + timedelta(days=6)) if end else None


def _week_monday(week: int, not_before: date) -> date | None:
    """Monday of the first ISO week with this number that ends on or after a day."""
    # Week 53 exists only in some years, up to six years apart.
    for year in range(not_before.year - 1, not_before.year + 7):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if monday + timedelta(days=6) >= not_before:
            return monday
    return None


def format_day(day: date, lang: str, today: date | None = None) -> str:
    """'fredag den 4. december' or 'Friday 4 December', with the year if it is not this year."""
    pattern = "EEEE d MMMM" if lang == "en" else "EEEE 'den' d. MMMM"
    if today is not None and day.year != today.year:
        pattern += " y"
    return format_date(day, pattern, locale="en" if lang == "en" else "da")


def find_day(text: str, today: date) -> tuple[date, int, int] | None:
    """The first date a text names, on or after today unless it names a year, and where it is."""
    lowered = unicodedata.normalize("NFKC", text).lower()
    for piece in _PIECE.finditer(lowered):
        day = _day(piece, today) if not piece["week"] else None
        if day is not None:
            return day, piece.start(), piece.end()
    return None


def format_clock(moment: datetime, lang: str) -> str:
    """'09.00' in Danish, '09:00' in English."""
    return format_time(moment, "HH:mm" if lang == "en" else "HH.mm", locale=lang)


def format_moment(moment: datetime, lang: str, today: date | None = None) -> str:
    """'tirsdag den 8. december kl. 09.00' or 'Tuesday 8 December at 09:00'."""
    clock = format_clock(moment, lang)
    day = format_day(moment.date(), lang, today)
    return f"{day} at {clock}" if lang == "en" else f"{day} kl. {clock}"


def format_period(start: datetime, end: datetime, lang: str, today: date | None = None) -> str:
    """'tirsdag den 8. december kl. 09.00–12.00', with the end's day when it ends another day."""
    if end.date() != start.date():
        return f"{format_moment(start, lang, today)} – {format_moment(end, lang, today)}"
    return f"{format_moment(start, lang, today)}–{format_clock(end, lang)}"


def format_span(first: date, last: date, lang: str, today: date | None = None) -> str:
    """'fra tirsdag den 22. december til og med lørdag den 26. december', or one day."""
    if first == last:
        return format_day(first, lang, today)
    start, end = format_day(first, lang, today), format_day(last, lang, today)
    return f"from {start} to {end}" if lang == "en" else f"fra {start} til og med {end}"
