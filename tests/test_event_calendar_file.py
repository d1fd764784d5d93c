"""Each event has a calendar file to add it to Outlook, in Copenhagen time."""

from __future__ import annotations

from datetime import datetime

import aiohttp
import pytest
from icalendar import Calendar

from tests import event_planning
from tests.chat import Someone
from tests.conftest import COPENHAGEN, RunningBot
from tests.event_planning import plan

# The shared fixtures, which pytest finds by these names.
mette = event_planning.mette


async def test_the_ics_file_has_the_right_times_in_copenhagen(
    bot: RunningBot, mette: Someone
) -> None:
    event = await plan(bot, mette)
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event.event_id}.ics") as response,
    ):
        assert response.status == 200
        assert response.content_type == "text/calendar"
        body = await response.read()
    calendar = Calendar.from_ical(body)
    [item] = calendar.walk("VEVENT")
    start, end = item.decoded("dtstart"), item.decoded("dtend")
    assert start == datetime(2026, 12, 8, 9, tzinfo=COPENHAGEN)
    assert end == datetime(2026, 12, 8, 12, tzinfo=COPENHAGEN)
    assert str(item["dtstart"].params["TZID"]) == "Europe/Copenhagen"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    assert str(item["summary"]) == "Momentum-opdatering"
    assert str(item["location"]) == "mødelokale 2"


async def test_a_recurring_meeting_s_ics_repeats(bot: RunningBot, mette: Someone) -> None:
    event = await plan(bot, mette, "opret møde superbrugermøde første tirsdag i måneden kl. 10")
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event.event_id}.ics") as response,
    ):
        [item] = Calendar.from_ical(await response.read()).walk("VEVENT")
    assert item.decoded("dtstart") == datetime(2026, 12, 1, 10, tzinfo=COPENHAGEN)
    assert item["rrule"].to_ical() == b"FREQ=MONTHLY;BYDAY=+1TU"


@pytest.mark.parametrize("event_id", ["ffffffffffff", "nope", "..%2F..%2Fetc", "A" * 300])
async def test_an_unknown_calendar_file_is_a_clean_404(bot: RunningBot, event_id: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event_id}.ics") as response,
    ):
        assert response.status == 404
        assert (await response.json())["error"]["code"] == "NoSuchEvent"
