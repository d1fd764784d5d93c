"""The in-memory Teams itself: replies, notices, buttons, questions and case cards, as seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.conversation import Turn
from dialogs.dispatch import Dispatcher
from dialogs.flow import Flow
from dialogs.language.texts import text
from dialogs.org_file import Organisation
from tests.conftest import ANNE, BO, EMMA, PETER, SARA, FakeClock
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams


async def test_a_reply_goes_to_the_writer_and_says_its_text(teams: InMemoryTeams) -> None:
    anne = Someone(teams, ANNE)
    teams.install_in("ydelse")
    said = await anne.says("printeren siger papirstop")
    assert [m.conversation for m in said.replies] == [anne.chat]
    assert anne.told("report.opened", number=1)
    assert anne.told("report.to_channel", names="Bo Nielsen", team="Team Ydelse")
    assert "#1" in anne.last_reply
    # A wrong number, a wrong name or another text is not taken for it.
    assert not anne.told("report.opened", number=2)
    assert not anne.told("report.to_channel", names="Sara Lund")
    assert not anne.told("report.nobody")
    with pytest.raises(AssertionError):
        assert anne.told("report.opened", number=2)


async def test_a_notice_reaches_the_recipient_in_her_language(teams: InMemoryTeams) -> None:
    emma, bo = Someone(teams, EMMA), Someone(teams, BO)
    teams.install_in("ydelse")
    await emma.says("my printer is jammed")
    await bo.says("tag #1")
    assert emma.got("case.notice.claimed", number=1, name="Bo Nielsen")
    assert emma.last_notice == text("case.notice.claimed", "en", number=1, name="Bo Nielsen")
    assert not emma.got("case.notice.claimed", number=1, name="Sara Lund")
    assert bo.notices == [], "the notice went to Emma only"


async def test_someone_without_a_chat_is_not_reached(teams: InMemoryTeams) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    teams.install_in("ydelse")
    await anne.says("printeren siger papirstop", team="ydelse")  # Anne never wrote 1:1
    await bo.says("tag #1", team="ydelse")
    assert anne.notices == []
    assert (ANNE, "case.notice.claimed") in teams.undelivered


async def test_a_button_on_the_last_card_is_pressed(teams: InMemoryTeams) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    teams.install_in("ydelse")
    await anne.says("printeren siger papirstop")
    with pytest.raises(AssertionError, match="no button 'Jeg tager den nu'"):
        await bo.clicks("Jeg tager den nu")
    said = await bo.clicks("Jeg tager den")
    assert said.turn.in_channel, "the card is in the channel, so the press is too"
    assert teams.services.cases.get(1).owner == BO
    assert "Bo Nielsen" in anne.last_notice
    # The card changed where it is: no one can take it again.
    assert "Jeg tager den" not in bo.last_card.buttons
    with pytest.raises(AssertionError, match="no button"):
        await bo.clicks("Jeg tager den")


async def test_a_button_fills_in_the_inputs_of_its_card(teams: InMemoryTeams) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    teams.install_in("ydelse")
    await anne.says("printeren siger papirstop")
    with pytest.raises(AssertionError, match="no input 'nope'"):
        await bo.clicks("Løst", inputs={"nope": "x"})
    await bo.clicks("Løst", inputs={"note": "genstartet printeren"})
    solved = teams.services.cases.get(1)
    assert (solved.status, solved.history[-1].detail) == ("resolved", "genstartet printeren")
    assert anne.got("case.works.question", number=1)
    await anne.clicks(text("case.works.yes", "da"))
    assert teams.services.cases.get(1).status == "closed"


async def test_a_question_waits_for_its_answer_in_that_chat_only(teams: InMemoryTeams) -> None:
    teams.add_user("nina.ny@jobcenter.varde.example", "Nina Ny")
    nina = Someone(teams, "nina.ny@jobcenter.varde.example")
    await nina.says("hvem er min superbruger?")
    assert (nina.pending or {}).get("flow") == "choose_team"
    await nina.says("unge", team="unge")  # in a channel: another conversation, no answer
    assert not nina.told("team.chosen", team="Team Unge")
    assert (nina.pending or {}).get("flow") == "choose_team"
    await nina.says("unge")
    assert nina.pending is None
    assert nina.told("team.chosen", team="Team Unge")
    assert not nina.told("team.chosen", team="Team Ydelse")


async def test_a_case_card_mentions_its_helpers_in_the_channel(teams: InMemoryTeams) -> None:
    anne, bo, sara, peter = (Someone(teams, e) for e in (ANNE, BO, SARA, PETER))
    teams.install_in("ydelse")
    await anne.says("printeren siger papirstop")
    [card] = [m for m in teams.channel("ydelse") if m.case == 1]
    assert card.text == "<at>Bo Nielsen</at> Ny IT-sag #1 fra Anne Madsen."
    assert bo.was_mentioned_on_case(1)
    assert not sara.was_mentioned_on_case(1), "the deputy follows the channel, unmentioned"
    assert not peter.was_mentioned_on_case(1)
    assert not anne.was_mentioned_on_case(1)
    assert not bo.was_mentioned_on_case(2), "there is no case 2"
    assert card in peter.received, "everyone in the team sees the channel"
    assert bo.notices == [], "Bo follows it in the channel, so gets no card of his own"


async def test_without_a_channel_the_card_goes_to_the_helpers_1to1(teams: InMemoryTeams) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    await bo.says("hej")  # Bo has the bot, so it can write to him
    await anne.says("printeren siger papirstop")
    [card] = bo.notices
    assert (card.case, card.to) == (1, BO)
    assert card.text == text("case.post.direct", "da", number=1, requester="Anne Madsen")
    assert not bo.was_mentioned_on_case(1), "1:1 there is nobody to tag"
    assert "Jeg tager den" in card.buttons


async def test_a_solved_case_closes_when_the_clock_passes_its_window(
    teams: InMemoryTeams,
) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    teams.install_in("ydelse")
    await anne.says("printeren siger papirstop")
    await bo.says("løst #1")
    assert teams.timers.job_ids() == ["case-close-1"]
    assert teams.wait(days=1) == []
    assert teams.wait(days=7) == ["case-close-1"]
    assert teams.services.cases.get(1).status == "closed"
    assert anne.got("case.notice.closed_by_itself", number=1)


def test_every_card_is_checked_against_the_schema(
    tmp_path: Path, clock: FakeClock, org: Organisation
) -> None:
    def broken(turn: Turn) -> bool:
        turn.show({"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "Nonsense"}]})
        return True

    flows = Dispatcher([Flow("broken")], [lambda message: broken(message.turn)], _Read)
    teams = InMemoryTeams(tmp_path, clock, org=org, flows=flows)
    try:
        with pytest.raises(AssertionError, match="invalid Adaptive Card"):
            teams.run(ANNE, text="hej", conversation=f"a:{ANNE}")
    finally:
        teams.close()


class _Read:
    """The least a matcher reads of a message: its turn."""

    def __init__(self, turn: Turn, _dispatcher: Dispatcher) -> None:
        self.turn = turn
