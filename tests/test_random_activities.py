"""Random and hostile activities: never a 5xx, the bot stays up, what it refuses stores nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import choose_language, choose_team, follow_case, report_problem, sign_up
from tests.chat import Someone
from tests.conftest import ANNE, RunningBot, with_tenants
from tests.hostile_activities import activities
from tests.hostile_values import PEOPLE

# `make test` runs a few hundred examples; `make fuzz` runs ten thousand (the `fuzz` profile).

# What an employee may do with a card; anything else from them must leave the records alone.
EMPLOYEE_ACTIONS = frozenset(
    {
        choose_language.NAME,
        choose_team.NAME,
        report_problem.NAME,
        follow_case.FEEDBACK,
        sign_up.SIGN_UP,
        sign_up.SIGN_OFF,
        "notice_ack",
    }
)
# Records that only the people a flow allows may change; people, chats and dialog state are
# what every accepted message updates.
RECORDS = ("cases", "events", "tasks", "board", "notices", "team_links", "team_changes")
# Our own refusals of an activity (not Teams' refusal of our reply, which comes after the turn).
REFUSED_CODES = frozenset(
    {"BadJson", "BadActivity", "Unauthorized", "TenantNotAllowed", "UnsupportedMediaType"}
)


def pressed_button(activity: dict[str, Any]) -> str:
    """The card action an activity claims, '?' for one that is no name, '' for no card."""
    value = activity.get("value")
    if activity.get("type") == "message" and value is not None:
        action = value.get("action") if isinstance(value, dict) else None
    elif activity.get("type") == "invoke" and activity.get("name") == "adaptiveCard/action":
        card = value.get("action") if isinstance(value, dict) else None
        action = card.get("verb") if isinstance(card, dict) else None
    else:
        return ""
    return action if isinstance(action, str) else "?"


def sender(activity: dict[str, Any]) -> str:
    found = activity.get("from")
    return str(found.get("id")) if isinstance(found, dict) else ""


def snapshot(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*.json"))}


def records(files: dict[str, bytes]) -> dict[str, Any]:
    """The records employees may not change, from every data file."""
    found = {}
    for name, content in files.items():
        tables = json.loads(content)
        found.update({f"{name}:{t}": tables[t] for t in RECORDS if t in tables})
    return found


async def post(bot: RunningBot, activity: dict[str, Any]) -> tuple[int, Any]:
    # ASCII escapes carry lone surrogates as Teams' JSON could; they are no valid UTF-8.
    raw = json.dumps(activity, ensure_ascii=True).encode()
    turn = await bot.emulator.post(None, raw=raw)
    return turn.status, turn.body


async def healthy(bot: RunningBot) -> bool:
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/healthz") as response:
        return response.status == 200


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_random_activities_never_break_the_bot(bot: RunningBot, data: st.DataObject) -> None:
    if bot.stored.cases.get(1) is None:
        # Only the demo tenant is let in, so a changed tenant is refused; something for forged
        # buttons to aim at: a case, and the bot in Team Ydelse.
        bot.settings = with_tenants(bot.settings, bot.emulator.directory.tenant_id)
        await bot.restart()
        await bot.emulator.install_in_team("ydelse")
        await Someone(bot.emulator, ANNE).says("problem med printeren")
    activity = data.draw(activities(bot))
    # Employees, and people the bot does not know, may only press their own kind of button.
    helpers = {bot.emulator.directory.user(email).user_id for email in PEOPLE[2:]}
    unprivileged = sender(activity) not in helpers
    action = pressed_button(activity)
    before = snapshot(bot.settings.data_dir)

    status, body = await post(bot, activity)

    assert status < 500, f"{status} {body} for {json.dumps(activity)[:2000]}"
    after = snapshot(bot.settings.data_dir)
    code = body.get("error", {}).get("code") if isinstance(body, dict) else None
    if code in REFUSED_CODES:
        assert after == before, f"refused ({code}) but stored something"
    elif unprivileged and action and action not in EMPLOYEE_ACTIONS:
        assert records(after) == records(before), f"{sender(activity)} changed records: {action!r}"
    assert await healthy(bot)
