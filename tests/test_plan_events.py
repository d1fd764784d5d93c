"""The leads plan course days and meetings; people sign up, and can add them to Outlook."""

from __future__ import annotations

from datetime import datetime

import aiohttp
import pytest
from icalendar import Calendar

from bot.emulator import Recorded
from dialogs.language.texts import text
from storage.models import Event
from tests.chat import Someone, buttons, input_ids, seen
from tests.conftest import ANNE, BO, COPENHAGEN, HENRIK, METTE, PETER, RunningBot

MOMENTUM = (
    "opret kursusdag Momentum-opdatering 8. december kl 9-12 i mødelokale 2 "
    "for Team Ydelse og Team Unge"
)


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)


@pytest.fixture
def peter(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, PETER)


def stored(bot: RunningBot) -> list[Event]:
    return bot.stored.events.all()


def personal(bot: RunningBot, email: str) -> list[Recorded]:
    """What the bot sent to someone 1:1, outside their own turns too."""
    return [r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(email))]


def invitation_to(bot: RunningBot, email: str) -> Recorded:
    [card] = [r for r in personal(bot, email) if buttons(r).keys() >= {"Tilmeld", "Afmeld"}]
    return card


async def plan(bot: RunningBot, mette: Someone, text: str = MOMENTUM) -> Event:
    """The lead writes the plan and presses 'Opret' on the confirmation."""
    turn = await mette.says(text)
    assert "Opret" in buttons(turn.replies[0]), mette.last_reply
    await mette.clicks("Opret", on=turn.replies[0])
    [event] = [e for e in stored(bot) if e.title in text]
    return event


# -- creating by text and by form ----------------------------------------------------------------


async def test_the_project_lead_plans_a_course_day_in_one_sentence(
    bot: RunningBot, mette: Someone, anne: Someone, peter: Someone
) -> None:
    await anne.says("hej")
    await peter.says("hej")
    turn = await mette.says(MOMENTUM)
    confirmation = turn.replies[0]
    shown = seen(confirmation)
    assert "Skal jeg oprette kursusdagen?" in shown
    assert "tirsdag den 8. december kl. 09.00–12.00" in shown
    assert "mødelokale 2" in shown
    assert "Team Ydelse, Team Unge" in shown
    assert "7 dage, 1 dag, 1 time før" in shown
    assert stored(bot) == [], "nothing is saved before the lead confirms"
    assert bot.scheduled() == []

    turn = await mette.clicks("Opret", on=confirmation)
    assert mette.last_reply == text(
        "event.created.course",
        "da",
        title="Momentum-opdatering",
        when="tirsdag den 8. december kl. 09.00–12.00",
    )
    [event] = stored(bot)
    assert (event.kind, event.title, event.place) == (
        "course",
        "Momentum-opdatering",
        "mødelokale 2",
    )
    assert datetime.fromisoformat(event.start) == datetime(2026, 12, 8, 9, tzinfo=COPENHAGEN)
    assert datetime.fromisoformat(event.end) == datetime(2026, 12, 8, 12, tzinfo=COPENHAGEN)
    assert event.teams == ("ydelse", "unge")
    assert event.reminders == (10080, 1440, 60)
    # Team Ydelse has no case channel yet, so its members get the card 1:1 if they have a chat.
    for email in (ANNE, PETER):
        card = invitation_to(bot, email)
        assert "Kursusdag: Momentum-opdatering" in seen(card)
        assert "tirsdag den 8. december kl. 09.00–12.00" in seen(card)
        assert buttons(card)["Føj til Outlook"]["url"].endswith(f"/events/{event.event_id}.ics")
    assert len(bot.scheduled()) == 3

    await mette.clicks("Opret", on=confirmation)
    assert "allerede oprettet" in mette.last_reply, "a second click creates nothing"
    assert len(stored(bot)) == 1


async def test_a_whole_team_is_invited_and_told_in_its_case_channel(
    bot: RunningBot, mette: Someone, anne: Someone, peter: Someone
) -> None:
    emu = bot.emulator
    await emu.install_in_team("ydelse")
    await anne.says("hej")
    await peter.says("hej")
    emu.clear()
    await plan(bot, mette)
    ydelse = emu.directory.team("ydelse")
    posts = [
        r
        for r in emu.recorded()
        if r.conversation_id.startswith(ydelse.channel("General").channel_id)
    ]
    [post] = [r for r in posts if "Tilmeld" in buttons(r)]
    assert "Kursusdag: Momentum-opdatering" in seen(post)
    assert not [r for r in personal(bot, ANNE) if "Tilmeld" in buttons(r)], "no second copy 1:1"

    await anne.clicks("Tilmeld", on=post, team="ydelse")
    assert anne.last_reply.startswith("Du er tilmeldt kursusdagen «Momentum-opdatering»")
    emu.clear()
    await mette.says("aflys Momentum-opdatering")
    cancelled = (
        "Kursusdagen «Momentum-opdatering» tirsdag den 8. december kl. 09.00–12.00 er aflyst."
    )
    channel = ydelse.channel("General").channel_id
    assert [r.text for r in emu.recorded() if r.conversation_id.startswith(channel)] == [cancelled]
    assert [r.text for r in personal(bot, ANNE)] == [cancelled], "signed up, so told 1:1 too"
    assert [r.text for r in personal(bot, PETER)] == [], "Peter reads it in the channel"


async def test_an_english_lead_plans_in_english(bot: RunningBot) -> None:
    henrik = Someone(bot.emulator, HENRIK)
    turn = await henrik.says(
        "create course day Outlook tips December 10 at 9-11 in room 3 for Team Unge",
        locale="en-US",
    )
    shown = seen(turn.replies[0])
    assert "Shall I create the course day?" in shown
    assert "Thursday 10 December at 09:00–11:00" in shown
    await henrik.clicks("Create", on=turn.replies[0], locale="en-US")
    assert henrik.last_reply.startswith("The course day “Outlook tips” Thursday 10 December")


async def test_the_form_creates_a_course_day(
    bot: RunningBot, mette: Someone, peter: Someone, bo: Someone
) -> None:
    await peter.says("hej")
    await bo.says("hej")
    turn = await mette.says("opret kursusdag")
    form = turn.replies[0]
    fields = input_ids(form)
    assert fields["kind"] == "course"
    assert fields["reminders"] == "10080,1440,60"
    await mette.clicks(
        "Opret",
        on=form,
        inputs={
            "title": "Nyt ESDH",
            "date": "2026-12-10",
            "start": "13:00",
            "end": "15:30",
            "place": "Kantinen",
            "roles": "superuser",
            "people": PETER,
            "capacity": "12",
            "reminders": "1440,60",
        },
    )
    assert mette.last_reply.startswith(
        "Kursusdagen «Nyt ESDH» torsdag den 10. december kl. 13.00–15.30 er oprettet"
    )
    [event] = stored(bot)
    assert (event.roles, event.people, event.capacity, event.reminders) == (
        ("superuser",),
        (PETER,),
        12,
        (1440, 60),
    )
    for email in (PETER, BO):
        assert "12 ledige" in seen(invitation_to(bot, email))


async def test_a_recurring_meeting_from_one_sentence(bot: RunningBot, mette: Someone) -> None:
    turn = await mette.says("opret møde superbrugermøde første tirsdag i måneden kl. 10")
    shown = seen(turn.replies[0])
    assert "tirsdag den 1. december kl. 10.00–11.00" in shown
    assert "Hver måned" in shown
    assert "Superbrugere" in shown, "a superuser meeting invites the superusers"
    await mette.clicks("Opret", on=turn.replies[0])
    [event] = stored(bot)
    assert (event.kind, event.rrule, event.roles) == (
        "meeting",
        "FREQ=MONTHLY;BYDAY=+1TU",
        ("superuser",),
    )

    bo = Someone(bot.emulator, BO)
    await bo.says("næste møde")
    assert "Møde: superbrugermøde" in bo.last_reply
    assert "tirsdag den 1. december kl. 10.00–11.00" in bo.last_reply
    await Someone(bot.emulator, PETER).says("næste møde")
    assert "ikke inviteret" in bot.emulator.recorded()[-1].text


# -- bad input changes nothing ---------------------------------------------------------------------


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
    assert anne.last_reply == (
        "Kun projektlederen (Mette Kjær) og den IT-vidensansvarlige (Henrik Lund) kan planlægge "
        "kursusdage og møder."
    )
    await emma.says("create meeting", locale="en-US")
    assert emma.last_reply.startswith("Only the project lead (Mette Kjær) and the IT lead")
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


# -- sign-up, capacity and the waitlist ----------------------------------------------------------


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


# -- the calendar file --------------------------------------------------------------------------


async def test_the_ics_file_has_the_right_times_in_copenhagen(
    bot: RunningBot, mette: Someone
) -> None:
    event = await plan(bot, mette)
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event.event_id}.ics") as response,
    ):
        assert response.status == 200
        assert response.content_type == "text/calendar"
        body = await response.read()
    calendar = Calendar.from_ical(body)
    [item] = calendar.walk("VEVENT")
    start, end = item.decoded("dtstart"), item.decoded("dtend")
    assert start == datetime(2026, 12, 8, 9, tzinfo=COPENHAGEN)
    assert end == datetime(2026, 12, 8, 12, tzinfo=COPENHAGEN)
    assert str(item["dtstart"].params["TZID"]) == "Europe/Copenhagen"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    assert str(item["summary"]) == "Momentum-opdatering"
    assert str(item["location"]) == "mødelokale 2"


async def test_a_recurring_meeting_s_ics_repeats(bot: RunningBot, mette: Someone) -> None:
    event = await plan(bot, mette, "opret møde superbrugermøde første tirsdag i måneden kl. 10")
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event.event_id}.ics") as response,
    ):
        [item] = Calendar.from_ical(await response.read()).walk("VEVENT")
    assert item.decoded("dtstart") == datetime(2026, 12, 1, 10, tzinfo=COPENHAGEN)
    assert item["rrule"].to_ical() == b"FREQ=MONTHLY;BYDAY=+1TU"


@pytest.mark.parametrize("event_id", ["ffffffffffff", "nope", "..%2F..%2Fetc", "A" * 300])
async def test_an_unknown_calendar_file_is_a_clean_404(bot: RunningBot, event_id: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{bot.url}/events/{event_id}.ics") as response,
    ):
        assert response.status == 404
        assert (await response.json())["error"]["code"] == "NoSuchEvent"


# -- moving and cancelling -----------------------------------------------------------------------


async def test_moving_and_cancelling_tell_everyone_affected(
    bot: RunningBot, mette: Someone, anne: Someone, peter: Someone
) -> None:
    await anne.says("hej")
    await peter.says("hej")
    event = await plan(bot, mette)
    await anne.clicks("Tilmeld", on=invitation_to(bot, ANNE))
    before = set(bot.scheduled())

    await mette.says("flyt kursusdagen Momentum-opdatering til 10. december kl 13-16")
    assert mette.last_reply.startswith(
        "Kursusdagen «Momentum-opdatering» er flyttet til torsdag den 10. december kl. 13.00–16.00"
    )
    moved = (
        "Kursusdagen «Momentum-opdatering» er flyttet. "
        "Den er nu torsdag den 10. december kl. 13.00–16.00."
    )
    for email in (ANNE, PETER):
        assert moved in [r.text for r in personal(bot, email)]
    after = set(bot.scheduled())
    assert len(after) == 3
    assert not before & after, "the old reminders are gone, new ones planned"

    await mette.says("aflys kursusdagen Momentum-opdatering")
    assert mette.last_reply.startswith("Kursusdagen «Momentum-opdatering» er aflyst")
    cancelled = (
        "Kursusdagen «Momentum-opdatering» torsdag den 10. december kl. 13.00–16.00 er aflyst."
    )
    assert cancelled in [r.text for r in personal(bot, ANNE)]
    assert bot.scheduled() == []
    assert bot.stored.events.get(event.event_id).cancelled
    await anne.clicks("Tilmeld", on=invitation_to(bot, ANNE))
    assert anne.last_reply == "«Momentum-opdatering» er aflyst."


async def test_the_help_shows_planning_to_the_leads_and_the_lists_to_everyone(
    bot: RunningBot, mette: Someone, anne: Someone
) -> None:
    await anne.says("hjælp")
    for command in ("kommende kurser", "mine kurser", "næste møde"):
        assert command in anne.last_reply
    assert "opret kursusdag" not in anne.last_reply
    await mette.says("hjælp")
    for command in ("opret kursusdag", "opret møde", "opgave til projektlederen", "mine opgaver"):
        assert command in mette.last_reply
