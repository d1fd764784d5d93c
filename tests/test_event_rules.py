"""Planning messages, occurrences and reminder moments as plain rules, and the commands."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.settings import Settings
from dialogs.dates import format_moment, format_period
from dialogs.event_rules import occurrences, parse_plan, reminders_between
from dialogs.flows import dispatcher
from storage.models import Event
from tests.conftest import COPENHAGEN, START

recognize = dispatcher().recognize


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "title", "start", "end", "place", "audience", "rule"),
    [
        (
            "Momentum-opdatering 8. december kl 9-12 i mødelokale 2 for Team Ydelse og Team Unge",
            "Momentum-opdatering",
            at(12, 8, 9),
            at(12, 8, 12),
            "mødelokale 2",
            ("Team Ydelse", "Team Unge"),
            "",
        ),
        (
            "superbrugermøde første tirsdag i måneden kl. 10",
            "superbrugermøde",
            at(12, 1, 10),
            at(12, 1, 11),
            "",
            (),
            "FREQ=MONTHLY;BYDAY=+1TU",
        ),
        (
            "Status den 3. december kl. 13.30-14.30 https://teams.microsoft.com/l/meetup-join/x "
            "for teamledere, fagkoordinatorer og bo.nielsen@jobcenter.varde.example",
            "Status",
            at(12, 3, 13, 30),
            at(12, 3, 14, 30),
            "https://teams.microsoft.com/l/meetup-join/x",
            ("teamledere", "fagkoordinatorer", "bo.nielsen@jobcenter.varde.example"),
            "",
        ),
        (
            "Outlook tips December 10 at 9-11 in room 3 for Team Unge",
            "Outlook tips",
            at(12, 10, 9),
            at(12, 10, 11),
            "room 3",
            ("Team Unge",),
            "",
        ),
        (
            "Kursus for nye 9.00-12.00 8/12 for superbrugere",
            "Kursus for nye",
            at(12, 8, 9),
            at(12, 8, 12),
            "",
            ("superbrugere",),
            "",
        ),
        (
            "Kaffemøde hver torsdag kl 14 for superbrugere",
            "Kaffemøde",
            at(12, 3, 14),
            at(12, 3, 15),
            "",
            ("superbrugere",),
            "FREQ=WEEKLY;BYDAY=TH",
        ),
        (
            "Status sidste fredag i måneden kl 9 for teamledere",
            "Status",
            at(12, 25, 9),
            at(12, 25, 10),
            "",
            ("teamledere",),
            "FREQ=MONTHLY;BYDAY=-1FR",
        ),
    ],
)
def test_a_planning_sentence_is_understood(
    said: str, title: str, start, end, place: str, audience: tuple[str, ...], rule: str
) -> None:
    plan = parse_plan(said, START)
    assert plan.problem == ""
    assert (plan.title, plan.start, plan.end, plan.place, plan.audience, plan.rrule) == (
        title,
        start,
        end,
        place,
        audience,
        rule,
    )


def test_places_can_be_written_in_the_sentence() -> None:
    plan = parse_plan("Nyt ESDH 10. december kl 13-15, max 20 deltagere, for superbrugere", START)
    assert (plan.title, plan.capacity, plan.audience) == ("Nyt ESDH", 20, ("superbrugere",))
    plan = parse_plan("ESDH course December 10 at 13-15 for Team Unge, 12 places", START)
    assert (plan.title, plan.capacity, plan.audience) == ("ESDH course", 12, ("Team Unge",))


@pytest.mark.parametrize(
    ("said", "problem"),
    [
        ("Status 8. december", "no_time"),
        ("kl 10 8. december", "no_title"),
        ("Status kl 10", "no_date"),
        ("Status 8. december kl 24.30", "bad_time"),
    ],
)
def test_what_a_planning_sentence_lacks(said: str, problem: str) -> None:
    assert parse_plan(said, START).problem == problem


def test_a_monthly_meeting_keeps_its_local_time_across_daylight_saving() -> None:
    event = Event(
        event_id="e",
        kind="meeting",
        title="superbrugermøde",
        start=at(12, 1, 10).isoformat(),
        end=at(12, 1, 11).isoformat(),
        rrule="FREQ=MONTHLY;BYDAY=+1TU",
        reminders=(60,),
    )
    starts = occurrences(event, START, at(5, 1, 0, year=2027))
    assert [s.strftime("%d/%m %H:%M %z") for s in starts] == [
        "01/12 10:00 +0100",
        "05/01 10:00 +0100",
        "02/02 10:00 +0100",
        "02/03 10:00 +0100",
        "06/04 10:00 +0200",
    ]
    [due] = reminders_between(event, at(4, 6, 8, year=2027), at(4, 6, 9, year=2027))
    assert due.at == at(4, 6, 9, year=2027)


def test_times_are_written_the_danish_way() -> None:
    start = at(12, 8, 9)
    assert format_moment(start, "da") == "tirsdag den 8. december kl. 09.00"
    assert format_moment(start, "en") == "Tuesday 8 December at 09:00"
    assert format_period(start, start + timedelta(hours=3), "da") == (
        "tirsdag den 8. december kl. 09.00–12.00"
    )
    assert format_moment(at(1, 5, 10, year=2027), "da", START.date()) == (
        "tirsdag den 5. januar 2027 kl. 10.00"
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("opret kursusdag Momentum 8. december kl 9-12", "create_course"),
        ("oprt kursusdag", "create_course"),
        ("create course day", "create_course"),
        ("opret møde", "create_meeting"),
        ("opert møde status", "create_meeting"),
        ("create meeting", "create_meeting"),
        ("kommende kurser", "upcoming_courses"),
        ("komende kuser", "upcoming_courses"),
        ("upcoming courses", "upcoming_courses"),
        ("mine kurser", "my_courses"),
        ("mine krser", "my_courses"),
        ("my courses", "my_courses"),
        ("næste møde", "next_meeting"),
        ("naeste mode", "next_meeting"),
        ("next meeting", "next_meeting"),
        ("opgave til projektlederen: ryd op, frist fredag", "delegate_task"),
        ("opgave til projektlderen: ryd op, frist fredag", "delegate_task"),
        ("task for the project lead: tidy up, due Friday", "delegate_task"),
        ("mine opgaver", "my_tasks"),
        ("mine opgavr", "my_tasks"),
        ("my tasks", "my_tasks"),
        ("aflys kursusdagen Momentum", "cancel_event"),
        ("flyt kursusdagen Momentum til 10. december kl 9-12", "move_event"),
    ],
)
def test_the_planning_commands_are_understood(text: str, intent: str) -> None:
    found = recognize(text)
    assert found is not None, text
    assert found.name == intent


@pytest.mark.parametrize(
    "text", ["mine sager", "åbne sager", "sag 42", "problem med printeren", "kurser", "opgaver"]
)
def test_case_words_are_left_alone(text: str) -> None:
    found = recognize(text)
    assert found is None or found.name not in {
        "my_courses",
        "upcoming_courses",
        "my_tasks",
        "next_meeting",
    }


def test_the_public_address_for_calendar_links() -> None:
    assert Settings.from_mapping({}).public_base_url == "http://127.0.0.1:3978"
    assert Settings.from_mapping({"PORT": "4000"}).public_base_url == "http://127.0.0.1:4000"
    public = Settings.from_mapping({"BOT_PUBLIC_URL": "https://bot.varde.example/"})
    assert public.public_base_url == "https://bot.varde.example"
    with pytest.raises(ValueError, match="BOT_PUBLIC_URL"):
        Settings.from_mapping({"BOT_PUBLIC_URL": "bot.varde.example"})


def test_every_text_a_kind_or_role_picks_exists() -> None:
    from dialogs.event_rules import KINDS, ROLES
    from dialogs.language.texts import CATALOGUE

    stems = (
        "event.kind",
        "event.form_title",
        "event.confirm_title",
        "event.example",
        "event.created",
        "event.cancelled",
        "event.moved",
        "event.moved_notice",
        "event.cancelled_notice",
        "event.reminder",
        "invite.title",
        "signup.done",
        "signup.already",
        "signup.cancelled",
        "signup.promoted",
    )
    wanted = [f"{stem}.{kind}" for stem in stems for kind in KINDS]
    wanted += [f"role.{role}" for role in ROLES]
    wanted += [f"event.{problem}" for problem in ("no_title", "no_date", "no_time", "bad_time")]
    wanted += [f"event.repeats.{freq}" for freq in ("monthly", "weekly")]
    wanted += [f"offset.{unit}" for unit in ("day", "days", "hour", "hours", "minutes")]
    assert [key for key in wanted if key not in CATALOGUE] == []
