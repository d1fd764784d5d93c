"""A notice planned for later goes out at Varde's local time, or is cancelled from the list."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.chat import Someone, input_ids, seen
from tests.conftest import ANNE, METTE, RunningBot
from tests.notice_chat import meet, preview_of_form, sent_to


async def test_a_planned_notice_goes_out_at_local_time_across_the_change_to_summer_time(
    bot: RunningBot,
) -> None:
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE)
    mette = Someone(emulator, METTE)
    preview = await preview_of_form(
        mette,
        {
            "title": "Sommertid",
            "body": "Husk at genstarte pc'en søndag.",
            "date": "2027-03-28",
            "time": "10:00",
        },
    )
    assert "søndag den 28. marts 2027 kl. 10.00" in seen(preview)
    # "Ret" brings the form back as it was filled in.
    again = (await mette.clicks("Ret", on=preview)).replies[0]
    assert input_ids(again)["date"] == "2027-03-28"
    assert input_ids(again)["time"] == "10:00"
    assert input_ids(again)["title"] == "Sommertid"
    planned = await mette.clicks("Send", on=preview)
    assert "sendes søndag den 28. marts 2027 kl. 10.00" in planned.text

    listed = (await mette.says("planlagte udsendelser")).replies[0]
    assert "Sommertid" in seen(listed)
    # The plan survives a restart, still at 10:00 in Varde: 08:00 UTC, summer time.
    await bot.restart()
    [job] = [j for j in bot.scheduled() if j.startswith("notice-send-")]
    assert bot.due_at(job) == datetime(2027, 3, 28, 8, 0, tzinfo=UTC)

    bot.clock.now = datetime(2027, 3, 28, 7, 59, tzinfo=UTC)
    await bot.wait(seconds=0)
    await bot.notice_queue_idle()
    assert sent_to(emulator, ANNE) == []
    await bot.wait(minutes=1)
    await bot.notice_queue_idle()
    [message] = sent_to(emulator, ANNE)
    assert "Sommertid" in seen(message)


async def test_a_planned_notice_can_be_cancelled_from_the_list(bot: RunningBot) -> None:
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE)
    mette = Someone(emulator, METTE)
    preview = await preview_of_form(
        mette, {"title": "Nyt print", "body": "Ny printer på 1. sal.", "date": "2026-12-01"}
    )
    await mette.clicks("Send", on=preview)
    listed = (await mette.says("planlagte udsendelser")).replies[0]
    cancelled = await mette.clicks("Annullér «Nyt print»", on=listed)
    assert "annulleret" in cancelled.text
    assert "ingen planlagte" in (await mette.says("planlagte udsendelser")).text
    await bot.wait(days=2)
    await bot.notice_queue_idle()
    assert sent_to(emulator, ANNE) == []
    past = await emulator.submit(
        METTE,
        {
            "action": "notice_preview",
            "notice": "",
            "title": "x",
            "body": "y",
            "to_people": "true",
            "date": "2026-11-01",
        },
    )
    assert "allerede passeret" in past.text
