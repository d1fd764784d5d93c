"""The people named or removed are told in their personal chat, in their own language."""

from __future__ import annotations

import pytest

from tests import manage_helpers
from tests.chat import Someone
from tests.conftest import BO, EMMA, PETER, SARA, RunningBot

# The shared fixtures, bound here so that pytest finds them in this module.
karin = manage_helpers.karin


@pytest.fixture
def peter(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, PETER)


async def test_the_new_superuser_is_told_in_his_personal_chat(
    bot: RunningBot, karin: Someone, peter: Someone
) -> None:
    await peter.says("hej")
    await bot.emulator.install_in_team("ydelse")
    turn = await karin.says("tilføj superbruger @Peter Skov", team="ydelse", mentions=[PETER])
    [notice] = turn.elsewhere
    assert notice.conversation_id == bot.emulator.personal_conversation_id(PETER)
    assert notice.text == (
        "Karin Holm har gjort dig til superbruger i Team Ydelse. "
        "Tak fordi du hjælper dine kolleger!"
    )
    in_his_chat = bot.emulator.recorded(bot.emulator.personal_conversation_id(PETER))
    assert in_his_chat[-1].text == notice.text


async def test_nobody_is_told_who_has_no_chat_with_the_bot(bot: RunningBot, karin: Someone) -> None:
    turn = await karin.says("tilføj superbruger Peter Skov")
    assert karin.last_reply == "Peter Skov er nu superbruger i Team Ydelse."
    assert turn.elsewhere == []
    assert bot.emulator.recorded(bot.emulator.personal_conversation_id(PETER)) == []


@pytest.mark.parametrize(
    ("who", "said", "notice"),
    [
        (
            BO,
            "fjern superbruger Bo Nielsen",
            "Karin Holm har fjernet dig som superbruger i Team Ydelse.",
        ),
        (
            SARA,
            "fjern stedfortræder Sara Lund",
            "Karin Holm har fjernet dig som stedfortræder i Team Ydelse.",
        ),
        (
            PETER,
            "tilføj stedfortræder Peter Skov",
            "Karin Holm har gjort dig til stedfortræder i Team Ydelse. "
            "Du tager over, når superbrugeren er væk.",
        ),
        (
            EMMA,
            "tilføj stedfortræder Emma Jensen",
            "Karin Holm has made you a deputy in Team Ydelse. "
            "You take over when the superuser is away.",
        ),
    ],
)
async def test_the_person_concerned_is_told_in_their_language(
    bot: RunningBot, karin: Someone, who: str, said: str, notice: str
) -> None:
    await Someone(bot.emulator, who).says("hej")
    turn = await karin.says(said)
    assert [(r.conversation_id, r.text) for r in turn.elsewhere] == [
        (bot.emulator.personal_conversation_id(who), notice)
    ]


async def test_a_leader_changing_herself_gets_no_notice(bot: RunningBot, karin: Someone) -> None:
    turn = await karin.says("tilføj stedfortræder Karin Holm")
    assert karin.last_reply == "Karin Holm er nu stedfortræder i Team Ydelse."
    assert turn.elsewhere == []
