"""One retry policy for every call to Teams: it doubles its wait up to a cap and honours Teams."""

from __future__ import annotations

import pytest

from bot.retry import NOTICES, SENDS


def test_the_wait_doubles_up_to_the_cap() -> None:
    middle = lambda: 0.5  # noqa: E731 - jitter at its middle leaves the wait as computed
    assert [SENDS.delay(n, middle) for n in range(1, 9)] == [0.5, 1, 2, 4, 8, 16, 30, 30]
    assert NOTICES.delay(9, middle) == 60


def test_teams_asking_for_a_wait_is_honoured_without_jitter() -> None:
    assert SENDS.delay(3, lambda: pytest.fail("jitter asked"), retry_after=2.5) == 2.5


def test_only_what_teams_did_not_take_is_tried_again_within_the_attempts() -> None:
    assert NOTICES.may_retry(None, 1)  # not reached: nothing was sent
    assert NOTICES.may_retry(429, NOTICES.attempts - 1)
    assert not NOTICES.may_retry(429, NOTICES.attempts)
    assert not NOTICES.may_retry(400, 1)
    assert (SENDS.attempts, SENDS.max_delay, NOTICES.attempts, NOTICES.max_delay) == (5, 30, 8, 60)
