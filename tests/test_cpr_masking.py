"""CPR masking: every real CPR number is hidden, and nothing else is touched."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.read_problem import CPR_MASK, mask_cpr

# Characters a CPR number may be written with between birth date and serial.
SEPARATORS = ("", "-", " ", "–", "‑", "\u00a0")
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
SERIALS = st.integers(min_value=0, max_value=9999).map(lambda n: f"{n:04d}")
# Free text around a number: any Unicode, digits and dashes included.
TEXT = st.text(max_size=60)


def cpr(day: date, serial: str, separator: str) -> str:
    return f"{day:%d%m%y}{separator}{serial}"


def calendar_day(ddmmyy: str) -> bool:
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


@st.composite
def not_a_birth_date(draw: st.DrawFn) -> str:
    """Six digits that are no day of any year: day 00 or over 31, month 00 or over 12, 30 Feb…"""
    ddmmyy = draw(st.integers(min_value=0, max_value=999999).map(lambda n: f"{n:06d}"))
    if calendar_day(ddmmyy):
        # 29 February of a non-leap year is the trickiest one to leave alone.
        ddmmyy = draw(st.sampled_from(["290201", "300290", "000190", "321290", "011390"]))
    return ddmmyy


@given(before=TEXT, after=TEXT, day=DAYS, serial=SERIALS, separator=st.sampled_from(SEPARATORS))
def test_every_cpr_number_in_any_text_is_masked(
    before: str, after: str, day: date, serial: str, separator: str
) -> None:
    number = cpr(day, serial, separator)
    masked, count = mask_cpr(f"{before} {number} {after}")
    assert number not in masked
    assert f" {CPR_MASK} " in masked
    assert count >= 1


@given(
    words=st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=20),
            st.integers(min_value=0, max_value=10**8 - 1).map(str),  # case numbers, phones
            not_a_birth_date().flatmap(
                lambda ddmmyy: st.tuples(st.sampled_from(SEPARATORS), SERIALS).map(
                    lambda rest: ddmmyy + rest[0] + rest[1]
                )
            ),
        ),
        max_size=12,
    )
)
def test_text_without_a_cpr_number_is_unchanged(words: list[str]) -> None:
    # A comma keeps two numbers apart; "310190 1234" written as two words would be a CPR number.
    text = ", ".join(words)
    assert mask_cpr(text) == (text, 0)


CPR_NUMBERS = st.tuples(DAYS, SERIALS, st.sampled_from(SEPARATORS)).map(lambda p: cpr(*p))
# Numbers written right up against each other, where masking one must not uncover another.
CLOSE_NUMBERS = st.lists(
    st.tuples(CPR_NUMBERS, st.sampled_from(["-", "/", ".", " ", "", "1", "x"])).map("".join),
    min_size=2,
    max_size=4,
).map("".join)


@given(
    text=st.one_of(
        TEXT,
        st.tuples(TEXT, CPR_NUMBERS, TEXT).map("".join),
        CLOSE_NUMBERS,
    )
)
def test_masking_twice_changes_nothing_more(text: str) -> None:
    once, _ = mask_cpr(text)
    assert mask_cpr(once) == (once, 0)


@given(day=DAYS, serial=SERIALS, separator=st.sampled_from(SEPARATORS), copies=st.integers(1, 5))
def test_each_number_is_counted(day: date, serial: str, separator: str, copies: int) -> None:
    text = ", ".join([cpr(day, serial, separator)] * copies)
    assert mask_cpr(text) == (", ".join([CPR_MASK] * copies), copies)


def test_the_oldest_and_newest_days_are_real() -> None:
    assert mask_cpr(cpr(date(1900, 1, 1), "0001", "-"))[1] == 1
    assert mask_cpr(cpr(date(2099, 12, 31), "9999", ""))[1] == 1


@pytest.mark.parametrize(
    ("text", "masked", "count"),
    [
        ("120190-1234", "XXXXXX-XXXX", 1),
        ("1201901234", "XXXXXX-XXXX", 1),
        ("120190 1234", "XXXXXX-XXXX", 1),
        ("120190–1234", "XXXXXX-XXXX", 1),
        ("120190\u20111234", "XXXXXX-XXXX", 1),
        ("120190\u00a01234", "XXXXXX-XXXX", 1),
        ("cpr 120190-1234 og 311299-4321", "cpr XXXXXX-XXXX og XXXXXX-XXXX", 2),
        ("borger (010203-1234) venter", "borger (XXXXXX-XXXX) venter", 1),
        ("cpr:1201901234.", "cpr:XXXXXX-XXXX.", 1),
        ("290200-1234", "XXXXXX-XXXX", 1),  # 2000 was a leap year
        ("290296-1234", "XXXXXX-XXXX", 1),
        ("290201-1234", "290201-1234", 0),
        ("310490-1234", "310490-1234", 0),  # April has 30 days
        ("320190-1234", "320190-1234", 0),
        ("001290-1234", "001290-1234", 0),
        ("121390-1234", "121390-1234", 0),
        ("120090-1234", "120090-1234", 0),
        ("ring 7994 0000", "ring 7994 0000", 0),
        ("+45 7994 0000", "+45 7994 0000", 0),
        ("+45 12345678", "+45 12345678", 0),
        ("sag #42", "sag #42", 0),
        ("fra 08-12-2026", "fra 08-12-2026", 0),
        ("12 01 90 12 34", "12 01 90 12 34", 0),
        ("12019012345", "12019012345", 0),
        ("912019012345", "912019012345", 0),
        ("1201901", "1201901", 0),
        ("120190-123", "120190-123", 0),
        ("120190-12345", "120190-12345", 0),
        ("", "", 0),
    ],
)
def test_mask_cpr(text: str, masked: str, count: int) -> None:
    assert mask_cpr(text) == (masked, count)


def test_every_real_day_is_masked_in_every_form() -> None:
    day = date(1999, 1, 1)
    while day <= date(2000, 12, 31):
        digits = day.strftime("%d%m%y")
        for number in (f"{digits}-4711", f"{digits}4711", f"{digits} 4711"):
            assert mask_cpr(f"cpr {number} tak") == ("cpr XXXXXX-XXXX tak", 1), number
        day += timedelta(days=1)


def test_leap_days_are_masked_only_in_leap_years() -> None:
    for year in range(100):
        text = f"2902{year:02d}-1234"
        assert mask_cpr(text)[1] == (1 if year % 4 == 0 else 0), text


def test_days_that_do_not_exist_are_left_alone() -> None:
    real = {(d.day, d.month) for d in (date(2000, 1, 1) + timedelta(n) for n in range(366))}
    for month in range(100):
        for day in range(100):
            text = f"{day:02d}{month:02d}96-1234"
            expected = (day, month) in real
            assert (mask_cpr(text)[1] == 1) == expected, text


def test_numbers_around_a_cpr_number_make_it_something_else() -> None:
    for before in ("1", "12-", "1/", "1."):
        assert mask_cpr(f"{before}120190-1234")[1] == 0, before
    for after in ("5", "-5", "/5", ".5"):
        assert mask_cpr(f"120190-1234{after}")[1] == 0, after
    for around in (" ", "(", "cpr:", "\n", "nr. "):
        assert mask_cpr(f"{around}120190-1234")[1] == 1, around
