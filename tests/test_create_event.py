"""The leads create course days and meetings in one sentence or a form, as the help shows."""

from __future__ import annotations

from datetime import datetime

from dialogs.language.texts import text
from tests import event_planning
from tests.chat import Someone, buttons, input_ids, seen
from tests.conftest import ANNE, BO, COPENHAGEN, HENRIK, PETER, RunningBot
from tests.event_planning import MOMENTUM, invitation_to, personal, plan, stored

# The shared fixtures, which pytest finds by these names.
mette, peter = event_planning.mette, event_planning.peter


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
    title, when = "Momentum-opdatering", "tirsdag den 8. december kl. 09.00–12.00"
    assert anne.last_reply == text("signup.done.course", "da", title=title, when=when)
    emu.clear()
    await mette.says("aflys Momentum-opdatering")
    cancelled = text("event.cancelled_notice.course", "da", title=title, when=when)
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
    assert henrik.last_reply == text(
        "event.created.course",
        "en",
        title="Outlook tips",
        when="Thursday 10 December at 09:00–11:00",
    )


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
    assert mette.last_reply == text(
        "event.created.course",
        "da",
        title="Nyt ESDH",
        when="torsdag den 10. december kl. 13.00–15.30",
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
