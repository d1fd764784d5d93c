"""Nothing sits unnoticed with the leads either: an untaken case reminds its lead, and the project
lead's goes on to the IT lead; an absent project lead is skipped; a reload re-plans every step."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from string import Formatter

import pytest

from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.language.texts import CATALOGUE, text
from dialogs.org_file import Organisation
from dialogs.watch_cases import next_step
from storage.models import Case, CaseEvent
from tests.chat import Someone
from tests.conftest import ANNE, BO, COPENHAGEN, EMMA, HENRIK, METTE, RunningBot
from tests.test_handle_case import card_of, chat_of

NEW_TOOL = "problem med nyt program til mødebooking"  # Team Ydelse's portfolio: the project lead
TUESDAY_9 = datetime(2026, 12, 1, 9, 0, tzinfo=COPENHAGEN)
PASSED_TO_YOU = text("case.notice.auto_escalated_to_you", "da", number=1, team="Team Ydelse")


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """A copy of the demo org file that a test may edit."""
    org_file = tmp_path / "org.toml"
    shutil.copy(DEMO_ORG_FILE, org_file)
    return replace(settings, org_file=org_file)


@pytest.fixture
async def leads(bot: RunningBot) -> tuple[Someone, Someone]:
    """The project lead and the IT lead have the bot; Team Ydelse has its channel."""
    await bot.emulator.install_in_team("ydelse")
    mette, henrik = Someone(bot.emulator, METTE), Someone(bot.emulator, HENRIK)
    await mette.says("hej")
    await henrik.says("hej")
    return mette, henrik


def history(bot: RunningBot, number: int = 1) -> list[str]:
    return [e.what for e in bot.stored.cases.get(number).history]


def lead_reminder(number: int = 1, requester: str = "Anne Madsen") -> str:
    """The reminder a lead gets about a case from Team Ydelse that nobody has taken."""
    return text(
        "case.notice.lead_reminder", "da", number=number, requester=requester, team="Team Ydelse"
    )


# Any lead reminder, whatever case, person or team is filled in: the catalogue's wording around
# the placeholders, so a reminder with wrong values is still counted (and then fails).
LEAD_REMINDER = re.compile(
    "".join(
        re.escape(literal) + ("(.+?)" if field else "")
        for literal, field, _, _ in Formatter().parse(CATALOGUE["case.notice.lead_reminder"][0])
    )
    + "$"
)


def reminders_to(bot: RunningBot, email: str) -> list[str]:
    """Every lead reminder in someone's chat, in the order they came."""
    return [r.text for r in chat_of(bot, email) if LEAD_REMINDER.match(r.text)]


def passed_on_to(name: str) -> str:
    """What the requester is told when case #1 goes on to someone."""
    return text("case.notice.escalated", "da", number=1, name=name)


async def days_pass(bot: RunningBot, days: int) -> None:
    """Day by day, as a running bot lives them."""
    for _ in range(days):
        await bot.wait(days=1)


async def test_the_project_leads_case_is_reminded_then_goes_to_the_it_lead(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone
) -> None:
    await anne.says(NEW_TOOL)  # Monday 09:00, straight to the project lead by the portfolio
    assert bot.stored.cases.get(1).helpers == (METTE,)
    await bot.wait(hours=1, minutes=59)
    assert history(bot) == ["opened"]
    await bot.wait(minutes=1)  # 11:00, two working hours
    assert history(bot) == ["opened", "lead_reminded"]
    assert reminders_to(bot, METTE) == [lead_reminder()]
    assert chat_of(bot, ANNE)[-1].text == text(
        "case.notice.lead_reminded", "da", number=1, name="Mette Kjær"
    )

    await bot.restart()  # halfway: the next step comes back from TinyDB
    assert bot.due_at("case-watch-1") == TUESDAY_9  # the step to the IT lead
    await bot.wait(hours=21, minutes=59)  # Tuesday 08:59
    assert history(bot) == ["opened", "lead_reminded"]
    await bot.wait(minutes=1)  # Tuesday 09:00, one working day: the IT lead, the last step
    assert history(bot) == ["opened", "lead_reminded", "auto_it_lead"]
    case = bot.stored.cases.get(1)
    assert (case.status, case.owner, case.helpers) == ("escalated", "", (METTE, HENRIK))
    assert chat_of(bot, ANNE)[-1].text == passed_on_to("Henrik Lund")
    to_henrik = chat_of(bot, HENRIK)
    assert PASSED_TO_YOU in [r.text for r in to_henrik]
    assert any(r.cards and "Send tilbage til superbruger" in str(r.cards) for r in to_henrik)

    # The IT lead has no one above: only reminders, each once, also across a restart.
    await bot.wait(hours=2)
    assert history(bot)[-1] == "lead_reminded"
    assert reminders_to(bot, HENRIK) == [lead_reminder()]
    await bot.restart()
    await days_pass(bot, 7)
    assert history(bot) == [
        "opened",
        "lead_reminded",
        "auto_it_lead",
        "lead_reminded",
        "lead_reminded_again",
    ]
    assert [e.by for e in bot.stored.cases.get(1).history][1:] == ["", "", "", ""]
    assert reminders_to(bot, METTE) == [lead_reminder()]
    assert reminders_to(bot, HENRIK) == [lead_reminder()] * 2


async def test_a_case_escalated_by_hand_climbs_on_from_the_project_lead(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone, bo: Someone
) -> None:
    await anne.says("problem med printeren")
    await bo.says("eskalér #1 til projektleder: genstartet printeren")  # Monday 09:00
    await bot.wait(hours=2)
    assert history(bot) == ["opened", "escalated", "lead_reminded"]
    assert reminders_to(bot, METTE) == [lead_reminder()]
    await bot.wait(hours=22)  # Tuesday 09:00
    assert history(bot)[-1] == "auto_it_lead"
    assert bot.stored.cases.get(1).helpers[-1] == HENRIK
    assert chat_of(bot, ANNE)[-1].text == passed_on_to("Henrik Lund")


async def test_a_case_with_the_it_lead_is_only_reminded(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone, bo: Someone
) -> None:
    await anne.says("problem med printeren")
    await bo.says("eskalér #1 til it-ansvarlig: projektlederen er på kursus hele ugen")
    await days_pass(bot, 7)
    assert history(bot) == ["opened", "escalated", "lead_reminded", "lead_reminded_again"]
    assert reminders_to(bot, METTE) == []
    assert reminders_to(bot, HENRIK) == [lead_reminder()] * 2


async def test_taking_it_stops_the_leads_ladder(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone
) -> None:
    mette, _ = leads
    await anne.says(NEW_TOOL)
    [card] = [r for r in chat_of(bot, METTE) if r.cards]
    await mette.clicks("Jeg tager den", on=card)
    await bot.wait(hours=5)
    assert history(bot) == ["opened", "claimed"]


async def test_the_automatic_step_skips_an_absent_project_lead(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone
) -> None:
    mette, _ = leads
    await mette.says("jeg er væk til og med fredag")
    await anne.says("problem med printeren")  # to the superusers, who do not take it
    await bot.wait(days=1)  # Tuesday 09:00: the ladder reaches the leads
    assert history(bot) == ["opened", "auto_reminded", "auto_deputy", "auto_project_lead"]
    case = bot.stored.cases.get(1)
    assert (case.status, case.helpers[-1], METTE in case.helpers) == ("escalated", HENRIK, False)
    assert chat_of(bot, ANNE)[-1].text == passed_on_to("Henrik Lund")
    assert PASSED_TO_YOU in [r.text for r in chat_of(bot, HENRIK)]
    # With the IT lead already, there is no step above: reminders only.
    await days_pass(bot, 7)
    assert history(bot)[4:] == ["lead_reminded", "lead_reminded_again"]
    assert reminders_to(bot, METTE) == []


async def test_the_lead_reminder_reaches_the_requester_in_english(
    bot: RunningBot, leads: tuple[Someone, Someone], emma: Someone
) -> None:
    await emma.says(NEW_TOOL)
    assert bot.stored.cases.get(1).routed_to == "project_lead"
    await bot.wait(hours=2)
    assert chat_of(bot, EMMA)[-1].text == text(
        "case.notice.lead_reminded", "en", number=1, name="Mette Kjær"
    )


async def test_a_case_sent_back_by_the_lead_is_watched_as_the_teams_again(
    bot: RunningBot, leads: tuple[Someone, Someone], anne: Someone
) -> None:
    _, henrik = leads
    await anne.says(NEW_TOOL)
    await bot.wait(days=1)  # Tuesday 09:00: from the project lead on to the IT lead
    [card] = [r for r in chat_of(bot, HENRIK) if r.cards]
    await henrik.clicks("Send tilbage til superbruger", on=card, inputs={"note": "Jeres system"})
    back = bot.stored.cases.get(1)
    assert (back.status, back.routed_to, back.owner) == ("new", "superusers", "")
    assert BO in back.helpers
    card_of(bot, 1)  # now in the team's channel, where its superusers work
    await bot.wait(hours=2)
    assert history(bot)[-2:] == ["returned", "auto_reminded"]


async def test_a_reload_with_shorter_thresholds_moves_the_waiting_steps(
    bot: RunningBot, settings: Settings, leads: tuple[Someone, Someone], anne: Someone
) -> None:
    _, henrik = leads
    await anne.says("problem med printeren")  # Monday 09:00: reminder at 11:00
    await anne.says(NEW_TOOL)  # the project lead's: reminder at 11:00

    def due(number: int) -> int:
        return bot.due_at(f"case-watch-{number}").astimezone(COPENHAGEN).hour

    assert due(1) == due(2) == 11
    org_file = settings.org_file
    text = org_file.read_text(encoding="utf-8")
    assert "remind_after_hours = 2 " in text
    org_file.write_text(text.replace("remind_after_hours = 2 ", "remind_after_hours = 1 "), "utf-8")
    await henrik.says("genindlæs organisation")
    assert henrik.last_reply.startswith("Organisationen er genindlæst")
    assert due(1) == due(2) == 10
    await bot.wait(hours=1)  # 10:00: both are reminded under the new threshold
    assert history(bot, 1)[-1] == "auto_reminded"
    assert history(bot, 2)[-1] == "lead_reminded"


def test_the_leads_ladder_is_a_pure_rule(org: Organisation) -> None:
    escalated_at = "2026-12-04T11:00:00+00:00"  # Friday 12:00 in Varde; Friday closes at 13:00
    case = Case(
        number=7,
        requester=ANNE,
        team="ydelse",
        category="printer",
        description="printer",
        status="escalated",
        helpers=(BO, METTE),
        created_at=escalated_at,
        history=(
            CaseEvent(at=escalated_at, by=ANNE, what="opened"),
            CaseEvent(at=escalated_at, by=BO, what="escalated", detail=f"{METTE}: genstartet"),
        ),
    )
    step = next_step(case, org)
    assert (step.what, step.since) == ("lead_reminded", escalated_at)
    assert step.at == datetime(2026, 12, 7, 9, 0, tzinfo=COPENHAGEN)
    reminded = CaseEvent(at=escalated_at, by="", what="lead_reminded", detail=escalated_at)
    with_reminder = replace(case, history=(*case.history, reminded))
    step = next_step(with_reminder, org)
    assert (step.what, step.at) == ("auto_it_lead", datetime(2026, 12, 7, 12, 0, tzinfo=COPENHAGEN))
    # With the IT lead, the day's step is one more reminder; taken, the owner's clock runs.
    with_it_lead = replace(with_reminder, helpers=(BO, METTE, HENRIK))
    assert next_step(with_it_lead, org).what == "lead_reminded_again"
    assert next_step(replace(case, owner=METTE), org).what == "owner_reminded"
