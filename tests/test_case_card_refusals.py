"""Who may not act on a case card, and card values that change nothing."""

from __future__ import annotations

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from tests import case_cards
from tests.case_cards import NOT_HELPER
from tests.chat import Someone
from tests.conftest import ANNE, BO, METTE, PETER, RunningBot

case = case_cards.case


async def test_an_employee_cannot_act_on_a_case_card(
    bot: RunningBot, case: Recorded, anne: Someone
) -> None:
    peter = Someone(bot.emulator, PETER)
    before = bot.stored.cases.get(1)
    turn = await peter.clicks("Løst", on=case)
    assert turn.text == NOT_HELPER
    # A forged submit from the requester herself is refused the same way.
    await bot.emulator.submit(ANNE, {"action": "case.resolve", "case": 1})
    await bot.emulator.submit(PETER, {"action": "case.feedback", "case": 1, "works": "yes"})
    assert bot.stored.cases.get(1) == before


async def test_bad_case_numbers_get_a_clear_answer(
    bot: RunningBot, case: Recorded, anne: Someone
) -> None:
    await anne.says("sag 999")
    assert anne.last_reply == text("case.unknown", "da", number=999)
    turn = await bot.emulator.submit(BO, {"action": "case.claim", "case": "abc"})
    assert turn.text == text("case.unknown", "da", number="abc")
    peter = Someone(bot.emulator, PETER)
    await peter.says("sag 1")
    assert peter.last_reply == text("cases.not_yours", "da", number=1)
    await peter.says("virker stadig ikke #1")
    assert peter.last_reply == text("case.not_requester", "da", number=1)
    assert bot.stored.cases.get(1).status == "new"


@pytest.mark.parametrize(
    "who",
    [
        "maria.toft@jobcenter.varde.example",  # superuser of another team
        "karin.holm@jobcenter.varde.example",  # Team Ydelse's leader: decides, does not handle
        PETER,  # a colleague
    ],
)
async def test_only_the_teams_helpers_and_the_leads_may_take_a_case(
    bot: RunningBot, case: Recorded, who: str
) -> None:
    before = bot.stored.cases.get(1)
    turn = await bot.emulator.submit(who, {"action": "case.claim", "case": 1})
    assert turn.text == NOT_HELPER
    assert bot.stored.cases.get(1) == before
    # Action.Execute, the other way a card button reaches the bot, is refused the same way.
    turn = await bot.emulator.invoke(who, "case.claim", {"case": 1})
    assert turn.status == 200
    assert bot.stored.cases.get(1) == before
    turn = await bot.emulator.invoke(METTE, "case.claim", {"case": 1})
    assert bot.stored.cases.get(1).owner == METTE


@pytest.mark.parametrize(
    "value",
    [
        {"action": "case.claim"},
        {"action": "case.claim", "case": None},
        {"action": "case.claim", "case": [1]},
        {"action": "case.claim", "case": -1},
        {"action": "case.write", "case": 1, "message": "   "},
        {"action": "case.escalate", "case": 1, "tried": ""},
        {"action": "case.merge", "case": 1, "into": 1},
        {"action": "case.merge", "case": 1, "into": 77},
        {"action": "case.feedback", "case": 1, "works": "maybe"},
    ],
)
async def test_malformed_card_values_change_nothing(
    bot: RunningBot, case: Recorded, value: dict
) -> None:
    before = bot.stored.cases.get(1)
    who = ANNE if value["action"] == "case.feedback" else BO
    turn = await bot.emulator.submit(who, value)
    assert turn.status == 201
    assert turn.text
    assert bot.stored.cases.get(1) == before
