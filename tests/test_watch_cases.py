"""Automatic escalation on the working-hours clock: in order, exactly once, across restarts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from dialogs.org_file import Organisation
from dialogs.watch_cases import next_step
from storage.models import Case, CaseEvent
from tests.chat import Someone
from tests.conftest import ANNE, BO, EMMA, METTE, PETER, SARA, RunningBot
from tests.test_handle_case import card_of, chat_of

LADDER = ["opened", "auto_reminded", "auto_deputy", "auto_project_lead"]
# Then the project lead is reminded, the IT lead gets it, and is reminded twice.
LEADS_LADDER = ["lead_reminded", "auto_it_lead", "lead_reminded", "lead_reminded_again"]


@pytest.fixture
async def case(bot: RunningBot, anne: Someone) -> Recorded:
    """Monday 30 November 09:00: Anne reports a printer problem, and nobody takes it."""
    await bot.emulator.install_in_team("ydelse")
    await Someone(bot.emulator, METTE).says("hej")
    await anne.says("problem med printeren")
    return card_of(bot, 1)


def history(bot: RunningBot, number: int = 1) -> list[str]:
    return [e.what for e in bot.stored.cases.get(number).history]


def thread_texts(bot: RunningBot, case: Recorded) -> list[str]:
    return [
        r.text
        for r in bot.emulator.recorded(case.conversation_id)
        if r.is_reply and r.op != "create"
    ]


async def test_the_ladder_fires_in_order_exactly_once_and_across_a_restart(
    bot: RunningBot, case: Recorded
) -> None:
    await bot.wait(hours=1, minutes=59)
    assert history(bot) == ["opened"]
    await bot.wait(minutes=1)  # 11:00, two working hours
    assert history(bot) == LADDER[:2]
    [reminder] = thread_texts(bot, case)
    assert reminder.startswith("<at>Bo Nielsen</at>")
    assert "Sag #1 fra Anne Madsen venter stadig på at blive taget." in reminder
    assert chat_of(bot, ANNE)[-1].text == text("case.notice.auto_reminded", "da", number=1)

    await bot.restart()  # halfway: the job comes back from the case in TinyDB
    assert bot.scheduled() == ["case-watch-1"]
    await bot.wait(hours=2)  # 13:00, four working hours: the deputy
    assert history(bot) == LADDER[:3]
    deputy = thread_texts(bot, case)[-1]
    assert deputy.startswith("<at>Sara Lund</at>")
    assert "Kan du som stedfortræder tage den?" in deputy
    assert bot.emulator.directory.user(SARA).user_id in str(
        bot.emulator.recorded(case.conversation_id)[-1].mentions
    )

    await bot.wait(hours=19, minutes=59)  # Tuesday 08:59
    assert history(bot) == LADDER[:3]
    await bot.wait(minutes=1)  # Tuesday 09:00, one working day: the project lead
    assert history(bot) == LADDER
    escalated = bot.stored.cases.get(1)
    assert (escalated.status, METTE in escalated.helpers) == ("escalated", True)
    assert chat_of(bot, ANNE)[-1].text == (
        "Din sag #1 er sendt videre til Mette Kjær, som har den nu."
    )
    to_mette = chat_of(bot, METTE)
    assert any("ikke blevet taget i tide" in r.text for r in to_mette)
    assert any(r.cards and "Send tilbage til superbruger" in str(r.cards) for r in to_mette)

    # Later, and after another restart, nothing fires twice; the leads' own ladder goes on.
    await bot.restart()
    for _ in range(7):
        await bot.wait(days=1)
    assert history(bot) == [*LADDER, *LEADS_LADDER]
    assert len(thread_texts(bot, case)) == 2


async def test_a_bot_that_was_down_catches_up_in_order(bot: RunningBot, case: Recorded) -> None:
    await bot.stop()  # down for a day
    bot.clock.advance(days=1)
    await bot.start()
    await bot.wait(seconds=1)
    assert history(bot) == LADDER
    assert [e.by for e in bot.stored.cases.get(1).history] == [ANNE, "", "", ""]


async def test_overdue_cases_are_caught_up_one_after_another_after_a_start(
    bot: RunningBot, case: Recorded
) -> None:
    await Someone(bot.emulator, PETER).says("outlook virker ikke")
    await Someone(bot.emulator, EMMA).says("problem with my screen")
    await bot.stop()  # down for a day: three cases behind
    bot.clock.advance(days=1)
    await bot.start()
    due = [bot.due_at(f"case-watch-{number}") for number in (1, 2, 3)]
    # Not all at once: in case order, a moment apart, so the bot answers people meanwhile.
    assert due == sorted(due)
    assert len(set(due)) == 3
    assert all(at >= bot.clock.now for at in due)
    await bot.wait(seconds=1)
    assert all(history(bot, number) == LADDER for number in (1, 2, 3))


async def test_an_urgent_case_reminds_after_thirty_minutes(bot: RunningBot, anne: Someone) -> None:
    await bot.emulator.install_in_team("ydelse")
    await anne.says("printeren virker ikke og det haster, jeg kan ikke arbejde")
    assert bot.stored.cases.get(1).urgent
    await bot.wait(minutes=30)
    assert history(bot) == LADDER[:2]


async def test_a_taken_case_reminds_its_owner_and_waiting_pauses_the_clock(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    await bo.says("hej")
    await bo.clicks("Jeg tager den", on=case)
    await bo.clicks("Skriv til medarbejder", on=card_of(bot, 1), inputs={"message": "Hvilken?"})
    await bot.wait(days=7)  # Anne does not answer: the case waits for her, not for Bo
    assert history(bot) == ["opened", "claimed", "wrote"]
    await anne.says("Den på 2. sal")  # Monday 7 December 09:00
    await bot.wait(days=1, hours=23)  # Wednesday 08:00: only a working day and a half
    assert "owner_reminded" not in history(bot)
    await bot.wait(hours=1)  # Wednesday 09:00: two working days untouched
    assert history(bot)[-1] == "owner_reminded"
    assert chat_of(bot, BO)[-1].text.startswith("Der er ikke sket noget på sag #1 i 2 arbejdsdage.")
    await bot.wait(days=3)
    assert history(bot).count("owner_reminded") == 1


async def test_central_it_support_without_an_answer_reminds_the_superuser(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.says("eskalér #1 til it-support: prøvet alt")  # Monday 09:00
    await bot.wait(hours=7)  # 16:00, 6.5 working hours
    assert "central_reminded" not in history(bot)
    await bot.wait(hours=17, minutes=30)  # Tuesday 09:30: 8 working hours
    assert history(bot)[-1] == "central_reminded"
    assert chat_of(bot, BO)[-1].text.startswith(
        "Sag #1 har været hos Varde Kommunes IT-support i 8 arbejdstimer uden svar."
    )
    await bot.wait(days=5)
    assert history(bot).count("central_reminded") == 1


async def test_a_claimed_case_stops_the_ladder(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bot.wait(hours=2)
    await bo.clicks("Jeg tager den", on=card_of(bot, 1))
    await bot.wait(hours=5)
    assert history(bot) == ["opened", "auto_reminded", "claimed"]


def test_the_next_step_is_a_pure_rule(org: Organisation) -> None:
    opened = "2026-12-04T11:00:00+00:00"  # Friday 12:00 in Varde; Friday closes at 13:00
    case = Case(
        number=7,
        requester=ANNE,
        team="ydelse",
        category="printer",
        description="printer",
        created_at=opened,
        history=(CaseEvent(at=opened, by=ANNE, what="opened"),),
    )
    step = next_step(case, org)
    assert (step.what, step.since) == ("auto_reminded", opened)
    assert step.at == datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    reminded = CaseEvent(at=opened, by="", what="auto_reminded", detail=opened)
    assert next_step(replace(case, history=(*case.history, reminded)), org).what == "auto_deputy"
    # Waiting for the employee stops the clock; a closed case has no clock at all.
    assert next_step(replace(case, status="waiting", owner=BO), org) is None
    assert next_step(replace(case, status="closed"), org) is None
