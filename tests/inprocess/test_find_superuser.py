"""'Hvem er min superbruger?' for any team, with typos, absence, deputies and the project lead."""

from __future__ import annotations

import pytest

from tests.conftest import ANNE, METTE
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams

NADIA = "nadia.hussein@jobcenter.varde.example"  # the only superuser of Team Integration
KASPER = "kasper.moeller@jobcenter.varde.example"  # employee, Team Integration


@pytest.mark.parametrize(
    "question",
    [
        "hvem er min superbruger?",
        "Hvem er min superbuger",
        "hvem er min supebruger?",
        "hvem er superbruger",
        "superbruger?",
        "min superbruger",
    ],
)
async def test_an_employee_learns_her_superuser_in_danish(anne: Someone, question: str) -> None:
    await anne.says(question)
    assert anne.last_reply == (
        "Superbruger i Team Ydelse: Bo Nielsen (bo.nielsen@jobcenter.varde.example).\n\n"
        "Stedfortræder: Sara Lund.\n\n"
        "Skriv til dem i Teams eller på mail."
    )


@pytest.mark.parametrize(
    "question", ["who is my superuser?", "Who is my superusr", "whos my superuser", "superuser"]
)
async def test_an_english_speaker_learns_her_superuser(emma: Someone, question: str) -> None:
    await emma.says(question)
    assert emma.last_reply.startswith(
        "Superuser in Team Ydelse: Bo Nielsen (bo.nielsen@jobcenter.varde.example)."
    )
    assert "Deputy: Sara Lund." in emma.last_reply


@pytest.mark.parametrize(
    "question",
    [
        "hvem er superbruger i Team Unge?",
        "hvem er superbruger i unge",
        "hvem er superbrugeren for Tem Ungee?",
        "who is the superuser in team unge",
        "who is superuser for Unge?",
    ],
)
async def test_anyone_can_ask_about_another_team(anne: Someone, question: str) -> None:
    await anne.says(question)
    assert "Team Unge" in anne.last_reply
    assert "Mikkel Sand (mikkel.sand@jobcenter.varde.example)" in anne.last_reply
    assert "Bo Nielsen" not in anne.last_reply


async def test_an_unknown_team_gets_suggestions(anne: Someone) -> None:
    await anne.says("hvem er superbruger i Team Sygedage")
    assert "Team Sygedagpenge" in anne.last_reply
    await anne.says("hvem er superbruger i Team Økonomi")
    assert anne.last_reply.startswith("Jeg kender ikke et team, der hedder «Team Økonomi».")
    assert "Team Ydelse" in anne.last_reply
    assert "Team Sekretariat" in anne.last_reply


async def test_back_early(teams: InMemoryTeams, anne: Someone, bo: Someone) -> None:
    await bo.says("ferie 1.-3. december")
    await bo.says("tilbage igen")
    assert bo.last_reply.startswith("Du var ikke meldt væk")
    teams.clock.advance(days=1)  # Tuesday 1 December: on holiday
    await anne.says("hvem er min superbruger")
    assert "Bo Nielsen er væk til og med torsdag den 3. december" in anne.last_reply
    await bo.says("tilbage igen")
    assert bo.last_reply == "Velkommen tilbage! Du får IT-sagerne igen fra nu af."
    await anne.says("hvem er min superbruger")
    assert anne.last_reply.startswith("Superbruger i Team Ydelse: Bo Nielsen")


async def test_english_absence_and_its_answer(
    teams: InMemoryTeams, bo: Someone, emma: Someone
) -> None:
    await bo.says("I'm away until Friday", locale="en-US")
    assert bo.last_reply.startswith(
        "Noted: you are away from Monday 30 November to Friday 4 December."
    )
    await emma.says("who is my superuser")
    assert "Bo Nielsen is away until and including Friday 4 December." in emma.last_reply
    assert "Meanwhile the deputy takes over: Sara Lund" in emma.last_reply


async def test_a_team_with_nobody_left_gets_the_project_lead(teams: InMemoryTeams) -> None:
    nadia, kasper = Someone(teams, NADIA), Someone(teams, KASPER)
    await nadia.says("ferie uge 49")
    assert "sagerne går til Mette Kjær" in nadia.last_reply
    await kasper.says("hvem er min superbruger")
    assert kasper.last_reply == (
        "Nadia Hussein er væk til og med søndag den 6. december.\n\n"
        "Der er ingen superbruger i Team Integration lige nu, så projektlederen hjælper jer: "
        f"Mette Kjær ({METTE}).\n\n"
        "Skriv til dem i Teams eller på mail."
    )


async def test_an_employee_need_not_report_absence(anne: Someone) -> None:
    await anne.says("jeg er syg i dag")
    assert anne.last_reply.startswith("Tak for besked. Jeg holder kun styr på fravær")


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("jeg er væk", "Hvornår er du tilbage?"),
        ("væk 3. november 2026", "Den dato er allerede gået."),
    ],
)
async def test_absence_without_usable_dates_is_asked_again(
    bo: Someone, said: str, answer: str
) -> None:
    await bo.says(said)
    assert bo.last_reply.startswith(answer)


async def test_the_missing_date_can_come_in_the_next_message(anne: Someone, bo: Someone) -> None:
    await bo.says("jeg holder ferie")
    await bo.says("til og med onsdag")
    assert bo.last_reply.startswith(
        "Noteret: du er væk fra mandag den 30. november til og med onsdag den 2. december."
    )
    assert ANNE  # Anne asks below
    await anne.says("hvem er min superbruger")
    assert "Bo Nielsen er væk til og med onsdag den 2. december" in anne.last_reply


async def test_text_that_only_starts_like_the_question_is_not_taken_for_a_team(
    anne: Someone,
) -> None:
    await anne.says("superbruger Bo har ikke svaret mig")
    assert anne.last_reply.startswith("Det forstod jeg ikke helt.")
    await anne.says("hvem er superbruger Team Unge")
    assert "Mikkel Sand" in anne.last_reply
