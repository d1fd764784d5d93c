"""Bad plans, bad forms and employees who try to plan are explained and store nothing."""

from __future__ import annotations

import pytest

from dialogs.language.texts import text
from tests import event_planning
from tests.chat import Someone, buttons
from tests.conftest import ANNE, RunningBot
from tests.event_planning import MOMENTUM, stored

# The shared fixtures, which pytest finds by these names.
mette = event_planning.mette


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        (
            "opret kursusdag Status 3. november 2026 kl 10-12 for Team Ydelse",
            "Det tidspunkt er allerede gået.",
        ),
        (
            "opret kursusdag Status 8. december kl 12-9 for Team Ydelse",
            "Sluttidspunktet ligger før",
        ),
        (
            "opret kursusdag Status 8. december kl 9-12 for Team Pingvin",
            "Jeg kender ikke et team, der hedder «Team Pingvin».",
        ),
        ("opret møde Status 8. december kl 25 for Team Ydelse", "Det tidspunkt findes ikke."),
        ("opret kursusdag Status 8. december for Team Ydelse", "Jeg kunne ikke finde tidspunktet"),
        ("opret kursusdag Status kl 9-12 for Team Ydelse", "Jeg kunne ikke finde datoen."),
        ("opret kursusdag Status 8. december kl 9-12", "Hvem skal inviteres?"),
    ],
)
async def test_bad_plans_are_explained_and_nothing_is_stored(
    bot: RunningBot, mette: Someone, said: str, answer: str
) -> None:
    turn = await mette.says(said)
    assert answer in mette.last_reply
    assert not [r for r in turn.replies if "Opret" in buttons(r)]
    assert stored(bot) == []


async def test_an_employee_cannot_plan(bot: RunningBot, anne: Someone, emma: Someone) -> None:
    await anne.says(MOMENTUM)
    leads = {"project_lead": "Mette Kjær", "it_lead": "Henrik Lund"}
    assert anne.last_reply == text("event.refused", "da", **leads)
    await emma.says("create meeting", locale="en-US")
    assert emma.last_reply == text("event.refused", "en", **leads)
    # A confirmation card's data sent by someone else is refused too.
    await bot.emulator.submit(
        ANNE,
        {
            "action": "event_form",
            "draft": "0123456789ab",
            "kind": "course",
            "title": "Forged",
            "date": "2026-12-08",
            "start": "09:00",
            "end": "10:00",
            "teams": "ydelse",
        },
    )
    assert stored(bot) == []


@pytest.mark.parametrize(
    ("inputs", "answer"),
    [
        ({"date": "2026-11-01"}, "Det tidspunkt er allerede gået."),
        ({"start": "15:00", "end": "13:00"}, "Sluttidspunktet ligger før"),
        ({"teams": "ydelse,pingvin"}, "Jeg kender ikke et team, der hedder «pingvin»."),
        ({"people": "nobody@example.dk"}, "Jeg kender ikke adressen «nobody@example.dk»."),
        ({"capacity": "-3"}, "skal være hele tal"),
        ({"date": "i morgen"}, "Det tidspunkt findes ikke."),
        ({"teams": ""}, "Hvem skal inviteres?"),
    ],
)
async def test_a_bad_form_is_explained_and_nothing_is_stored(
    bot: RunningBot, mette: Someone, inputs: dict[str, str], answer: str
) -> None:
    turn = await mette.says("opret møde")
    good = {"title": "Status", "date": "2026-12-09", "start": "13:00", "end": "14:00"}
    await mette.clicks("Opret", on=turn.replies[0], inputs={**good, "teams": "ydelse", **inputs})
    assert answer in mette.last_reply
    assert stored(bot) == []
