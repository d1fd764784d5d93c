"""Superusers' free-text absence messages, typos included, become the right days."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.dates import Absence, format_day, format_span, parse_absence

SUNDAY = date(2026, 11, 29)
FRIDAY = date(2026, 12, 4)
WEDNESDAY = date(2026, 12, 2)


def away(first: str, last: str, problem: str = "") -> Absence:
    return Absence("away", date.fromisoformat(first), date.fromisoformat(last), problem)


@pytest.mark.parametrize(
    "text",
    [
        "tilbage igen",
        "Tilbage!",
        "jeg er tilbage",
        "er tilbage",
        "Jeg er tilbage fra ferie",
        "back again",
        "I'm back",
        "i am back",
        "Im back",
        "tilbge igen",
    ],
)
def test_back(text: str) -> None:
    assert parse_absence(text, SUNDAY) == Absence("back")


def test_back_on_a_later_day_means_away_until_then() -> None:
    assert parse_absence("jeg er tilbage på onsdag", SUNDAY) == away("2026-11-29", "2026-12-01")
    assert parse_absence("back tomorrow", SUNDAY) == away("2026-11-29", "2026-11-29")
    assert parse_absence("tilbage i dag", SUNDAY) == Absence("back")


def test_back_after_dated_absence_is_back() -> None:
    after_new_year = date(2027, 1, 4)
    assert parse_absence("Jeg er tilbage efter ferien 22/12-2/1", after_new_year) == Absence("back")


@pytest.mark.parametrize(
    "text",
    [
        "jeg er væk til og med fredag",
        "væk til fredag",
        "jeg er væk indtil fredag",
        "Jeg er væk t.o.m. fredag",
        "I'm away until Friday",
        "out of office until 4 December",
        "away until Dec 4",
        "OOO till Friday",
        "jeg er vaek til fredag",
        "Hej, jeg er på kursus til og med fredag den 4. december",
        "jeg er væk til fredag den 4/12",
    ],
)
def test_away_until(text: str) -> None:
    assert parse_absence(text, SUNDAY) == away("2026-11-29", "2026-12-04")


def test_until_a_weekday_counts_today() -> None:
    assert parse_absence("væk til og med fredag", FRIDAY) == away("2026-12-04", "2026-12-04")
    assert parse_absence("væk til fredag", WEDNESDAY) == away("2026-12-02", "2026-12-04")
    assert parse_absence("væk til tirsdag", WEDNESDAY) == away("2026-12-02", "2026-12-08")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("ferie 22.-26. december", "2026-12-22", "2026-12-26"),
        ("ferie 22-26 dec", "2026-12-22", "2026-12-26"),
        ("ferie 22. til 26. december", "2026-12-22", "2026-12-26"),
        ("ferie fra den 22. til den 26. december", "2026-12-22", "2026-12-26"),
        ("ferie fra 22. december til 2. januar", "2026-12-22", "2027-01-02"),
        ("holiday 22-26 December", "2026-12-22", "2026-12-26"),
        ("on vacation from Dec 22 to Jan 2", "2026-12-22", "2027-01-02"),
        ("I'm on vacation December 22nd – January 2nd", "2026-12-22", "2027-01-02"),
        ("ferie 22/12-2/1", "2026-12-22", "2027-01-02"),
        ("ferie 22.12-2.1", "2026-12-22", "2027-01-02"),
        ("ferie 22.12.-26.12.", "2026-12-22", "2026-12-26"),
        ("ferie 22-26/12", "2026-12-22", "2026-12-26"),
        ("jeg holder ferie 22. december - 2. januar", "2026-12-22", "2027-01-02"),
        ("holder ferie 22.–26. dec.", "2026-12-22", "2026-12-26"),
        ("ferie 2.-5. januar", "2027-01-02", "2027-01-05"),
        ("ferie 22.-26. december 2027", "2027-12-22", "2027-12-26"),
        ("syg fra i dag til onsdag", "2026-11-29", "2026-12-02"),
        ("fri mandag til onsdag", "2026-11-30", "2026-12-02"),
        ("feire 22.-26. december", "2026-12-22", "2026-12-26"),
        ("hollday 22-26 December", "2026-12-22", "2026-12-26"),
    ],
)
def test_ranges(text: str, first: str, last: str) -> None:
    assert parse_absence(text, SUNDAY) == away(first, last)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("syg i dag", "2026-11-29"),
        ("Jeg er syg idag", "2026-11-29"),
        ("væk i morgen", "2026-11-30"),
        ("I'm off tomorrow", "2026-11-30"),
        ("jeg er væk i overmorgen", "2026-12-01"),
        ("fri på mandag", "2026-11-30"),
        ("off on Monday", "2026-11-30"),
        ("på kursus torsdag", "2026-12-03"),
        ("jeg er væk den 3. december", "2026-12-03"),
        ("I'll be on leave 3 Dec", "2026-12-03"),
        ("I will be sick on Thursday", "2026-12-03"),
        ("afspadsering søndag", "2026-11-29"),
        ("I morgen er jeg syg", "2026-11-30"),
        ("Fredag har jeg fri", "2026-12-04"),
        ("jeg er væk den 29. november", "2026-11-29"),
        ("jeg er fraværende 28. november", "2027-11-28"),
    ],
)
def test_single_days(text: str, day: str) -> None:
    assert parse_absence(text, SUNDAY) == away(day, day)


def test_a_range_that_has_begun_keeps_its_start() -> None:
    christmas_eve = date(2026, 12, 24)
    assert parse_absence("ferie 22.-26. december", christmas_eve) == away(
        "2026-12-22", "2026-12-26"
    )


def test_weekday_is_the_next_one_and_today_counts() -> None:
    assert parse_absence("fri fredag", FRIDAY) == away("2026-12-04", "2026-12-04")
    assert parse_absence("fri torsdag", FRIDAY) == away("2026-12-10", "2026-12-10")
    assert parse_absence("fri mandag", WEDNESDAY) == away("2026-12-07", "2026-12-07")
    assert parse_absence("fri onsdag", WEDNESDAY) == away("2026-12-02", "2026-12-02")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("ferie uge 52", "2026-12-21", "2026-12-27"),
        ("ferei uge 52", "2026-12-21", "2026-12-27"),
        ("holiday week 52", "2026-12-21", "2026-12-27"),
        ("væk i uge 1", "2027-01-04", "2027-01-10"),
        ("ferie uge 52-1", "2026-12-21", "2027-01-10"),
        ("barsel uge 2 til uge 4", "2027-01-11", "2027-01-31"),
        ("ferie uge 53", "2026-12-28", "2027-01-03"),
        ("ferie uge 48", "2026-11-23", "2026-11-29"),  # the week has not ended yet
        ("jeg er væk til og med uge 49", "2026-11-29", "2026-12-06"),
    ],
)
def test_week_numbers(text: str, first: str, last: str) -> None:
    assert parse_absence(text, SUNDAY) == away(first, last)


def test_week_one_at_the_turn_of_the_year() -> None:
    # 29 December 2026 lies in ISO week 53 of 2026, so week 1 is the coming one.
    assert parse_absence("ferie uge 1", date(2026, 12, 29)) == away("2027-01-04", "2027-01-10")
    assert parse_absence("ferie uge 53", date(2027, 1, 1)) == away("2026-12-28", "2027-01-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("væk 3. november 2026", away("2026-11-03", "2026-11-03", "past")),
        ("ferie 3.-5. november 2026", away("2026-11-03", "2026-11-05", "past")),
        ("væk 3/11/26", away("2026-11-03", "2026-11-03", "past")),
        ("ferie 26.-22. december", away("2026-12-26", "2026-12-22", "end_before_start")),
        ("ferie 1/12/2026-1/12/2027", away("2026-12-01", "2027-12-01")),
        ("ferie 1/12/2026-2/12/2027", away("2026-12-01", "2027-12-02", "too_long")),
    ],
)
def test_problems(text: str, expected: Absence) -> None:
    assert parse_absence(text, SUNDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "jeg er væk",
        "jeg holder ferie",
        "I'm on holiday",
        "ferie",
        "Syg",
        "jeg er væk fra mandag",  # a start without an end
        "jeg er væk 3 dage",
        "jeg er væk fra kl. 12",
    ],
)
def test_away_without_a_date(text: str) -> None:
    assert parse_absence(text, SUNDAY) == Absence("away", problem="no_date")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "printeren er væk",
        "min mus er væk i dag",
        "min skærm er sort i dag",
        "Momentum er nede til fredag",
        "problem med printeren",
        "hvem er min superbruger",
        "tak",
        "hej",
        "kan du hjælpe mig i morgen",
        "tilføj superbruger Sara",
        "jeg er ikke syg",
        "is the printer off?",
        "gå tilbage",
        "jeg har en fri licens",
    ],
)
def test_not_about_absence(text: str) -> None:
    assert parse_absence(text, SUNDAY) is None


def test_format_day() -> None:
    day = date(2026, 12, 4)
    assert format_day(day, "da") == "fredag den 4. december"
    assert format_day(day, "en") == "Friday 4 December"
    assert format_day(day, "da", today=SUNDAY) == "fredag den 4. december"
    assert format_day(date(2027, 1, 2), "da", SUNDAY) == "lørdag den 2. januar 2027"
    assert format_day(date(2027, 1, 2), "en", SUNDAY) == "Saturday 2 January 2027"


def test_format_span() -> None:
    first, last = date(2026, 12, 22), date(2026, 12, 26)
    assert format_span(first, last, "da", SUNDAY) == (
        "fra tirsdag den 22. december til og med lørdag den 26. december"
    )
    assert format_span(first, last, "en") == "from Tuesday 22 December to Saturday 26 December"
    assert format_span(FRIDAY, FRIDAY, "da") == "fredag den 4. december"
    assert format_span(FRIDAY, FRIDAY, "en") == "Friday 4 December"
