"""Reminders of course days and meetings come at their moments, once, across restarts."""

from __future__ import annotations

import logging

import pytest

from tests.chat import Someone, buttons
from tests.conftest import ANNE, BO, METTE, PETER, RunningBot

MOMENTUM = (
    "opret kursusdag Momentum-opdatering 8. december kl 9-12 i mødelokale 2 "
    "for Team Ydelse og Team Unge"
)
REMINDER = (
    "Påmindelse: du er tilmeldt kursusdagen «Momentum-opdatering» tirsdag den 8. december "
    "kl. 09.00–12.00. Sted: mødelokale 2."
)


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)


async def plan(mette: Someone, text: str) -> None:
    turn = await mette.says(text)
    await mette.clicks("Opret", on=turn.replies[0])


def reminders_to(bot: RunningBot, email: str) -> list[str]:
    conversation = bot.emulator.personal_conversation_id(email)
    return [r.text for r in bot.emulator.recorded(conversation) if r.text.startswith("Påmind")]


async def signed_up_course(bot: RunningBot, mette: Someone, anne: Someone) -> None:
    """Momentum on Tuesday 8 December 09:00, with Anne signed up and Peter only invited."""
    await anne.says("hej")
    await Someone(bot.emulator, PETER).says("hej")
    await plan(mette, MOMENTUM)
    conversation = bot.emulator.personal_conversation_id(ANNE)
    [card] = [r for r in bot.emulator.recorded(conversation) if "Tilmeld" in buttons(r)]
    await anne.clicks("Tilmeld", on=card)


async def test_a_course_day_s_reminders_come_once_each_across_restarts(
    bot: RunningBot, mette: Someone, anne: Someone
) -> None:
    await signed_up_course(bot, mette, anne)
    # Monday 30 November 09:00: the week-ahead reminder is due Tuesday 1 December 09:00.
    assert await bot.wait(hours=23, minutes=59) == []
    [fired] = await bot.wait(minutes=1)
    assert fired.endswith(":10080")
    assert reminders_to(bot, ANNE) == [REMINDER]

    await bot.restart()
    assert len(bot.scheduled()) == 2, "rebuilt from storage, the sent one left out"
    assert await bot.wait(days=5, hours=23, minutes=59) == []
    [fired] = await bot.wait(minutes=1)  # Monday 7 December 09:00
    assert fired.endswith(":1440")
    await bot.restart()
    assert await bot.wait(hours=22, minutes=59) == []
    [fired] = await bot.wait(minutes=1)  # Tuesday 8 December 08:00
    assert fired.endswith(":60")
    await bot.restart()
    assert bot.scheduled() == []
    assert await bot.wait(days=30) == []
    assert reminders_to(bot, ANNE) == [REMINDER] * 3
    assert reminders_to(bot, PETER) == [], "only the signed-up are reminded of a course day"


async def test_a_recurring_meeting_reminds_every_month(bot: RunningBot, mette: Someone) -> None:
    bo = Someone(bot.emulator, BO)
    await bo.says("hej")
    await plan(mette, "opret møde superbrugermøde første tirsdag i måneden kl. 10")
    start = bot.clock.now
    moments: list[object] = []
    # First Tuesdays: 1 December 10:00 and 5 January 10:00. The week-ahead reminder for
    # 1 December was due before the meeting was planned, so it never comes.
    for step in [{"hours": 1}, {"hours": 23}, {"days": 28, "hours": 1}, {"days": 6}, {"hours": 23}]:
        if await bot.wait(**step, minutes=-1):
            moments.append("early")
        fired = await bot.wait(minutes=1)
        moments.append((str(bot.clock.now - start), [f.rsplit(":", 1)[1] for f in fired]))
        await bot.restart()
    assert moments == [
        ("1:00:00", ["1440"]),  # Monday 30 November 10:00
        ("1 day, 0:00:00", ["60"]),  # Tuesday 1 December 09:00
        ("29 days, 1:00:00", ["10080"]),  # Tuesday 29 December 10:00
        ("35 days, 1:00:00", ["1440"]),  # Monday 4 January 10:00
        ("36 days, 0:00:00", ["60"]),  # Tuesday 5 January 09:00
    ]
    december = "Påmindelse: mødet «superbrugermøde» er tirsdag den 1. december kl. 10.00–11.00."
    january = "Påmindelse: mødet «superbrugermøde» er tirsdag den 5. januar{} kl. 10.00–11.00."
    assert reminders_to(bot, BO) == [
        december,
        december,
        january.format(" 2027"),  # written in December, so with the year
        january.format(""),
        january.format(""),
    ]
    assert reminders_to(bot, ANNE) == [], "an employee is not invited to the superuser meeting"


async def test_a_reminder_missed_while_down_is_sent_at_start(
    bot: RunningBot, mette: Someone, anne: Someone
) -> None:
    await signed_up_course(bot, mette, anne)
    await bot.stop()
    bot.clock.advance(days=2)  # the week-ahead reminder fell due while the bot was down
    await bot.start()
    [fired] = await bot.wait(seconds=1)
    assert fired.endswith(":10080")
    assert reminders_to(bot, ANNE) == [REMINDER]
    await bot.restart()
    assert await bot.wait(seconds=1) == []
    assert reminders_to(bot, ANNE) == [REMINDER], "not twice"


async def test_of_several_missed_reminders_only_the_latest_is_sent(
    bot: RunningBot, mette: Someone, anne: Someone
) -> None:
    await signed_up_course(bot, mette, anne)
    await bot.stop()
    bot.clock.advance(days=7, hours=3)  # Monday 7 December 12:00: two reminders missed
    await bot.start()
    [fired] = await bot.wait(seconds=1)
    assert fired.endswith(":1440")
    assert reminders_to(bot, ANNE) == [REMINDER]


async def test_a_reminder_missed_until_the_event_began_is_dropped_and_logged(
    bot: RunningBot, mette: Someone, anne: Someone, caplog: pytest.LogCaptureFixture
) -> None:
    await signed_up_course(bot, mette, anne)
    await bot.stop()
    bot.clock.advance(days=8, hours=1)  # Tuesday 8 December 10:00: the course has begun
    with caplog.at_level(logging.WARNING, logger="dialogs.effects.reminding"):
        await bot.start()
    dropped = [r for r in caplog.records if "the event has begun" in r.getMessage()]
    assert len(dropped) == 3
    assert await bot.wait(days=1) == []
    assert reminders_to(bot, ANNE) == []
    caplog.clear()
    await bot.restart()
    assert not [r for r in caplog.records if "dropped" in r.getMessage()], "logged once"


async def test_who_declines_a_meeting_is_not_reminded(bot: RunningBot, mette: Someone) -> None:
    bo = Someone(bot.emulator, BO)
    sara = Someone(bot.emulator, "sara.lund@jobcenter.varde.example")
    await bo.says("hej")
    await sara.says("hej")
    await plan(mette, "opret møde Status 3. december kl 13-14 for superbrugere og stedfortrædere")
    conversation = bot.emulator.personal_conversation_id(BO)
    [card] = [r for r in bot.emulator.recorded(conversation) if "Afmeld" in buttons(r)]
    await bo.clicks("Afmeld", on=card)
    assert bo.last_reply.startswith("Fint, jeg noterer, at du ikke deltager i «Status»")
    assert len(await bot.wait(days=3, hours=4)) == 2  # a day and an hour before
    assert reminders_to(bot, BO) == []
    assert (
        reminders_to(bot, "sara.lund@jobcenter.varde.example")
        == ["Påmindelse: mødet «Status» er torsdag den 3. december kl. 13.00–14.00."] * 2
    )
