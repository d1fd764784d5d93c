"""IT notices: sent with a live report, acknowledged, retried, corrected, retracted, not resent."""

from __future__ import annotations

from bot.emulator import Recorded, TeamsEmulator
from storage.notices import DELIVERED, IN_FLIGHT, NOT_INSTALLED, Delivery
from tests.chat import Someone, buttons, seen
from tests.conftest import ANNE, BO, EMMA, HENRIK, METTE, PETER, RunningBot
from tests.notice_chat import compose, meet, preview_of_form, sent_to


def report_of(emulator: TeamsEmulator, author: str) -> tuple[Recorded, str]:
    """The author's live report card, and what it shows now (after its latest update)."""
    conversation = emulator.personal_conversation_id(author)
    records = emulator.recorded(conversation)
    [first] = [r for r in records if r.is_reply and "Udsendelse:" in seen(r)]
    updates = [r for r in records if r.op == "update" and r.activity_id == first.activity_id]
    latest = updates[-1] if updates else first
    return first, seen(latest)


async def test_a_notice_reaches_people_and_channels_and_the_author_gets_a_live_report(
    bot: RunningBot,
) -> None:
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE, EMMA, BO)
    await emulator.install_in_team("ydelse")
    mette = Someone(emulator, METTE)

    preview = await compose(mette)
    shown = seen(preview)
    assert "Sådan ser meddelelsen ud" in shown
    assert "Fra mandag opdateres Momentum." in shown
    assert "Alle i jobcentret" in shown
    assert list(buttons(preview)) == ["Send", "Ret", "Annullér"]

    sent = await mette.clicks("Send", on=preview)
    assert "er på vej til" in sent.text
    await bot.notice_queue_idle()

    [to_anne] = sent_to(emulator, ANNE)
    assert "Fra mandag opdateres Momentum." in seen(to_anne)
    [to_emma] = sent_to(emulator, EMMA)
    assert "IT notice" in seen(to_emma)
    channel = emulator.directory.team("ydelse").general
    [post] = [
        r
        for r in emulator.recorded(channel.channel_id)
        if r.op == "create" and "IT-meddelelse" in seen(r)
    ]
    assert "Fra mandag opdateres Momentum." in seen(post)

    _, report = report_of(emulator, METTE)
    # Four people with the app and Team Ydelse's channel; the rest of the org has no app yet.
    assert "Sendt til 5 af" in report
    assert "0 fejlede" in report
    assert "har ikke appen" in report
    assert "kvitteret" not in report  # no acknowledgement was asked for

    # Sending twice from the same preview (a double click) sends nothing more.
    again = await mette.clicks("Send", on=preview)
    assert "allerede sendt" in again.text
    await bot.notice_queue_idle()
    assert len(sent_to(emulator, ANNE)) == 1


async def test_acknowledgements_are_counted_per_person_and_shown_on_the_report(
    bot: RunningBot,
) -> None:
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE, PETER)
    mette = Someone(emulator, METTE)
    preview = await preview_of_form(
        mette,
        {
            "title": "Ny MFA-app",
            "body": "Installér **Authenticator** inden fredag.",
            "audience": "teams",
            "teams": "ydelse",
            "to_channels": "false",
            "ack": "true",
            "remind": "2",
        },
    )
    assert "Team Ydelse" in seen(preview)
    assert "ja, påmindelse efter 2 arbejdsdage" in seen(preview)
    await mette.clicks("Send", on=preview)
    await bot.notice_queue_idle()

    [to_anne] = sent_to(emulator, ANNE)
    assert list(buttons(to_anne)) == ["Læst og forstået"]
    anne = Someone(emulator, ANNE)
    thanks = await anne.clicks("Læst og forstået", on=to_anne)
    assert "Tak" in thanks.text
    twice = await anne.clicks("Læst og forstået", on=to_anne)
    assert "allerede kvitteret" in twice.text
    # Someone the notice was not for cannot pad the count with a copied button.
    henrik = Someone(emulator, HENRIK)
    refused = await henrik.clicks("Læst og forstået", on=to_anne)
    assert "ikke sendt til dig" in refused.text
    await bot.notice_queue_idle()

    first, report = report_of(emulator, METTE)
    assert "1 har kvitteret" in report
    missing = await mette.clicks("Vis hvem der mangler", on=first)
    assert "Mangler at kvittere (1): Peter Skov" in missing.text

    # Two working days later (Wednesday 2 December, 09:00) Peter is reminded; Anne is not.
    await bot.wait(days=2)
    await bot.notice_queue_idle()
    assert len(sent_to(emulator, ANNE)) == 1
    reminded = sent_to(emulator, PETER)
    assert len(reminded) == 2
    assert "Påmindelse" in seen(reminded[-1])


async def test_failed_recipients_can_be_retried_and_the_notice_corrected_and_retracted(
    bot: RunningBot,
) -> None:
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE, EMMA)
    mette = Someone(emulator, METTE)
    preview = await compose(mette)
    # Teams refuses Anne's chat for good (403) until the retry.
    emulator.inject_fault(403, conversation_id=emulator.personal_conversation_id(ANNE))
    await mette.clicks("Send", on=preview)
    await bot.notice_queue_idle()
    first, report = report_of(emulator, METTE)
    assert "1 fejlede" in report
    missing = await mette.clicks("Vis hvem der mangler", on=first)
    assert "Fejlede (1): Anne Madsen" in missing.text

    retry = await mette.clicks("Prøv fejlede igen", on=first)
    assert "1 modtagere" in retry.text
    await bot.notice_queue_idle()
    assert len(sent_to(emulator, ANNE)) == 1
    _, report = report_of(emulator, METTE)
    assert "0 fejlede" in report

    form = (await mette.clicks("Ret", on=first)).replies[0]
    fixed = await mette.clicks(
        "Gem rettelse", on=form, inputs={"body": "Fra tirsdag opdateres Momentum."}
    )
    assert "på vej ud til 3 beskeder" in fixed.text
    await bot.notice_queue_idle()
    [to_anne] = sent_to(emulator, ANNE)
    updates = [
        r
        for r in emulator.recorded(to_anne.conversation_id)
        if r.op == "update" and r.activity_id == to_anne.activity_id
    ]
    assert len(updates) == 1
    assert "Fra tirsdag opdateres Momentum." in seen(updates[0])
    assert "Rettet efter udsendelsen." in seen(updates[0])

    gone = await mette.clicks("Træk tilbage", on=first)
    assert "trækkes tilbage fra 3 steder" in gone.text
    await bot.notice_queue_idle()
    for email in (ANNE, EMMA):
        [message] = sent_to(emulator, email)
        deletes = [
            r
            for r in emulator.recorded(message.conversation_id)
            if r.op == "delete" and r.activity_id == message.activity_id
        ]
        assert len(deletes) == 1
    _, report = report_of(emulator, METTE)
    assert "Trukket tilbage" in report
    again = await mette.clicks("Træk tilbage", on=first)
    assert "er trukket tilbage" in again.text


async def test_a_notice_under_way_at_a_crash_is_not_sent_again(bot: RunningBot) -> None:
    """A recipient marked 'sender' when the bot stopped may have got it: no automatic resend."""
    emulator = bot.emulator
    await meet(emulator, METTE, ANNE)
    mette = Someone(emulator, METTE)
    preview = await compose(mette)
    await mette.clicks("Send", on=preview)
    await bot.notice_queue_idle()
    book = bot.stored.notices
    [anne] = [d for d in book.deliveries.all() if d.email == ANNE]
    assert anne.status == DELIVERED
    # As if the process died between marking Anne's message and hearing back from Teams.
    book.deliveries.save(Delivery(**{**anne.__dict__, "status": IN_FLIGHT, "activity_id": ""}))
    await bot.restart()
    await bot.notice_queue_idle()
    assert len(sent_to(emulator, ANNE)) == 1
    book = bot.stored.notices
    [anne] = [d for d in book.deliveries.all() if d.email == ANNE]
    assert anne.status == "fejlet"
    assert NOT_INSTALLED  # the rest of the org had no app; they are reported, not lost
