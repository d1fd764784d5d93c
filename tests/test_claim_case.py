"""The words of 'tag #1', and taking over real HTTP: in a channel, two at once. More: inprocess/."""

from __future__ import annotations

import asyncio

import pytest

from bot.emulator import Recorded
from dialogs.flows import dispatcher
from dialogs.language.texts import text
from tests.chat import Someone
from tests.conftest import ANNE, BO, SARA, RunningBot

recognize = dispatcher().recognize


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
    return bot.stored.cases.get(number).owner


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
    history = bot.stored.cases.get(1).history
    assert [e.what for e in history].count("claimed") == 1
