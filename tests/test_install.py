"""Installing the bot in a team or a personal chat: what is stored and the welcome people see."""

from __future__ import annotations

from tests.chat import Someone
from tests.conftest import ANNE, EMMA, RunningBot


async def test_install_in_a_team_stores_it_and_welcomes_once(bot: RunningBot) -> None:
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    it_channel = next(c for c in ydelse.channels if c.name == "IT-hjælp")

    turn = await emu.install_in_team("ydelse", channel=it_channel.channel_id)
    assert turn.status < 300

    team = bot.stored.teams.get(ydelse.team_id)
    assert team is not None
    assert team.installed
    assert team.name == "Jobcenter Varde – Ydelse"
    assert {c.name for c in team.channels} == {"General", "IT-hjælp"}
    assert team.welcome_channel_id == it_channel.channel_id

    welcomes = [r for r in emu.recorded() if "Jeg er IT-hjælp" in (r.text or "")]
    assert len(welcomes) == 1, "two install events, one welcome"
    assert welcomes[0].op == "create"
    assert welcomes[0].conversation_id.startswith(it_channel.channel_id + ";messageid=")
    assert "Hej Jobcenter Varde – Ydelse!" in welcomes[0].text


async def test_install_without_a_chosen_channel_welcomes_in_general(bot: RunningBot) -> None:
    emu = bot.emulator
    unge = emu.directory.team("unge")
    await emu.install_in_team("unge")
    welcomes = [r for r in emu.recorded() if "Jeg er IT-hjælp" in (r.text or "")]
    assert [w.conversation_id.split(";")[0] for w in welcomes] == [unge.team_id]


async def test_reinstall_welcomes_again(bot: RunningBot) -> None:
    emu = bot.emulator
    await emu.install_in_team("sekretariat")
    await emu.uninstall_from_team("sekretariat")
    team_id = emu.directory.team("sekretariat").team_id
    assert not bot.stored.teams.get(team_id).installed
    await emu.install_in_team("sekretariat")
    assert bot.stored.teams.get(team_id).installed
    welcomes = [r for r in emu.recorded() if "Jeg er IT-hjælp" in (r.text or "")]
    assert len(welcomes) == 2


async def test_personal_install_welcomes_in_the_persons_language(bot: RunningBot) -> None:
    emu = bot.emulator
    turn = await emu.install_personal(ANNE)
    assert len(turn.replies) == 1, "two install events, one welcome"
    assert turn.replies[0].text.startswith("Hej Anne! Jeg er IT-hjælp for Jobcenter Varde.")
    assert turn.replies[0].conversation_id == emu.personal_conversation_id(ANNE)

    turn = await emu.install_personal(EMMA)
    assert [r.text[:22] for r in turn.replies] == ["Hi Emma! I am IT-hjælp"]


async def test_every_activity_leaves_a_reference_and_a_person(
    bot: RunningBot, anne: Someone
) -> None:
    await anne.says("hej")
    await anne.says("hjælp", team="ydelse")
    user = bot.emulator.directory.user(ANNE)

    person = bot.stored.people.get(user.user_id)
    assert person.email == ANNE, "the e-mail comes from Teams' roster"
    assert person.aad_object_id == user.aad_object_id
    assert person.name == "Anne Madsen"
    assert person.locale == "da-DK"

    personal = bot.stored.references.personal_for(user.user_id)
    assert personal is not None
    assert personal.reference["conversation"]["id"] == bot.emulator.personal_conversation_id(ANNE)
    assert personal.service_url == bot.emulator.service_url
    channel_refs = [r for r in bot.stored.references.all() if r.conversation_type == "channel"]
    assert channel_refs
    assert channel_refs[0].team_id == bot.emulator.directory.team("ydelse").team_id


async def test_install_when_teams_cannot_describe_the_team(bot: RunningBot) -> None:
    emu = bot.emulator
    team = emu.directory.team("integration")
    it_channel = next(c for c in team.channels if c.name == "IT-hjælp")
    # Teams refuses, in both install events, the roster lookup of the installer and of the team.
    emu.inject_fault(403, times=4, conversation_id=team.team_id)
    turn = await emu.install_in_team("integration", channel=it_channel.channel_id)
    assert turn.status == 201
    stored = bot.stored.teams.get(team.team_id)
    assert stored.installed
    assert stored.name == team.name, "the name the install event carried"
    assert stored.channels == (), "Teams did not list the channels"
    welcomes = [r for r in emu.recorded() if "Jeg er IT-hjælp" in (r.text or "")]
    assert len(welcomes) == 1


async def test_an_app_upgrade_greets_nobody_again(bot: RunningBot) -> None:
    emu = bot.emulator
    await emu.install_in_team("ydelse")
    await emu.install_personal(ANNE)
    team_id = emu.directory.team("ydelse").team_id
    emu.clear()
    upgrade = [
        a for a in emu.activities.install_in_team("ydelse") if a["type"] == "installationUpdate"
    ]
    upgrade += [
        a for a in emu.activities.install_personal(ANNE) if a["type"] == "installationUpdate"
    ]
    assert len(upgrade) == 2, "one installationUpdate for the team, one for Anne"
    for activity in upgrade:
        for action in ("remove-upgrade", "add-upgrade"):
            turn = await emu.post({**activity, "action": action})
            assert turn.status == 201
    assert emu.recorded() == []
    assert bot.stored.teams.get(team_id).installed
