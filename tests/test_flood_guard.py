"""More than ten new cases a minute from one person: the bot asks them to wait instead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dialogs.flood_guard import MAX_NEW_CASES, too_many
from tests.chat import Someone
from tests.conftest import ANNE, EMMA, RunningBot

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def seconds_ago(*seconds: float) -> list[datetime]:
    return [NOW - timedelta(seconds=s) for s in seconds]


def test_ten_cases_in_a_minute_are_fine_the_eleventh_waits() -> None:
    assert not too_many([], NOW)
    assert not too_many(seconds_ago(*range(0, 54, 6))[:9], NOW)
    assert too_many(seconds_ago(*range(0, 60, 6)), NOW)


def test_only_the_last_minute_counts() -> None:
    old = seconds_ago(*range(60, 600, 6))
    assert not too_many(old, NOW), "cases a minute or more ago do not count"
    assert not too_many(old + seconds_ago(1, 2, 3), NOW)
    assert too_many(seconds_ago(*range(50)), NOW)
    assert not too_many(seconds_ago(*range(50)), NOW + timedelta(minutes=2))


def test_the_limit_and_window_can_be_chosen() -> None:
    assert too_many(seconds_ago(1, 2), NOW, limit=2)
    assert not too_many(seconds_ago(1, 2), NOW, limit=3)
    assert not too_many(seconds_ago(10, 20), NOW, limit=2, window=timedelta(seconds=15))


async def test_a_flood_of_reports_gets_a_polite_answer_instead_of_cases(
    bot: RunningBot, anne: Someone
) -> None:
    cases = bot.stored.cases
    for n in range(1, MAX_NEW_CASES + 1):
        await anne.says(f"problem med printeren nummer {n}")
        assert f"sag #{n}" in anne.last_reply
        bot.clock.advance(seconds=2)
    await anne.says("problem med skærmen")
    assert anne.last_reply.startswith("Du har oprettet mange sager på meget kort tid")
    assert len(cases.of_requester(ANNE)) == MAX_NEW_CASES, "no eleventh case was opened"

    emma = Someone(bot.emulator, EMMA)
    await emma.says("problem with the screen")
    assert "case #11" in emma.last_reply, "the guard is per person"
    await emma.says("problem with the printer")
    await emma.says("problem with outlook")

    bot.clock.advance(minutes=1)
    await anne.says("problem med skærmen")
    assert "sag #14" in anne.last_reply, "a minute later Anne can report again"
