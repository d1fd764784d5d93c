"""Only the leads broadcast: employees, forged buttons and unknown notices change nothing."""

from __future__ import annotations

from tests.chat import Someone, seen
from tests.conftest import ANNE, METTE, RunningBot
from tests.notice_chat import compose, meet, sent_to


async def test_employees_cannot_broadcast_and_forged_buttons_are_refused(
    bot: RunningBot, anne: Someone
) -> None:
    emulator = bot.emulator
    refused = await anne.says("udsend: Alle skal have fri i morgen")
    assert "Kun projektlederen (Mette Kjær)" in refused.text
    await meet(emulator, METTE)
    mette = Someone(emulator, METTE)
    preview = await compose(mette)
    # Anne copies the preview's Send button: she may not send it.
    forged = await anne.clicks("Send", on=preview)
    assert "Kun projektlederen" in forged.text
    # A button for a notice that does not exist.
    unknown = await emulator.submit(ANNE, {"action": "notice_retract", "notice": "999"})
    assert "Den knap kender jeg ikke" in unknown.text
    unknown = await emulator.submit(METTE, {"action": "notice_send", "notice": "999"})
    assert "Den knap kender jeg ikke" in unknown.text
    await bot.notice_queue_idle()
    assert sent_to(emulator, ANNE) == []
    # Once it is sent, Anne cannot retract or correct it with copied buttons either.
    await mette.clicks("Send", on=preview)
    await bot.notice_queue_idle()
    for action in ("notice_retract", "notice_correct", "notice_retry", "notice_missing"):
        forged = await emulator.submit(
            ANNE, {"action": action, "notice": "1", "title": "Ha", "body": "Ha ha"}
        )
        assert "Kun projektlederen" in forged.text
    await bot.notice_queue_idle()
    assert [
        r for r in emulator.recorded() if r.op in ("update", "delete") and "Ha ha" in seen(r)
    ] == []
    assert bot.stored.notices.notices.get("1").state == "sent"
    # A form with a team that does not exist changes nothing.
    bad = await emulator.submit(
        METTE,
        {
            "action": "notice_preview",
            "notice": "",
            "title": "x",
            "body": "y",
            "audience": "teams",
            "teams": "narnia",
        },
    )
    assert "Det valg kender jeg ikke" in bad.text
    assert len(bot.stored.notices.notices.all()) == 1
