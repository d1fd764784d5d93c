"""The IT lead hands tasks to the project lead, who is reminded and reports them done."""

from __future__ import annotations

import pytest

from tests.chat import Someone, buttons, seen
from tests.conftest import ANNE, HENRIK, METTE, RunningBot

TASK = "opgave til projektlederen: opdatér IT-oversigten, frist fredag"


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)


@pytest.fixture
def henrik(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, HENRIK)


def to(bot: RunningBot, email: str) -> list:
    return bot.emulator.recorded(bot.emulator.personal_conversation_id(email))


async def test_a_task_is_handed_over_reminded_and_reported_done(
    bot: RunningBot, mette: Someone, henrik: Someone
) -> None:
    await mette.says("hej")
    await henrik.says("hej")
    turn = await henrik.says(TASK)
    assert henrik.last_reply == (
        "Opgaven «opdatér IT-oversigten» er sendt til Mette Kjær med frist fredag den 4. december. "
        "Jeg minder Mette Kjær om den torsdag den 3. december."
    )
    [card] = turn.elsewhere
    assert card.conversation_id == bot.emulator.personal_conversation_id(METTE)
    assert "Ny opgave fra Henrik Lund" in seen(card)
    assert "opdatér IT-oversigten" in seen(card)
    assert "Frist: fredag den 4. december." in seen(card)
    assert "Udført" in buttons(card)

    # The working day before Friday's deadline is Thursday, which opens at 08:00.
    assert await bot.wait(days=2, hours=22, minutes=59) == []
    await bot.restart()
    assert len(await bot.wait(minutes=1)) == 1
    [reminder] = [r for r in to(bot, METTE) if r.text.startswith("Påmindelse")]
    assert (
        reminder.text
        == "Påmindelse: fristen for «opdatér IT-oversigten» er i morgen (næste arbejdsdag)."
    )
    await bot.restart()
    assert await bot.wait(days=2) == []

    await mette.says("mine opgaver")
    assert "opdatér IT-oversigten" in mette.last_reply
    await henrik.says("mine opgaver")
    assert "opdatér IT-oversigten" in henrik.last_reply
    turn = await mette.clicks("Udført", on=card)
    assert mette.last_reply == "Tak! «opdatér IT-oversigten» er meldt udført."
    [notice] = turn.elsewhere
    assert notice.conversation_id == bot.emulator.personal_conversation_id(HENRIK)
    assert notice.text == "Mette Kjær har udført opgaven «opdatér IT-oversigten»."
    await mette.clicks("Udført", on=card)
    assert "allerede meldt udført" in mette.last_reply
    await mette.says("mine opgaver")
    assert mette.last_reply == "Du har ingen åbne opgaver."


async def test_a_task_done_before_its_reminder_is_not_reminded(
    bot: RunningBot, mette: Someone, henrik: Someone
) -> None:
    await mette.says("hej")
    turn = await henrik.says(TASK)
    await mette.clicks("Udført", on=turn.elsewhere[0])
    assert bot.scheduled() == []
    await bot.restart()
    assert bot.scheduled() == []


@pytest.mark.parametrize(
    ("who", "said", "answer"),
    [
        (
            METTE,
            TASK,
            "Det er den IT-vidensansvarlige (Henrik Lund), der giver opgaver til projektlederen.",
        ),
        (ANNE, TASK, "Det er den IT-vidensansvarlige (Henrik Lund)"),
        (HENRIK, "opgave til projektlederen: opdatér IT-oversigten", "Hvornår er fristen?"),
        (HENRIK, "opgave til projektlederen: frist fredag", "Hvad er opgaven?"),
        (
            HENRIK,
            "opgave til projektlederen: ryd op, frist 2. november 2026",
            "Fristen er allerede gået.",
        ),
    ],
)
async def test_bad_tasks_are_explained_and_nothing_is_stored(
    bot: RunningBot, who: str, said: str, answer: str
) -> None:
    person = Someone(bot.emulator, who)
    await person.says(said)
    assert person.last_reply.startswith(answer)
    assert bot.stored.tasks.all() == []


async def test_someone_else_cannot_mark_a_task_done(
    bot: RunningBot, henrik: Someone, anne: Someone
) -> None:
    await henrik.says(TASK)
    [task] = bot.stored.tasks.all()
    await bot.emulator.submit(ANNE, {"action": "task_done", "task": task.task_id})
    assert "Den opgave kender jeg ikke" in bot.emulator.recorded()[-1].text
    assert not bot.stored.tasks.get(task.task_id).done


async def test_a_task_reminder_missed_while_down_comes_at_start(
    bot: RunningBot, mette: Someone, henrik: Someone
) -> None:
    await mette.says("hej")
    await henrik.says(TASK)
    await bot.stop()
    bot.clock.advance(days=3, hours=3)  # Thursday 3 December 12:00, the deadline is tomorrow
    await bot.start()
    assert len(await bot.wait(seconds=1)) == 1
    assert [r for r in to(bot, METTE) if r.text.startswith("Påmindelse")]
    await bot.stop()
    bot.clock.advance(days=1)
    await bot.start()
    assert await bot.wait(days=1) == [], "sent once"
