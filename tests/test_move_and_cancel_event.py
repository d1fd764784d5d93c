"""Moving or cancelling an event tells everyone affected and replans the reminders."""

from __future__ import annotations

from dialogs.language.texts import text
from tests import event_planning
from tests.chat import Someone
from tests.conftest import ANNE, PETER, RunningBot
from tests.event_planning import invitation_to, personal, plan

# The shared fixtures, which pytest finds by these names.
mette, peter = event_planning.mette, event_planning.peter


async def test_moving_and_cancelling_tell_everyone_affected(
    bot: RunningBot, mette: Someone, anne: Someone, peter: Someone
) -> None:
    await anne.says("hej")
    await peter.says("hej")
    event = await plan(bot, mette)
    await anne.clicks("Tilmeld", on=invitation_to(bot, ANNE))
    before = set(bot.scheduled())

    await mette.says("flyt kursusdagen Momentum-opdatering til 10. december kl 13-16")
    title, when = "Momentum-opdatering", "torsdag den 10. december kl. 13.00–16.00"
    assert mette.last_reply == text("event.moved.course", "da", title=title, when=when)
    moved = text("event.moved_notice.course", "da", title=title, when=when)
    for email in (ANNE, PETER):
        assert moved in [r.text for r in personal(bot, email)]
    after = set(bot.scheduled())
    assert len(after) == 3
    assert not before & after, "the old reminders are gone, new ones planned"

    await mette.says("aflys kursusdagen Momentum-opdatering")
    assert mette.last_reply == text("event.cancelled.course", "da", title=title)
    cancelled = text("event.cancelled_notice.course", "da", title=title, when=when)
    assert cancelled in [r.text for r in personal(bot, ANNE)]
    assert bot.scheduled() == []
    assert bot.stored.events.get(event.event_id).cancelled
    await anne.clicks("Tilmeld", on=invitation_to(bot, ANNE))
    assert anne.last_reply == text("event.was_cancelled", "da", title=title)
