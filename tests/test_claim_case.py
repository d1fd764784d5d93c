"""A helper takes or solves a case by typing 'tag #1' or 'løst #1: …', by the buttons' rules."""

from __future__ import annotations

import asyncio

import pytest

from bot.emulator import Recorded
from dialogs.language.intents import recognize
from dialogs.language.texts import text
from tests.chat import Someone, buttons, seen
from tests.conftest import ANNE, BO, METTE, PETER, SARA, RunningBot


@pytest.fixture
async def case(bot: RunningBot, anne: Someone) -> int:
    """Anne has reported a printer problem: case #1, with its card in Team Ydelse's channel."""
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren")
    return 1


def chat_of(bot: RunningBot, email: str) -> list[Recorded]:
    return [
        r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(email)) if r.is_reply
    ]


def owner(bot: RunningBot, number: int = 1) -> str:
    return bot.runtime.services.cases.get(number).owner


@pytest.mark.parametrize(
    ("written", "intent", "argument"),
    [
        ("tag #14", "claim_case", "#14"),
        ("tag 14", "claim_case", "14"),
        ("jeg tager #14", "claim_case", "#14"),
        ("Tag sag 14", "claim_case", "sag 14"),
        ("take #14", "claim_case", "#14"),
        ("løst #14: genstartet printeren", "solve_case", "#14: genstartet printeren"),
        ("solved #14: restarted the printer", "solve_case", "#14: restarted the printer"),
        ("tag #", "claim_case", "#"),
    ],
)
def test_a_case_number_after_the_words_makes_the_command(
    written: str, intent: str, argument: str
) -> None:
    found = recognize(written)
    assert found is not None, written
    assert (found.name, found.argument) == (intent, argument)


@pytest.mark.parametrize(
    "written",
    ["tag billede af fejlen", "tag 2 billeder og send dem", "løst 2 problemer", "tag", "tak #1"],
)
def test_the_everyday_words_are_no_command(written: str) -> None:
    assert recognize(written) is None


async def test_taking_in_the_channel_tells_the_reporter(
    bot: RunningBot, case: int, bo: Someone
) -> None:
    await bo.says(f"tag #{case}", team="ydelse")
    assert bo.last_reply == text("case.claimed", "da", number=1, requester="Anne Madsen")
    assert owner(bot) == BO
    assert chat_of(bot, ANNE)[-1].text == text(
        "case.notice.claimed", "da", number=1, name="Bo Nielsen"
    )


@pytest.mark.parametrize("written", ["tag 1", "jeg tager #1", "tag sag 1"])
async def test_taking_in_the_personal_chat(
    bot: RunningBot, case: int, bo: Someone, written: str
) -> None:
    await bo.says(written)
    assert owner(bot) == BO
    assert [e.what for e in bot.runtime.services.cases.get(1).history] == ["opened", "claimed"]


async def test_solving_with_a_note_asks_the_reporter_if_it_works(
    bot: RunningBot, case: int, bo: Someone
) -> None:
    await bo.says("tag #1")
    await bo.says("løst #1: genstartet printeren")
    assert bo.last_reply == text("case.resolved", "da", number=1, requester="Anne Madsen")
    solved = bot.runtime.services.cases.get(1)
    assert (solved.status, solved.owner) == ("resolved", BO)
    assert solved.history[-1].detail == "genstartet printeren"
    question = chat_of(bot, ANNE)[-1]
    assert question.text == text(
        "case.notice.resolved.note", "da", number=1, name="Bo Nielsen", note="genstartet printeren"
    )
    assert text("case.works.question", "da", number=1) in seen(question)
    assert list(buttons(question)) == [text("case.works.yes", "da"), text("case.works.no", "da")]


async def test_solving_in_english_without_taking_first(
    bot: RunningBot, case: int, bo: Someone
) -> None:
    await bo.says("solved #1: restarted the printer", locale="en-US")
    assert bo.last_reply == text("case.resolved", "en", number=1, requester="Anne Madsen")
    assert owner(bot) == BO


async def test_a_colleague_without_the_role_is_refused(bot: RunningBot, case: int) -> None:
    peter = Someone(bot.emulator, PETER)
    await peter.says("tag #1")
    assert peter.last_reply == text("case.not_helper", "da", number=1)
    await peter.says("løst #1: det virker nu")
    assert peter.last_reply == text("case.not_helper", "da", number=1)
    unchanged = bot.runtime.services.cases.get(1)
    assert (unchanged.status, unchanged.owner) == ("new", "")


async def test_the_project_lead_may_take_any_case(bot: RunningBot, case: int) -> None:
    mette = Someone(bot.emulator, METTE)
    await mette.says("tag #1")
    assert owner(bot) == METTE


async def test_two_claims_at_once_one_wins(bot: RunningBot, case: int, bo: Someone) -> None:
    sara = Someone(bot.emulator, SARA)
    await asyncio.gather(bo.says("tag #1"), sara.says("tag #1"))
    winner = owner(bot)
    assert winner in (BO, SARA)
    name = "Bo Nielsen" if winner == BO else "Sara Lund"
    answers = sorted([bo.last_reply, sara.last_reply])
    assert answers == sorted(
        [
            text("case.claimed", "da", number=1, requester="Anne Madsen"),
            text("case.taken_by", "da", number=1, name=name),
        ]
    )
    history = bot.runtime.services.cases.get(1).history
    assert [e.what for e in history].count("claimed") == 1


async def test_unknown_and_finished_cases_are_answered(
    bot: RunningBot, case: int, anne: Someone, bo: Someone
) -> None:
    await bo.says("tag #99")
    assert bo.last_reply == text("case.unknown", "da", number="99")
    await bo.says("løst #1")
    await bo.says("tag #1")
    assert bo.last_reply == text("case.already.resolved", "da", number=1, into=0)
    await anne.clicks(text("case.works.yes", "da"), on=chat_of(bot, ANNE)[-1])
    await bo.says("løst #1: igen")
    assert bo.last_reply == text("case.already.closed", "da", number=1, into=0)


async def test_no_number_asks_for_one(bot: RunningBot, case: int, bo: Someone) -> None:
    await bo.says("tag #")
    assert bo.last_reply == text("claim.which_case", "da")
    await bo.says("løst #")
    assert bo.last_reply == text("claim.which_case_solved", "da")
    assert owner(bot) == ""


async def test_a_problem_with_taking_a_screenshot_still_opens_a_case(
    bot: RunningBot, anne: Someone
) -> None:
    await anne.says("kan ikke tage skærmbillede")
    await anne.says("tag billede virker ikke på min pc")
    assert len(bot.runtime.services.cases.of_requester(ANNE)) == 2


async def test_the_help_shows_the_commands_to_helpers_only(bot: RunningBot, bo: Someone) -> None:
    peter = Someone(bot.emulator, PETER)
    await bo.says("hjælp")
    assert text("claim.command", "da") in bo.last_reply
    await peter.says("hjælp")
    assert text("claim.command", "da") not in peter.last_reply
