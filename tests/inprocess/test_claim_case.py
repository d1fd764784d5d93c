"""A helper takes or solves a case by typing 'tag #1' or 'løst #1: …', by the buttons' rules."""

from __future__ import annotations

import pytest

from dialogs.language.texts import text
from tests.conftest import ANNE, BO, METTE, PETER
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams, Message


@pytest.fixture
async def case(teams: InMemoryTeams, anne: Someone) -> int:
    """Anne has reported a printer problem: case #1, with its card in Team Ydelse's channel."""
    teams.install_in("ydelse")
    await anne.says("problem med printeren")
    return 1


def chat_of(teams: InMemoryTeams, email: str) -> list[Message]:
    """What the bot wrote in the person's 1:1 chat: answers, notices and cards."""
    return [m for m in teams.messages if m.conversation == f"a:{email}"]


def owner(teams: InMemoryTeams, number: int = 1) -> str:
    return teams.services.cases.get(number).owner


@pytest.mark.parametrize("written", ["tag 1", "jeg tager #1", "tag sag 1"])
async def test_taking_in_the_personal_chat(
    teams: InMemoryTeams, case: int, bo: Someone, written: str
) -> None:
    await bo.says(written)
    assert owner(teams) == BO
    assert [e.what for e in teams.services.cases.get(1).history] == ["opened", "claimed"]


async def test_solving_with_a_note_asks_the_reporter_if_it_works(
    teams: InMemoryTeams, case: int, bo: Someone
) -> None:
    await bo.says("tag #1")
    await bo.says("løst #1: genstartet printeren")
    assert bo.last_reply == text("case.resolved", "da", number=1, requester="Anne Madsen")
    solved = teams.services.cases.get(1)
    assert (solved.status, solved.owner) == ("resolved", BO)
    assert solved.history[-1].detail == "genstartet printeren"
    question = chat_of(teams, ANNE)[-1]
    assert question.text == text(
        "case.notice.resolved.note", "da", number=1, name="Bo Nielsen", note="genstartet printeren"
    )
    assert text("case.works.question", "da", number=1) in question.seen
    assert list(question.buttons) == [text("case.works.yes", "da"), text("case.works.no", "da")]


async def test_solving_in_english_without_taking_first(
    teams: InMemoryTeams, case: int, bo: Someone
) -> None:
    await bo.says("solved #1: restarted the printer", locale="en-US")
    assert bo.last_reply == text("case.resolved", "en", number=1, requester="Anne Madsen")
    assert owner(teams) == BO


async def test_a_colleague_without_the_role_is_refused(teams: InMemoryTeams, case: int) -> None:
    peter = Someone(teams, PETER)
    await peter.says("tag #1")
    assert peter.last_reply == text("case.not_helper", "da", number=1)
    await peter.says("løst #1: det virker nu")
    assert peter.last_reply == text("case.not_helper", "da", number=1)
    unchanged = teams.services.cases.get(1)
    assert (unchanged.status, unchanged.owner) == ("new", "")


async def test_the_project_lead_may_take_any_case(teams: InMemoryTeams, case: int) -> None:
    mette = Someone(teams, METTE)
    await mette.says("tag #1")
    assert owner(teams) == METTE


async def test_unknown_and_finished_cases_are_answered(
    teams: InMemoryTeams, case: int, anne: Someone, bo: Someone
) -> None:
    await bo.says("tag #99")
    assert bo.last_reply == text("case.unknown", "da", number="99")
    await bo.says("løst #1")
    await bo.says("tag #1")
    assert bo.last_reply == text("case.already.resolved", "da", number=1, into=0)
    await anne.clicks(text("case.works.yes", "da"), on=chat_of(teams, ANNE)[-1])
    await bo.says("løst #1: igen")
    assert bo.last_reply == text("case.already.closed", "da", number=1, into=0)


async def test_no_number_asks_for_one(teams: InMemoryTeams, case: int, bo: Someone) -> None:
    await bo.says("tag #")
    assert bo.last_reply == text("claim.which_case", "da")
    await bo.says("løst #")
    assert bo.last_reply == text("claim.which_case_solved", "da")
    assert owner(teams) == ""


async def test_a_problem_with_taking_a_screenshot_still_opens_a_case(
    teams: InMemoryTeams, anne: Someone
) -> None:
    await anne.says("kan ikke tage skærmbillede")
    await anne.says("tag billede virker ikke på min pc")
    assert len(teams.services.cases.of_requester(ANNE)) == 2


async def test_the_help_shows_the_commands_to_helpers_only(
    teams: InMemoryTeams, bo: Someone
) -> None:
    peter = Someone(teams, PETER)
    await bo.says("hjælp")
    assert text("claim.command", "da") in bo.last_reply
    await peter.says("hjælp")
    assert text("claim.command", "da") not in peter.last_reply
