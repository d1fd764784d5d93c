"""`python -m bot export-person EMAIL`: everything the bot keeps about one person, as JSON."""

from __future__ import annotations

import json
import subprocess
import sys

from storage.person_export import export_person
from tests.chat import Someone
from tests.conftest import ANNE, BO, HENRIK, METTE, PETER, RunningBot
from tests.test_delegate_task import TASK
from tests.test_handle_case import card_of
from tests.test_local_run import bot_env


async def test_every_kind_of_record_about_a_person_is_exported(
    bot: RunningBot, anne: Someone, bo: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren")
    await bo.clicks("Jeg tager den", on=card_of(bot, 1))
    await Someone(bot.emulator, PETER).says("outlook crasher, Bo sagde jeg skulle skrive")
    await bo.clicks("Skriv til medarbejder", on=card_of(bot, 2), inputs={"message": "Hvilken pc?"})
    await Someone(bot.emulator, METTE).says("hej")
    await Someone(bot.emulator, HENRIK).says(TASK)
    await anne.says("problem med skærmen")

    anne_data = export_person(bot.settings.data_dir, ANNE.upper())
    assert [c["number"] for c in anne_data["cases"]["as_requester"]] == [1, 3]
    assert anne_data["cases"]["as_helper"] == []
    assert [p["email"] for p in anne_data["people_cache"]] == [ANNE]
    assert anne_data["conversations"][0]["conversation_type"] == "personal"
    assert anne_data["conversation_state"]
    assert "tasks" not in anne_data

    bo_data = export_person(bot.settings.data_dir, BO)
    assert bo_data["cases"]["as_requester"] == []
    # Team Ydelse's superusers are asked to take every case; Bo took #1 and wrote on #2.
    assert [c["number"] for c in bo_data["cases"]["as_helper"]] == [1, 2, 3]
    assert [e["what"] for e in bo_data["cases"]["as_helper"][1]["history"]][-1] == "wrote"
    mette = export_person(bot.settings.data_dir, METTE)
    assert [t["title"] for t in mette["tasks"]] == ["opdatér IT-oversigten"]
    assert PETER not in json.dumps(anne_data)


def test_the_command_writes_json_and_refuses_what_is_not_an_e_mail(tmp_path) -> None:
    env = bot_env(BOT_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run(
        [sys.executable, "-m", "bot", "export-person", ANNE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["cases"] == {
        "as_requester": [],
        "as_helper": [],
        "in_history": [],
    }
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "export-person", "anne"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (bad.returncode, bad.stderr) == (2, "'anne' is not an e-mail address\n")
