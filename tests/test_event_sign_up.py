"""People sign up for events and off again; a full event keeps a waitlist that moves up."""

from __future__ import annotations

from tests import event_planning
from tests.chat import Someone
from tests.conftest import ANNE, PETER, RunningBot
from tests.event_planning import invitation_to, stored

# The shared fixtures, which pytest finds by these names.
mette, peter = event_planning.mette, event_planning.peter


async def test_sign_up_waitlist_and_promotion(
    bot: RunningBot, mette: Someone, anne: Someone, peter: Someone
) -> None:
    await anne.says("hej")
    await peter.says("hej")
    turn = await mette.says("opret kursusdag")
    await mette.clicks(
        "Opret",
        on=turn.replies[0],
        inputs={
            "title": "Momentum-opdatering",
            "date": "2026-12-08",
            "start": "09:00",
            "end": "12:00",
            "teams": "ydelse",
            "capacity": "1",
        },
    )
    [event] = stored(bot)
    card = invitation_to(bot, ANNE)
    await anne.clicks("Tilmeld", on=card)
    assert anne.last_reply == (
        "Du er tilmeldt kursusdagen «Momentum-opdatering» tirsdag den 8. december kl. "
        "09.00–12.00. Jeg minder dig om den."
    )
    await peter.clicks("Tilmeld", on=invitation_to(bot, PETER))
    assert peter.last_reply.startswith(
        "«Momentum-opdatering» er fuldt booket, så du står på venteliste som nummer 1."
    )
    await peter.says("mine kurser")
    assert "Du står på venteliste som nummer 1." in peter.last_reply
    await anne.clicks("Tilmeld", on=invitation_to(bot, ANNE))
    assert "allerede tilmeldt" in anne.last_reply

    bot.emulator.clear()
    turn = await anne.clicks("Afmeld", on=card)
    assert anne.last_reply == "Du er afmeldt kursusdagen «Momentum-opdatering»."
    [notice] = turn.elsewhere
    assert notice.conversation_id == bot.emulator.personal_conversation_id(PETER)
    assert notice.text == (
        "Der er blevet en plads: du er nu tilmeldt kursusdagen «Momentum-opdatering» "
        "tirsdag den 8. december kl. 09.00."
    )
    event = bot.stored.events.get(event.event_id)
    assert (event.signed_up, event.waitlist) == ((PETER,), ())

    await anne.says("kommende kurser")
    assert "Momentum-opdatering" in anne.last_reply
    assert "Fuldt booket" in anne.last_reply
    await anne.says("mine kurser")
    assert "ikke tilmeldt nogen" in anne.last_reply
    await anne.clicks("Afmeld", on=card)
    assert "Du var ikke tilmeldt" in anne.last_reply


async def test_a_forged_button_changes_nothing(bot: RunningBot, anne: Someone) -> None:
    await bot.emulator.submit(ANNE, {"action": "event_sign_up", "event": "ffffffffffff"})
    assert "kender jeg ikke" in bot.emulator.recorded()[-1].text
    await bot.emulator.submit(ANNE, {"action": "event_sign_up", "event": ["x"]})
    assert "kender jeg ikke" in bot.emulator.recorded()[-1].text
