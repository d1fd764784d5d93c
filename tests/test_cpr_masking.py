"""Properties of CPR masking: every real CPR number is hidden, nothing else is touched."""

from __future__ import annotations

from datetime import date

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


@given(
    text=st.one_of(
        TEXT,
        st.tuples(TEXT, DAYS, SERIALS, st.sampled_from(SEPARATORS), TEXT).map(
            lambda p: f"{p[0]}{cpr(p[1], p[2], p[3])}{p[4]}"
        ),
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
