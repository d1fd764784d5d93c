"""The msrest speed-up keeps Microsoft's retry policy exactly as it was."""

from __future__ import annotations

from msrest.universal_http.requests import ClientRetryPolicy

from bot.app import speed_up_client_setup


def test_retry_policy_is_unchanged_by_the_speed_up() -> None:
    safe = [i for i in range(500) if i != 408] + [501, 505]
    expected = [i for i in range(999) if i not in safe]
    speed_up_client_setup()
    speed_up_client_setup()  # idempotent: every app created in a process calls it
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    assert ClientRetryPolicy().policy.status_forcelist == expected
