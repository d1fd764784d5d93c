"""'Problem med printeren': free text becomes a case, routed to who helps, the reporter told."""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from storage.db import FILE_NAME
from tests.chat import Someone, buttons, choice_set, seen
from tests.conftest import ANNE, BO, DEMO_TEAMS, EMMA, METTE, PETER, SARA, RunningBot

LARS = "lars.kirk@jobcenter.varde.example"  # employee, Team Sygedagpenge


def channel_posts(bot: RunningBot, team: str = "ydelse") -> list[Recorded]:
    """What the bot posted (not updated) in the team's General channel and its threads."""
    general = bot.emulator.directory.team(team).general.channel_id
    return [r for r in bot.emulator.recorded(general) if r.op in ("create", "send", "reply")]


def case_cards(bot: RunningBot, team: str = "ydelse") -> list[Recorded]:
    return [r for r in channel_posts(bot, team) if r.cards and "Sag #" in seen(r)]


@pytest.fixture
async def linked(bot: RunningBot) -> RunningBot:
    """Team Ydelse has the bot in its Teams team, linked by name, with General for cases."""
    await bot.emulator.install_in_team("ydelse")
    bot.emulator.clear()
    return bot


async def test_a_problem_becomes_a_case_in_the_team_channel(
    linked: RunningBot, anne: Someone
) -> None:
    turn = await anne.says("problem med printeren")
    assert anne.last_reply == (
        "Tak! Jeg har oprettet sag #1 (Printer og scanner).\n\n"
        "Bo Nielsen har fået besked i Team Ydelses kanal.\n\n"
        "Du får besked her, når nogen tager den, og hver gang der sker noget. Skriv «mine sager» "
        "for at se, hvordan det går."
    )
    [post] = case_cards(linked)
    assert post.op == "create"
    assert post.text == "<at>Bo Nielsen</at> Ny IT-sag #1 fra Anne Madsen."
    bo_id = linked.emulator.directory.user(BO).user_id
    assert [(m["text"], m["mentioned"]["id"]) for m in post.activity["entities"]] == [
        ("<at>Bo Nielsen</at>", bo_id)
    ]
    shown = seen(post)
    for part in ("Sag #1 · Printer og scanner", "Ny, venter på en superbruger", "Anne Madsen"):
        assert part in shown
    assert "problem med printeren" in shown
    assert list(buttons(post)) == ["Jeg tager den", "Skriv til medarbejder", "Løst", "Eskalér"]
    assert turn.elsewhere == [post]

    case = linked.stored.cases.get(1)
    assert case is not None
    assert (case.requester, case.team, case.category, case.urgent) == (
        ANNE,
        "ydelse",
        "printer",
        False,
    )
    assert case.helpers == (BO,)
    assert [e.what for e in case.history] == ["opened"]
    assert case.history[0].by == ANNE


async def test_urgent_words_mark_the_case_urgent(linked: RunningBot, anne: Someone) -> None:
    await anne.says("Momentum virker ikke og jeg kan ikke arbejde, det haster")
    assert "Jeg har markeret den som hastende." in anne.last_reply
    [post] = case_cards(linked)
    assert post.text == "<at>Bo Nielsen</at> Hastende IT-sag #1 fra Anne Madsen."
    assert "Haster" in seen(post)
    assert linked.stored.cases.get(1).urgent


async def test_an_english_report_is_answered_in_english(linked: RunningBot) -> None:
    emma = Someone(linked.emulator, EMMA)
    await emma.says("problem with Teams")
    assert emma.last_reply.startswith(
        "Thanks! I have opened case #1 (Outlook, Teams and Office).\n\n"
        "Bo Nielsen got a message in the Team Ydelse channel."
    )
    # The channel speaks the organisation's language, whoever wrote.
    [post] = case_cards(linked)
    assert "Sag #1 · Outlook, Teams og Office" in seen(post)


async def test_a_report_written_in_the_channel_stays_there(
    linked: RunningBot, anne: Someone
) -> None:
    turn = await anne.says("min skærm er sort", team="ydelse")
    assert turn.text.startswith("Tak! Jeg har oprettet sag #1 (PC, skærm og dockingstation).")
    assert linked.stored.cases.get(1).team == "ydelse"


async def test_an_away_superuser_is_replaced_by_the_deputy(
    linked: RunningBot, anne: Someone, bo: Someone
) -> None:
    await bo.says("jeg er væk til og med fredag")
    linked.emulator.clear()
    await anne.says("outlook crasher igen")
    assert "Sara Lund har fået besked i Team Ydelses kanal." in anne.last_reply
    [post] = case_cards(linked)
    sara_id = linked.emulator.directory.user(SARA).user_id
    assert post.text.startswith("<at>Sara Lund</at> Ny IT-sag #1")
    assert [m["id"] for m in post.mentions] == [sara_id]


async def test_a_portfolio_category_goes_to_the_project_lead(
    linked: RunningBot, anne: Someone
) -> None:
    mette = Someone(linked.emulator, METTE)
    await mette.says("hej")  # the project lead has the bot, so it can reach her 1:1
    linked.emulator.clear()
    await anne.says("problem med nyt program til mødebooking")
    assert (
        "I Team Ydelse går den slags direkte til projektlederen, så Mette Kjær har fået besked."
        in anne.last_reply
    )
    assert case_cards(linked) == []
    [card] = [
        r
        for r in linked.emulator.recorded(linked.emulator.personal_conversation_id(METTE))
        if r.cards
    ]
    assert card.text == "IT-sag #1 fra Anne Madsen venter på dig."
    assert "Sag #1 · Nye IT-redskaber" in seen(card)
    case = linked.stored.cases.get(1)
    assert (case.routed_to, case.helpers) == ("project_lead", (METTE,))


async def test_without_a_linked_channel_the_card_goes_to_the_superusers(
    bot: RunningBot, anne: Someone, bo: Someone
) -> None:
    await bo.says("hej")
    bot.emulator.clear()
    await anne.says("printeren siger papirstop")
    assert "Bo Nielsen har fået besked." in anne.last_reply
    [card] = [
        r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(BO)) if r.cards
    ]
    assert "Sag #1 · Printer og scanner" in seen(card)
    assert "Jeg tager den" in buttons(card)


async def test_a_thin_report_is_asked_about_and_survives_a_restart(
    linked: RunningBot, anne: Someone
) -> None:
    await anne.says("problem")
    assert anne.last_reply.startswith("Det vil jeg gerne hjælpe med. Hvad driller?")
    assert linked.stored.cases.get(1) is None
    await linked.restart()
    await anne.says("printeren på 2. sal siger papirstop")
    assert anne.last_reply.startswith("Tak! Jeg har oprettet sag #1 (Printer og scanner).")
    assert linked.stored.cases.get(1).description == "printeren på 2. sal siger papirstop"


async def test_an_unclear_message_asks_before_opening_a_case(
    linked: RunningBot, anne: Someone
) -> None:
    await anne.says("printeren")
    assert anne.last_reply.startswith("Skal jeg oprette en sag om printeren?")
    await anne.says("nej tak")
    assert anne.last_reply.startswith("Fint, så opretter jeg ikke noget.")
    assert linked.stored.cases.get(1) is None

    question = (await anne.says("outlook?")).replies[0]
    await anne.clicks("Ja, opret sag", on=question)
    assert anne.last_reply.startswith("Tak! Jeg har oprettet sag #1 (Outlook, Teams og Office).")


async def test_someone_without_a_team_chooses_one_and_the_report_goes_on(
    bot: RunningBot,
) -> None:
    newcomer = "ny.kollega@jobcenter.varde.example"
    bot.emulator.directory.add_member("unge", newcomer, "Ny Kollega")
    someone = Someone(bot.emulator, newcomer)
    await someone.says("jobnet viser fejl hele tiden")
    [question] = [r for r in someone.turns[-1].replies if r.cards]
    assert text("team.question", "da", org="Jobcenter Varde") in someone.last_reply
    assert [title for title, _ in choice_set(question)] == [name for name, _ in DEMO_TEAMS]
    await someone.says("Team Unge")
    assert "Tak! Jeg har oprettet sag #1 (Jobnet)." in someone.last_reply
    assert bot.stored.cases.get(1).team == "unge"


async def test_a_cpr_number_is_never_stored_or_posted(linked: RunningBot, anne: Someone) -> None:
    await anne.says("Momentum virker ikke for borger 010190-1234 og 0503851234")
    assert "Jeg har skjult 2 CPR-nummer" in anne.last_reply
    case = linked.stored.cases.get(1)
    assert "XXXXXX-XXXX" in case.description
    # Asked first, the message waits in dialog state: masked there too.
    await anne.says("printeren 050385-1234")
    assert "Jeg har skjult 1 CPR-nummer" in anne.last_reply
    await linked.restart()
    await anne.says("ja")
    assert linked.stored.cases.get(2).description == "printeren XXXXXX-XXXX"
    stored = (linked.settings.data_dir / FILE_NAME).read_text(encoding="utf-8")
    everything = json.dumps([r.as_json() for r in linked.emulator.recorded()], ensure_ascii=False)
    for number in ("010190-1234", "0101901234", "050385-1234", "0503851234"):
        assert number not in stored
        assert number not in everything


async def test_a_very_long_report_is_cut_with_a_note(linked: RunningBot, anne: Someone) -> None:
    await anne.says("printeren virker ikke. " + "Den blinker rødt og larmer. " * 300)
    assert "de første 4.000 tegn" in anne.last_reply
    assert len(linked.stored.cases.get(1).description) <= 4000


async def test_fifty_reports_at_once_get_fifty_numbers(linked: RunningBot) -> None:
    people = [ANNE, PETER, EMMA, SARA, BO]
    turns = await asyncio.gather(
        *(
            linked.emulator.say(people[i % len(people)], f"printeren virker ikke, forsøg {i}")
            for i in range(50)
        )
    )
    assert all(t.status == 201 for t in turns)
    cases = [linked.stored.cases.get(n) for n in range(1, 51)]
    assert all(cases)
    assert {c.description for c in cases} == {
        f"printeren virker ikke, forsøg {i}" for i in range(50)
    }
    # Each reporter was told their own number: fifty confirmations, fifty different numbers.
    chats = {linked.emulator.personal_conversation_id(p) for p in people}
    confirmations = [
        r.text for r in linked.emulator.recorded() if r.conversation_id in chats and r.is_reply
    ]
    told = [re.search(r"#(\d+) \(", text).group(1) for text in confirmations]
    assert sorted(told, key=int) == [str(n) for n in range(1, 51)]


@pytest.mark.parametrize("text", ["tak", "hej", "hvem er min superbruger", "", "god weekend"])
async def test_what_is_not_a_problem_opens_no_case(
    linked: RunningBot, anne: Someone, text: str
) -> None:
    await anne.says(text)
    assert "sag #" not in anne.last_reply
    assert linked.stored.cases.get(1) is None


@pytest.mark.parametrize(
    ("who", "text", "category", "team"),
    [
        (ANNE, "problem med printeren", "printer", "ydelse"),
        (ANNE, "Momentum virker ikke", "momentum", "ydelse"),
        (ANNE, "kan ikke logge på", "login", "ydelse"),
        (ANNE, "outlook crasher igen", "office", "ydelse"),
        (ANNE, "min skærm er sort", "pc", "ydelse"),
        (EMMA, "problem with Teams", "office", "ydelse"),
        (PETER, "printeren siger papirstop", "printer", "ydelse"),
        (PETER, "jeg er låst ude", "login", "ydelse"),
        (PETER, "vpn forbindelsen driller", "netvaerk", "ydelse"),
        (LARS, "mit headset virker ikke", "telefon", "sygedagpenge"),
        (LARS, "kan ikke åbne mappen på fællesdrevet", "adgang", "sygedagpenge"),
        (LARS, "Printr virker ikk", "printer", "sygedagpenge"),
        (ANNE, "outlok crasher", "office", "ydelse"),
        (ANNE, "momemtum går ned hele tiden", "momentum", "ydelse"),
        (PETER, "jobnet viser fejl", "jobnet", "ydelse"),
        (EMMA, "my laptop won't start", "pc", "ydelse"),
        (EMMA, "wifi is not working", "netvaerk", "ydelse"),
        (LARS, "kan ikke journalisere i acadre", "esdh", "sygedagpenge"),
        (ANNE, "noget er galt med min computer, den fryser", "pc", "ydelse"),
        (EMMA, "the printer is broken", "printer", "ydelse"),
        (ANNE, "HJÆLP! excel fryser hele tiden, det haster", "office", "ydelse"),
    ],
)
async def test_free_text_phrasings_become_cases(
    bot: RunningBot, who: str, text: str, category: str, team: str
) -> None:
    await Someone(bot.emulator, who).says(text)
    case = bot.stored.cases.get(1)
    assert case is not None, f"{text!r} opened no case"
    assert (case.category, case.team) == (category, team)
