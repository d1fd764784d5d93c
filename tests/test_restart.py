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

    runtime = bot.runtime
    before = {
        "people": sorted(runtime.services.people.all(), key=lambda p: p.user_id),
        "teams": runtime.teams.all(),
        "references": sorted(runtime.references.all(), key=lambda r: r.conversation_id),
    }
    ydelse = runtime.services.org.team("ydelse")
    # The install linked Team Ydelse by name and read the Teams team's roster.
    assert {p.email for p in before["people"]} == set(ydelse.everyone)
    link = runtime.services.organisation.link_of(ydelse)
    assert link is not None
    assert len(before["teams"]) == 1
    assert len(before["references"]) >= 3

    await bot.restart()
    runtime = bot.runtime
    assert sorted(runtime.services.people.all(), key=lambda p: p.user_id) == before["people"]
    assert runtime.teams.all() == before["teams"]
    assert runtime.services.organisation.link_of(ydelse) == link
    assert sorted(runtime.references.all(), key=lambda r: r.conversation_id) == before["references"]

    await anne.says("english")
    assert anne.last_reply == "Fine, I will answer you in English from now on."
    emu.clear()
    await emu.install_in_team("ydelse")
    assert not [r for r in emu.recorded() if "IT-hjælp" in (r.text or "")], "no second welcome"
    assert runtime.services.people.by_email(BO).email == BO
    assert runtime.services.people.by_email(ANNE).language == "en"
