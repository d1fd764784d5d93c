"""A case from both sides: taken, asked about, answered, solved, reopened and closed."""

from __future__ import annotations

import asyncio

from bot.emulator import Recorded
from dialogs.language.texts import text
from tests import case_cards
from tests.case_cards import AT_BO, LARS, card_of, chat_of, status
from tests.chat import Someone, buttons, seen
from tests.conftest import ANNE, BO, METTE, PETER, SARA, RunningBot

case = case_cards.case


async def test_the_whole_lifecycle_from_both_sides(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    posted = case
    await bo.clicks("Jeg tager den", on=posted)
    assert bo.last_reply == text("case.claimed", "da", number=1, requester="Anne Madsen")
    assert chat_of(bot, ANNE)[-1].text == text(
        "case.notice.claimed", "da", name="Bo Nielsen", number=1
    )
    taken = card_of(bot, 1)
    assert (taken.op, taken.activity_id) == ("update", posted.activity_id)
    assert "Taget af Bo Nielsen" in seen(taken)
    assert "Jeg tager den" not in buttons(taken)

    await bo.clicks("Skriv til medarbejder", on=taken, inputs={"message": "Hvilken printer?"})
    assert bo.last_reply == text("case.written", "da", requester="Anne Madsen", number=1)
    assert chat_of(bot, ANNE)[-1].text == text(
        "case.notice.message", "da", name="Bo Nielsen", number=1, message="Hvilken printer?"
    )
    assert "Venter på svar fra Anne Madsen" in seen(card_of(bot, 1))

    await anne.says("Den på 2. sal ved kaffemaskinen")
    assert anne.last_reply == text("case.answer_sent", "da", name="Bo Nielsen", number=1)
    thread = posted.conversation_id
    [answer] = [r for r in bot.emulator.recorded(thread) if "svarer på sag #1" in r.text]
    assert answer.conversation_id == thread
    assert answer.text == text(
        "case.thread.answer",
        "da",
        who=AT_BO,
        name="Anne Madsen",
        number=1,
        message="Den på 2. sal ved kaffemaskinen",
    )
    assert [m["id"] for m in answer.mentions] == [bot.emulator.directory.user(BO).user_id]
    assert "Taget af Bo Nielsen" in seen(card_of(bot, 1))

    await bo.clicks("Løst", on=card_of(bot, 1), inputs={"note": "Ny toner sat i"})
    assert bo.last_reply == text("case.resolved", "da", number=1, requester="Anne Madsen")
    question = chat_of(bot, ANNE)[-1]
    assert question.text == text(
        "case.notice.resolved.note", "da", name="Bo Nielsen", number=1, note="Ny toner sat i"
    )
    assert list(buttons(question)) == ["👍 Ja, det virker", "👎 Nej, stadig ikke"]
    solved = card_of(bot, 1)
    assert "Løst af Bo Nielsen" in seen(solved)
    assert buttons(solved) == {}

    await anne.clicks("👎 Nej, stadig ikke", on=question)
    assert anne.last_reply == text("case.reopened", "da", number=1)
    assert status(bot) == "taken"
    [reopened] = [r for r in bot.emulator.recorded(thread) if "stadig ikke virker" in r.text]
    assert reopened.text == text(
        "case.thread.reopened", "da", who=AT_BO, name="Anne Madsen", number=1
    )

    await bo.clicks("Løst", on=card_of(bot, 1))
    question = chat_of(bot, ANNE)[-1]
    assert question.text == text("case.notice.resolved", "da", name="Bo Nielsen", number=1)
    await anne.clicks("👍 Ja, det virker", on=question)
    assert anne.last_reply == text("case.closed_thanks", "da", number=1)
    closed = bot.stored.cases.get(1)
    assert (closed.status, closed.satisfied) == ("closed", True)
    assert "Lukket" in seen(card_of(bot, 1))
    assert [e.what for e in closed.history] == [
        "opened",
        "claimed",
        "wrote",
        "answered",
        "resolved",
        "reopened",
        "resolved",
        "confirmed",
    ]
    assert [e.by for e in closed.history] == [ANNE, BO, BO, ANNE, BO, ANNE, BO, ANNE]
    # Every change redrew the one card in the channel; nothing was posted twice.
    general = bot.emulator.directory.team("ydelse").general.channel_id
    cards = [r for r in bot.emulator.recorded(general) if r.cards and "Sag #1 " in seen(r)]
    assert [r.op for r in cards].count("create") == 1
    assert {r.activity_id for r in cards} == {posted.activity_id}


async def test_two_helpers_take_it_at_once_and_one_wins(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    sara = Someone(bot.emulator, SARA)
    await asyncio.gather(bo.clicks("Jeg tager den", on=case), sara.clicks("Jeg tager den", on=case))
    owner = bot.stored.cases.get(1).owner
    winner, loser = ("Bo Nielsen", "Sara Lund") if owner == BO else ("Sara Lund", "Bo Nielsen")
    answers = [r.text for r in bot.emulator.recorded(case.conversation_id) if r.is_reply]
    claimed = text("case.claimed", "da", number=1, requester="Anne Madsen")
    assert answers.count(claimed) == 1
    assert answers.count(text("case.taken_by", "da", name=winner, number=1)) == 1
    history = bot.stored.cases.get(1).history
    assert [e.what for e in history].count("claimed") == 1
    assert loser not in seen(card_of(bot, 1))


async def test_virker_stadig_ikke_reopens_within_five_working_days(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    await bo.clicks("Løst", on=case)
    bot.clock.advance(days=3)  # Thursday
    await anne.says("virker stadig ikke")
    assert anne.last_reply == text("case.reopened", "da", number=1)
    assert status(bot) == "taken"  # by Bo, who solved it
    await bo.clicks("Løst", on=card_of(bot, 1))
    await bot.wait(days=8)  # more than five working days later
    await anne.says("det virker stadig ikke #1")
    assert anne.last_reply == text("case.too_late", "da", number=1, days=5)


async def test_a_solved_case_closes_by_itself_after_the_window(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.clicks("Løst", on=case)  # Monday 30 November
    await bot.wait(days=7)  # Monday 7 December: five working days have passed
    assert status(bot) == "resolved"
    await bot.wait(days=1)
    assert status(bot) == "closed"
    assert "Lukket" in seen(card_of(bot, 1))
    chat = bot.emulator.recorded(bot.emulator.personal_conversation_id(ANNE))
    assert chat[-1].text == text("case.notice.closed_by_itself", "da", number=1)
    await bot.restart()
    assert bot.scheduled() == []


async def test_the_close_is_rebuilt_after_a_restart(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.clicks("Løst", on=case)
    await bot.restart()
    assert bot.scheduled() == ["case-close-1"]
    await bot.wait(days=8)
    assert status(bot) == "closed"


async def test_escalating_hands_the_case_to_the_project_lead(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    mette = Someone(bot.emulator, METTE)
    await mette.says("hej")
    await bo.clicks("Eskalér", on=case, inputs={"tried": "Genstartet printeren"})
    assert bo.last_reply == text("case.escalated", "da", number=1, name="Mette Kjær")
    assert chat_of(bot, ANNE)[-1].text == text(
        "case.notice.escalated", "da", number=1, name="Mette Kjær"
    )
    to_mette = chat_of(bot, METTE)
    assert to_mette[-2].text == text(
        "case.notice.escalated_to_you",
        "da",
        name="Bo Nielsen",
        number=1,
        tried="Genstartet printeren",
    )
    assert "Sag #1 · Printer og scanner" in seen(to_mette[-1])
    await mette.clicks("Jeg tager den", on=to_mette[-1])
    assert mette.last_reply == text("case.claimed", "da", number=1, requester="Anne Madsen")
    assert "Eskaleret, taget af Mette Kjær" in seen(card_of(bot, 1))


async def test_similar_reports_can_be_merged_and_follow_the_main_case(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    peter = Someone(bot.emulator, PETER)
    bot.clock.advance(minutes=30)
    await peter.says("printeren siger papirstop")
    second = card_of(bot, 2)
    assert "Ligner sag #1" in seen(second)
    await bo.clicks("Saml i #1", on=second)
    assert bo.last_reply == text("case.merged", "da", number=2, main=1)
    assert chat_of(bot, PETER)[-1].text == text("case.notice.merged", "da", number=2, main=1)
    assert "Også meldt som #2." in seen(card_of(bot, 1))
    assert "Samlet i sag #1" in seen(card_of(bot, 2))

    await bo.clicks("Løst", on=card_of(bot, 1), inputs={"note": "Papir fjernet"})
    told = chat_of(bot, PETER)[-1]
    assert told.text == text(
        "case.notice.resolved_main.note",
        "da",
        main=1,
        number=2,
        name="Bo Nielsen",
        note="Papir fjernet",
    )
    assert "👍 Ja, det virker" in buttons(told)


async def test_a_system_wide_fault_is_recognised_across_teams(bot: RunningBot) -> None:
    await bot.emulator.install_in_team("ydelse")
    await bot.emulator.install_in_team("sygedagpenge")
    await Someone(bot.emulator, ANNE).says("Momentum virker ikke")
    await Someone(bot.emulator, LARS).says("momentum går ned hele tiden")
    assert bot.stored.cases.get(2).similar_to == 1
    await bot.wait(hours=3)
    await Someone(bot.emulator, PETER).says("Momentum virker ikke")
    assert bot.stored.cases.get(3).similar_to == 0
