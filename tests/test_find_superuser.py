"""'Hvem er min superbruger?' over real HTTP: in a channel, and while away; more in inprocess/."""

from __future__ import annotations

from tests.chat import Someone
from tests.conftest import BO, SARA, RunningBot

NADIA = "nadia.hussein@jobcenter.varde.example"  # the only superuser of Team Integration
KASPER = "kasper.moeller@jobcenter.varde.example"  # employee, Team Integration


async def test_in_a_channel_the_superusers_are_mentioned(bot: RunningBot, anne: Someone) -> None:
    await bot.emulator.install_in_team("ydelse")
    turn = await anne.says("hvem er min superbruger?", team="ydelse")
    [reply] = turn.replies
    assert reply.text.startswith("Superbruger i Team Ydelse: <at>Bo Nielsen</at>.")
    bo_id = bot.emulator.directory.user(BO).user_id
    assert [(m["text"], m["mentioned"]["id"]) for m in reply.activity["entities"]] == [
        ("<at>Bo Nielsen</at>", bo_id)
    ]


async def test_an_away_superuser_is_replaced_by_the_deputy_until_she_is_back(
    bot: RunningBot, anne: Someone, bo: Someone
) -> None:
    sara = Someone(bot.emulator, SARA)
    await sara.says("hej")  # Sara has the bot, so it can tell her 1:1
    await bot.emulator.install_in_team("ydelse")

    await bo.says("jeg er væk til og med fredag")
    assert bo.last_reply == (
        "Noteret: du er væk fra mandag den 30. november til og med fredag den 4. december.\n\n"
        "Imens hjælper Sara Lund i Team Ydelse.\n\n"
        "Kommer du tilbage før tid, så skriv «tilbage igen»."
    )
    notice = bot.emulator.wait_for(
        lambda r: (
            r.conversation_id == bot.emulator.personal_conversation_id(SARA)
            and "Bo Nielsen er væk" in r.text
        )
    )
    assert notice.text == (
        "Bo Nielsen er væk til og med fredag den 4. december, "
        "så du er superbruger i Team Ydelse imens."
    )

    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == (
        "Bo Nielsen er væk til og med fredag den 4. december.\n\n"
        "Imens tager stedfortræderen over: Sara Lund (sara.lund@jobcenter.varde.example).\n\n"
        "Skriv til dem i Teams eller på mail."
    )
    turn = await anne.says("hvem er superbruger", team="ydelse")
    sara_id = bot.emulator.directory.user(SARA).user_id
    assert [m["id"] for m in turn.replies[0].mentions] == [sara_id]

    bot.clock.advance(days=5)  # Saturday: the absence has ended by itself
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply.startswith("Superbruger i Team Ydelse: Bo Nielsen")
    assert "væk" not in anne.last_reply
