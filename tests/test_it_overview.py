"""The IT overview board: the project lead keeps it, anyone reads it, followers hear of changes."""

from __future__ import annotations

from dialogs.flows import dispatcher
from dialogs.language.texts import text
from tests.chat import Someone, buttons, input_ids, seen
from tests.conftest import ANNE, EMMA, KARIN, METTE, RunningBot

recognize = dispatcher().recognize


async def add_momentum(mette: Someone) -> None:
    turn = await mette.says(
        "tilføj IT-redskab Momentum-opdatering: status pilot; dato 1. marts 2027; "
        "ansvarlig mette.kjaer@jobcenter.varde.example; beskrivelse Ny version af Momentum; "
        "kursusdag Kursusdag 12: Momentum for superbrugere; milepæl 2027-01-15 Pilot i Team Ydelse"
    )
    assert "er tilføjet IT-oversigten" in turn.texts[0]


async def test_anyone_asks_what_is_coming_and_gets_one_card_in_their_language(
    bot: RunningBot, anne: Someone, emma: Someone
) -> None:
    empty = await anne.says("hvad er på vej?")
    assert "ikke noget på IT-oversigten" in empty.text
    mette = Someone(bot.emulator, METTE)
    await add_momentum(mette)

    [card] = (await anne.says("IT-oversigt")).replies
    shown = seen(card)
    assert "IT-oversigt for Jobcenter Varde: det er på vej" in shown
    assert "Momentum-opdatering" in shown
    assert "Ny version af Momentum" in shown
    assert "pilot" in shown
    assert "mandag den 1. marts 2027" in shown
    assert "Mette Kjær" in shown
    assert "Kursusdag 12: Momentum for superbrugere" in shown
    assert "fredag den 15. januar 2027: Pilot i Team Ydelse" in shown

    [card] = (await emma.says("what's coming?")).replies
    shown = seen(card)
    assert "IT overview for Jobcenter Varde: what is coming" in shown
    assert "Expected go-live" in shown
    assert "Monday 1 March 2027" in shown


async def test_the_superuser_overview_still_answers_to_oversigt(bot: RunningBot) -> None:
    assert recognize("oversigt").name == "overview"
    assert recognize("oversigt over superbrugere").name == "overview"
    assert recognize("IT-oversigt").name == "it_overview"
    assert recognize("it oversigt").name == "it_overview"
    assert recognize("hvad er på vej?").name == "it_overview"
    assert recognize("udsend: Momentum lukker").name == "broadcast"
    assert recognize("planlagte udsendelser").name == "scheduled_notices"
    # A problem report that starts like a command word is not taken for it.
    assert recognize("folk i mit team kan ikke logge på") is None
    assert recognize("udsendt mail virker ikke") is None
    karin = Someone(bot.emulator, KARIN)
    assert "Superbrugere i Jobcenter Varde" in seen((await karin.says("oversigt")).replies[0])


async def test_followers_hear_when_the_status_or_date_changes(
    bot: RunningBot, anne: Someone, emma: Someone
) -> None:
    mette = Someone(bot.emulator, METTE)
    await mette.says("hej")
    await add_momentum(mette)
    followed = await anne.says("følg Momentum-opdatering")
    assert "Du følger nu «Momentum-opdatering»" in followed.text
    assert "allerede" in (await anne.says("følg momentum opdatering")).text
    await emma.says("follow Momentum-opdatering")
    unknown = await anne.says("følg Outlook 2030")
    assert "«Outlook 2030» er ikke på IT-oversigten" in unknown.text

    changed = await mette.says(
        "ret IT-redskab Momentum-opdatering: status udrulning; dato 8. marts 2027"
    )
    assert "er gemt" in changed.text
    to_anne = [
        r for r in changed.sent if r.conversation_id == bot.emulator.personal_conversation_id(ANNE)
    ]
    assert [r.text for r in to_anne] == [
        text("board.now.rollout", "da", name="Momentum-opdatering"),
        text("board.moved", "da", name="Momentum-opdatering", day="mandag den 8. marts 2027"),
    ]
    to_emma = [
        r for r in changed.sent if r.conversation_id == bot.emulator.personal_conversation_id(EMMA)
    ]
    assert to_emma[0].text == text("board.now.rollout", "en", name="Momentum-opdatering")

    # A change by card: only the description changes, so nobody is told.
    form = (await mette.says("ret IT-redskab Momentum-opdatering")).replies[0]
    assert input_ids(form)["status"] == "rollout"
    saved = await mette.clicks("Gem", on=form, inputs={"description": "Version 2027.1"})
    assert saved.elsewhere == []
    saved = await mette.clicks("Gem", on=form, inputs={"status": "live"})
    assert [r.text for r in saved.elsewhere if "nu i drift" in r.text]

    await anne.says("stop med at følge Momentum-opdatering")
    later = await mette.says("ret IT-redskab Momentum-opdatering: status udfaset")
    assert [
        r for r in later.sent if r.conversation_id == bot.emulator.personal_conversation_id(ANNE)
    ] == []


async def test_only_the_leads_change_the_board_and_forged_saves_are_refused(
    bot: RunningBot, anne: Someone
) -> None:
    refused = await anne.says("tilføj IT-redskab Hjemmelavet")
    assert "Kun projektlederen (Mette Kjær)" in refused.text
    mette = Someone(bot.emulator, METTE)
    await add_momentum(mette)
    form = (await mette.says("ret IT-redskab Momentum-opdatering")).replies[0]
    assert list(buttons(form)) == ["Gem"]
    forged = await anne.clicks("Gem", on=form, inputs={"status": "retired"})
    assert "Kun projektlederen" in forged.text
    bad = await mette.clicks("Gem", on=form, inputs={"status": "exploded"})
    assert "Den knap kender jeg ikke" in bad.text
    unknown = await bot.emulator.submit(METTE, {"action": "board_save", "item": "nope"})
    assert "Den knap kender jeg ikke" in unknown.text
    wrong = await mette.says("ret IT-redskab Momentum-opdatering: status kaput")
    assert "«kaput» er ikke en status" in wrong.text
    [card] = (await anne.says("IT-oversigt")).replies
    assert "pilot" in seen(card)
    assert "udfaset" not in seen(card)


async def test_help_shows_the_board_to_everyone_and_broadcasting_to_the_leads(
    bot: RunningBot, anne: Someone
) -> None:
    help_for_anne = seen((await anne.says("hjælp")).replies[0])
    assert "hvad er på vej?" in help_for_anne
    assert "følg Momentum-opdatering" in help_for_anne
    assert "udsend:" not in help_for_anne
    mette = Someone(bot.emulator, METTE)
    help_for_mette = seen((await mette.says("hjælp")).replies[0])
    assert "udsend: Fra mandag opdateres Momentum …" in help_for_mette
    assert "planlagte udsendelser" in help_for_mette
    assert "tilføj IT-redskab Momentum-opdatering" in help_for_mette
