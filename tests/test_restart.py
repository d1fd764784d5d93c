"""Stopping and starting the bot on the same data dir keeps everything it had learned."""

from __future__ import annotations

from tests.chat import Someone
from tests.conftest import ANNE, BO, RunningBot


async def test_people_teams_references_and_dialogs_survive_a_restart(
    bot: RunningBot, anne: Someone, bo: Someone
) -> None:
    emu = bot.emulator
    await emu.install_in_team("ydelse")
    await anne.says("hej")
    await bo.says("hjælp", team="ydelse")
    await anne.says("skift sprog")  # a question left open

    stored = bot.stored
    before = {
        "people": sorted(stored.people.all(), key=lambda p: p.user_id),
        "teams": stored.teams.all(),
        "references": sorted(stored.references.all(), key=lambda r: r.conversation_id),
    }
    ydelse = stored.organisation.org.team("ydelse")
    # The install linked Team Ydelse by name and read the Teams team's roster.
    assert {p.email for p in before["people"]} == set(ydelse.everyone)
    link = stored.organisation.link_of(ydelse)
    assert link is not None
    assert len(before["teams"]) == 1
    assert len(before["references"]) >= 3

    await bot.restart()
    stored = bot.stored
    assert sorted(stored.people.all(), key=lambda p: p.user_id) == before["people"]
    assert stored.teams.all() == before["teams"]
    assert stored.organisation.link_of(ydelse) == link
    assert sorted(stored.references.all(), key=lambda r: r.conversation_id) == before["references"]

    await anne.says("english")
    assert anne.last_reply == "Fine, I will answer you in English from now on."
    emu.clear()
    await emu.install_in_team("ydelse")
    assert emu.recorded() == [], "no second welcome, nor anything else"
    assert stored.people.by_email(BO).email == BO
    assert stored.people.by_email(ANNE).language == "en"
