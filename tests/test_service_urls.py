"""The bot sends on its own only to channel services that accepted activities came from."""

from __future__ import annotations

from dataclasses import replace

from tests.chat import Someone, buttons
from tests.conftest import ANNE, BO, RunningBot
from tests.test_auth import APP_ID

ELSEWHERE = "http://127.0.0.1:9/somewhere-else/"


async def test_a_refused_activity_cannot_move_where_the_bot_sends(bot: RunningBot) -> None:
    emulator = bot.emulator
    bot.settings = replace(bot.settings, allowed_tenants=frozenset({emulator.directory.tenant_id}))
    await bot.restart()
    await emulator.install_in_team("ydelse")
    anne, bo = Someone(emulator, ANNE), Someone(emulator, BO)
    await anne.says("problem med printeren")
    await bo.says("hej")

    # Anne's chat, claimed from another tenant and pointing at another channel service.
    forged = emulator.activities.message(ANNE, "hjælp")
    forged["serviceUrl"] = ELSEWHERE
    forged["channelData"]["tenant"]["id"] = "another-tenant"
    assert (await emulator.post(forged)).status == 403
    # The same from no tenant at all.
    del forged["channelData"]["tenant"]
    assert (await emulator.post(forged)).status == 403

    references = bot.stored.references.all()
    assert references
    assert {ref.service_url for ref in references} == {emulator.service_url}
    assert {t.service_url for t in bot.stored.teams.all()} == {emulator.service_url}

    # So when Bo takes the case, Anne hears of it where she really is.
    [card] = [r for r in emulator.recorded() if "Jeg tager den" in buttons(r)]
    emulator.clear()
    await bo.clicks("Jeg tager den", on=card)
    to_anne = emulator.recorded(emulator.personal_conversation_id(ANNE))
    assert any("har taget din sag" in (r.text or "") for r in to_anne), to_anne


async def test_without_a_token_nothing_is_learned(bot: RunningBot) -> None:
    bot.settings = replace(
        bot.settings,
        app_id=APP_ID,
        app_password="not-a-real-secret",
        allowed_tenants=frozenset({bot.emulator.directory.tenant_id}),
    )
    await bot.restart()
    for activity in (
        bot.emulator.activities.message(ANNE, "hjælp"),
        *bot.emulator.activities.install_in_team("ydelse"),
    ):
        activity["serviceUrl"] = ELSEWHERE
        assert (await bot.emulator.post(activity)).status == 401
    assert bot.stored.references.all() == []
    assert bot.stored.teams.all(installed_only=False) == []
    assert bot.stored.people.all() == []
