"""A person chooses the bot's language; a half-finished choice survives a restart."""

from __future__ import annotations

import asyncio

from dialogs.language.texts import text
from storage.db import Database
from storage.repositories import People
from tests.chat import Someone
from tests.conftest import ANNE, RunningBot


async def test_choose_english_with_a_button(anne: Someone) -> None:
    turn = await anne.says("skift sprog")
    question = turn.replies[0]
    assert "Hvilket sprog" in anne.last_reply
    await anne.clicks("Engelsk", on=question)
    assert anne.last_reply == "Fine, I will answer you in English from now on."
    await anne.says("hjælp")
    assert "What IT-hjælp can do" in anne.last_reply, "the choice wins over the Danish Teams"


async def test_choose_by_writing_with_a_typo(emma: Someone) -> None:
    await emma.says("change language", locale="en-US")
    assert "Which language" in emma.last_reply
    await emma.says("Danks", locale="en-US")
    assert emma.last_reply == "Fint, jeg svarer dig på dansk fra nu af."
    await emma.says("help", locale="en-US")
    assert "Det kan IT-hjælp" in emma.last_reply


async def test_follow_teams_again(anne: Someone) -> None:
    await anne.says("skift sprog")
    await anne.says("engelsk")
    await anne.says("skift sprog")
    await anne.says("følg teams")
    assert "følger sproget i din Teams" in anne.last_reply
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_a_half_finished_choice_survives_a_restart(bot: RunningBot, anne: Someone) -> None:
    await anne.says("skift sprog")
    await bot.restart()
    await anne.says("engelsk")
    assert anne.last_reply == "Fine, I will answer you in English from now on."
    await bot.stop()
    db = Database.open(bot.settings.data_dir)
    person = People(db).by_email(ANNE)
    db.close()
    assert person is not None
    assert person.language == "en"


async def test_cancel_and_wrong_answers(anne: Someone) -> None:
    await anne.says("skift sprog")
    await anne.says("blå")
    assert "forstod jeg ikke" in anne.last_reply
    await anne.says("annullér")
    assert "lader sproget være" in anne.last_reply
    await anne.says("engelsk")
    assert "forstod jeg ikke" in anne.last_reply, "the question is over, so this is no answer"


async def test_another_request_ends_the_question(anne: Someone) -> None:
    await anne.says("skift sprog")
    await anne.says("hjælp")
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_forged_button_values_change_nothing(bot: RunningBot, anne: Someone) -> None:
    await anne.says("hej")
    for value, answer in [
        ({"action": "choose_language", "language": "klingon"}, "language.not_understood"),
        ({"action": "drop_tables"}, "card.unknown_action"),
        ({"no": "action"}, "card.unknown_action"),
        ({"action": ["choose_language"]}, "card.unknown_action"),
    ]:
        turn = await bot.emulator.submit(ANNE, value)
        assert turn.status == 201
        assert turn.text == text(answer, "da"), value
    person = bot.stored.people.by_email(ANNE)
    assert person is not None
    assert person.language == ""


async def test_choose_with_an_action_execute_button(bot: RunningBot, anne: Someone) -> None:
    await anne.says("skift sprog")
    turn = await bot.emulator.invoke(ANNE, "choose_language", {"language": "en"})
    assert turn.status == 200
    assert turn.body["statusCode"] == 200
    assert turn.body["value"] == "Fine, I will answer you in English from now on."
    assert turn.text == "Fine, I will answer you in English from now on."
    forged = await bot.emulator.invoke(ANNE, "delete_everything", {"language": "en"})
    assert forged.status == 200
    assert "no longer know that button" in forged.body["value"]


async def test_a_double_click_is_answered_twice_without_errors(
    bot: RunningBot, anne: Someone
) -> None:
    turn = await anne.says("skift sprog")
    data = {"action": "choose_language", "language": "en"}
    first, second = await asyncio.gather(
        bot.emulator.submit(ANNE, data, reply_to=turn.replies[0]),
        bot.emulator.submit(ANNE, data, reply_to=turn.replies[0]),
    )
    assert (first.status, second.status) == (201, 201)
    assert first.text == second.text == "Fine, I will answer you in English from now on."
