"""Escalating by hand: to central IT support, the project lead and the IT lead; who may; in which
language the reporter hears of it."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from bot.emulator import Recorded
from dialogs.flows import dispatcher
from storage.models import Person
from tests.chat import Someone, buttons, choice_set, input_ids, seen
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, PETER, SARA, RunningBot
from tests.test_handle_case import card_of, chat_of

recognize = dispatcher().recognize

MARIA = "maria.toft@jobcenter.varde.example"  # superuser of another team


@pytest.fixture
async def case(bot: RunningBot, anne: Someone) -> Recorded:
    """Anne has reported a printer problem; its card is in Team Ydelse's channel."""
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren")
    return card_of(bot, 1)


def known_but_silent(bot: RunningBot, email: str, name: str) -> None:
    """The bot knows someone from a roster, but they never wrote to it: there is no 1:1 chat."""
    user = bot.emulator.directory.user(email)
    bot.stored.people.upsert(
        Person(
            user_id=user.user_id, name=name, email=email, tenant_id=bot.emulator.directory.tenant_id
        )
    )


def history(bot: RunningBot, number: int = 1) -> list[str]:
    return [e.what for e in bot.stored.cases.get(number).history]


async def test_the_card_offers_three_targets_and_asks_what_was_tried(
    bot: RunningBot, case: Recorded
) -> None:
    form = buttons(case)["Eskalér"]["card"]
    assert form["actions"][0]["title"] == "Send videre"
    assert choice_set(case) == [
        ("Central IT-support", "central"),
        ("Projektlederen", "project_lead"),
        ("Den IT-ansvarlige", "it_lead"),
    ]
    assert {"tried", "reason", "target"} <= set(input_ids(case))


async def test_to_the_project_lead_who_never_wrote_to_the_bot(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    known_but_silent(bot, METTE, "Mette Kjær")
    await bo.says("hej")
    await bo.clicks(
        "Eskalér", on=case, inputs={"target": "project_lead", "tried": "Genstartet printeren"}
    )
    assert bo.last_reply == "Sag #1 er sendt videre til Mette Kjær."
    assert chat_of(bot, ANNE)[-1].text == (
        "Din sag #1 er sendt videre til Mette Kjær, som har den nu."
    )
    # Teams opened the 1:1 chat for the bot: the card reached her proactively.
    to_mette = [
        r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(METTE)) if r.cards
    ]
    assert to_mette, "the project lead got no card"
    card = to_mette[-1]
    assert list(buttons(card)) == [
        "Jeg tager den",
        "Skriv til medarbejder",
        "Løst",
        "Send tilbage til superbruger",
        "Eskalér",
    ]
    mette = Someone(bot.emulator, METTE)
    await mette.says("eskalerede sager")
    assert "Sag #1 · Printer og scanner" in mette.last_reply
    await mette.clicks("Send tilbage til superbruger", on=card, inputs={"note": "Ring til Xerox"})
    assert mette.last_reply == "Sag #1 er sendt tilbage til superbrugeren."
    back = bot.stored.cases.get(1)
    assert (back.status, back.owner) == ("taken", BO)
    assert (
        chat_of(bot, BO)[-1].text == "Mette Kjær har sendt sag #1 tilbage til dig: Ring til Xerox"
    )
    assert chat_of(bot, ANNE)[-1].text.startswith("Din sag #1 er tilbage hos dit teams superbruger")
    await mette.says("eskalerede sager")
    assert mette.last_reply == "Der er ingen eskalerede sager lige nu."


async def test_to_the_it_lead_needs_the_project_lead_first_or_a_reason(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    before = bot.stored.cases.get(1)
    await bo.clicks("Eskalér", on=case, inputs={"target": "it_lead", "tried": "Genstartet"})
    assert bo.last_reply.startswith("Projektlederen har ikke haft sag #1.")
    assert bot.stored.cases.get(1) == before
    await bo.clicks(
        "Eskalér",
        on=case,
        inputs={"target": "it_lead", "tried": "Genstartet", "reason": "Projektlederen er syg"},
    )
    assert bo.last_reply == "Sag #1 er sendt videre til Henrik Lund."
    escalated = bot.stored.cases.get(1)
    assert HENRIK in escalated.helpers
    assert escalated.history[-1].detail == f"{HENRIK}: Genstartet (Projektlederen er syg)"


async def test_by_text_to_the_project_lead_and_then_on_to_the_it_lead(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.says("eskalér #1 til projektleder: genstartet pc'en")
    assert bo.last_reply == "Sag #1 er sendt videre til Mette Kjær."
    mette = Someone(bot.emulator, METTE)
    turn = await mette.says("eskaler 1 til it-ansvarlig: kræver ny licens")
    assert turn.text == "Sag #1 er sendt videre til Henrik Lund."
    assert history(bot)[-2:] == ["escalated", "escalated"]
    await bo.says("eskalér #1 til chefen: hjælp")
    assert bo.last_reply.startswith("Jeg kender ikke «chefen».")
    await bo.says("eskalér nu")
    assert bo.last_reply.startswith("Skriv fx «eskalér #42 til it-support")


async def test_central_it_support_gets_a_filled_mail_and_the_ticket_is_stored(
    bot: RunningBot, case: Recorded, anne: Someone, bo: Someone
) -> None:
    await bo.clicks(
        "Eskalér", on=case, inputs={"target": "central", "tried": "Ny driver installeret"}
    )
    [handover] = bo.turns[-1].replies
    shown = seen(handover)
    assert "Sag #1 går til Varde Kommunes IT-support" in shown
    assert "+45 7994 0000" in shown
    assert "https://itsupport.varde.example" in shown
    mail = buttons(handover)["Skriv e-mailen"]["url"]
    parts = urlsplit(mail)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "itsupport@varde.example")
    query = parse_qs(parts.query)
    assert query["subject"] == ["IT-sag #1 fra Jobcenter Varde: Printer og scanner (Team Ydelse)"]
    body = query["body"][0]
    assert "Team: Team Ydelse" in body
    assert f"Medarbejder: Anne Madsen ({ANNE})" in body
    assert "problem med printeren" in body
    assert "Det har vi prøvet:\nNy driver installeret" in body
    assert buttons(handover)["Åbn portalen"]["url"] == "https://itsupport.varde.example"
    assert chat_of(bot, ANNE)[-1].text.startswith(
        "Din sag #1 er sendt videre til Varde Kommunes IT-support, som har den nu."
    )
    assert bot.stored.cases.get(1).status == "central"
    assert "Hos central IT-support" in seen(card_of(bot, 1))

    # The answer to the card's question, written in the case's thread with the bot @mentioned.
    await bo.says("INC0012345", team="ydelse", thread=case.conversation_id)
    assert bo.last_reply == "IT-supportens sagsnummer INC0012345 er gemt på sag #1."
    assert bot.stored.cases.get(1).ticket == "INC0012345"
    assert "Hos central IT-support, sagsnummer INC0012345" in seen(card_of(bot, 1))
    await bo.says("åbne sager")
    assert "Hos central IT-support, sagsnummer INC0012345" in bo.last_reply
    await bo.says("eskalerede sager")
    assert "Sag #1" in bo.last_reply

    # Asking the employee something meanwhile leaves the case with central IT support.
    await bo.clicks("Skriv til medarbejder", on=card_of(bot, 1), inputs={"message": "Hvilken pc?"})
    assert bot.stored.cases.get(1).status == "waiting"
    await anne.says("Den bærbare")
    assert bot.stored.cases.get(1).status == "central"

    await bo.says("IT-support har løst #1: ny profil oprettet")
    assert bo.last_reply.startswith("Svaret er gemt, og sag #1 er løst.")
    told = chat_of(bot, ANNE)[-1]
    assert told.text == "Varde Kommunes IT-support har løst din sag #1: ny profil oprettet"
    assert "👍 Ja, det virker" in buttons(told)
    solved = bot.stored.cases.get(1)
    assert (solved.status, solved.central_answer) == ("resolved", "ny profil oprettet")
    assert history(bot)[-6:] == [
        "central",
        "ticket",
        "wrote",
        "answered",
        "central_answered",
        "resolved",
    ]


async def test_the_ticket_can_be_saved_on_the_card(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.says("eskalér #1 til it-support: prøvet alt")
    [handover] = bo.turns[-1].replies
    await bo.clicks("Gem sagsnummer", on=handover, inputs={"ticket": "ikke et nummer"})
    assert bo.last_reply.startswith("Et sagsnummer er bogstaver og tal")
    await bo.clicks("Gem sagsnummer", on=handover, inputs={"ticket": "SR-4411"})
    assert bot.stored.cases.get(1).ticket == "SR-4411"
    await bo.clicks(
        "Svar fra IT-support", on=card_of(bot, 1), inputs={"answer": "Printeren er byttet"}
    )
    assert bot.stored.cases.get(1).status == "resolved"


async def test_the_english_reporter_hears_every_hop_in_english(
    bot: RunningBot, bo: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    await Someone(bot.emulator, EMMA).says("problem with the printer")
    await bo.says("eskalér #1 til it-support: ny driver")
    assert chat_of(bot, EMMA)[-1].text.startswith(
        "Your case #1 is passed on to Varde Kommunes IT-support, who has it now."
    )
    await bo.says("IT-support har løst #1: new driver")
    assert (
        chat_of(bot, EMMA)[-1].text
        == "Varde Kommunes IT-support has solved your case #1: new driver"
    )
    await bot.emulator.submit(EMMA, {"action": "case.feedback", "case": 1, "works": "no"})
    await bo.says("eskalér #1 til projektleder: driver hjalp ikke")
    assert chat_of(bot, EMMA)[-1].text == "Your case #1 is passed on to Mette Kjær, who has it now."


@pytest.mark.parametrize("who", [PETER, KARIN, MARIA, ANNE])
async def test_only_the_teams_superusers_and_the_leads_may_escalate(
    bot: RunningBot, case: Recorded, who: str
) -> None:
    before = bot.stored.cases.get(1)
    refusal = (
        "Sag #1 kan kun sendes videre af teamets superbrugere og stedfortrædere, projektlederen "
        "og den IT-ansvarlige."
    )
    value = {"case": 1, "target": "central", "tried": "alt", "reason": "fordi"}
    turn = await bot.emulator.submit(who, {"action": "case.escalate", **value})
    assert turn.text == refusal
    turn = await bot.emulator.invoke(who, "case.escalate", {**value, "target": "it_lead"})
    assert turn.status == 200
    turn = await Someone(bot.emulator, who).says("eskalér #1 til projektleder: alt")
    assert turn.text == refusal
    assert bot.stored.cases.get(1) == before


async def test_forged_card_actions_change_nothing(
    bot: RunningBot, case: Recorded, bo: Someone
) -> None:
    await bo.says("eskalér #1 til it-support: prøvet alt")
    before = bot.stored.cases.get(1)
    forged = [
        (PETER, {"action": "case.ticket", "case": 1, "ticket": "INC1"}),
        (ANNE, {"action": "case.central_answer", "case": 1, "answer": "løst"}),
        (BO, {"action": "case.return", "case": 1}),
        (SARA, {"action": "case.escalate", "case": 1, "target": "chefen", "tried": "x"}),
        (BO, {"action": "case.escalate", "case": 1, "target": "project_lead", "tried": " "}),
        (BO, {"action": "case.ticket", "case": "x", "ticket": "INC1"}),
        (METTE, {"action": "case.return", "case": 1}),
    ]
    for who, value in forged:
        turn = await bot.emulator.submit(who, value)
        assert turn.status == 201
        assert turn.text, f"{value} got no answer"
        # The same through Action.Execute, the other way a card button reaches the bot.
        verb = value.pop("action")
        turn = await bot.emulator.invoke(who, verb, value)
        assert turn.status == 200
    assert bot.stored.cases.get(1) == before


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("eskalerede sager", "escalated_cases"),
        ("eskalerde sager", "escalated_cases"),
        ("escalated cases", "escalated_cases"),
        ("mine sager", "my_cases"),
        ("åbne sager", "team_cases"),
        ("alle sager", "all_cases"),
        ("eskalér #4 til it-support: genstartet", "escalate_case"),
        ("eskaler 4 til projektleder", "escalate_case"),
        ("IT-support har løst #4: ny profil", "central_answer"),
    ],
)
def test_escalation_words_do_not_collide_with_the_case_lists(said: str, intent: str) -> None:
    assert recognize(said).name == intent
