"""'Genindlæs organisation': the leads read the org file again from chat, keeping chat changes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.language.texts import text
from dialogs.org_file import Organisation, Team
from tests.answers import who_helps
from tests.chat import Someone
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, PETER, SARA, RunningBot

NEW_TEAM = """
[[teams]]
key = "digital"
name = "Team Digital"
teams_team_name = "Jobcenter Varde – Digital"
leaders = ["vibeke.holm@jobcenter.varde.example"]
superusers = ["lise.nord@jobcenter.varde.example"]
deputies = []
members = ["ulla.berg@jobcenter.varde.example"]

"""
NEW_PERSON = '"lise.nord@jobcenter.varde.example" = { name = "Lise Nord" }\n'
PEOPLE_HEADER = "# Display names and Teams language"
# The demo file names 39 people; the new team brings three more.
COUNTS = {"teams": 8, "categories": 11, "people": 42}
RELOADED, RELOADED_EN = text("reload.done", "da", **COUNTS), text("reload.done", "en", **COUNTS)
REFUSED = text("reload.refused", "da", project_lead="Mette Kjær", it_lead="Henrik Lund")
BROKEN = (
    ('superusers = ["bo.nielsen@jobcenter.varde.example"]', 'superusers = ["bo.nielsen"]'),
    (
        'portfolio = { project_lead = ["nye-it-redskaber"] }',
        'portfolio = { project_lead = ["nye-it-redskaber", "kaffe"] }',
    ),
)
BROKEN_PROBLEMS = (
    "- teams.ydelse.superusers: 'bo.nielsen' is not an e-mail address\n"
    "- teams.ydelse.portfolio.project_lead: unknown category 'kaffe'"
)
ANNES_ANSWER = who_helps("Team Ydelse", [f"Bo Nielsen ({BO})"], ["Sara Lund"])


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """A copy of the demo org file that the test may edit."""
    org_file = tmp_path / "org.toml"
    shutil.copy(DEMO_ORG_FILE, org_file)
    return replace(settings, org_file=org_file)


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)


def edit(settings: Settings, *changes: tuple[str, str]) -> None:
    """Change the org file on disk, as the IT lead would in an editor."""
    text = settings.org_file.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, f"{old!r} is not in the org file"
        text = text.replace(old, new, 1)
    settings.org_file.write_text(text, encoding="utf-8")


def add_team(settings: Settings) -> None:
    edit(settings, (PEOPLE_HEADER, NEW_TEAM + PEOPLE_HEADER))
    with settings.org_file.open("a", encoding="utf-8") as file:
        file.write(NEW_PERSON)


def org_now(bot: RunningBot) -> Organisation:
    return bot.stored.organisation.org


def team(bot: RunningBot, key: str) -> Team | None:
    return org_now(bot).team(key)


async def test_a_new_team_in_the_file_is_answerable_after_a_reload(
    bot: RunningBot, settings: Settings, mette: Someone, anne: Someone
) -> None:
    add_team(settings)
    await anne.says("hvem er superbruger i Team Digital")
    assert anne.last_reply.startswith("Jeg kender ikke et team, der hedder «Team Digital».")

    await mette.says("genindlæs organisation")
    assert mette.last_reply == RELOADED
    digital = team(bot, "digital")
    assert digital is not None
    assert digital.superusers == ("lise.nord@jobcenter.varde.example",)
    assert len(org_now(bot).teams) == 8

    await anne.says("hvem er superbruger i Team Digital")
    assert anne.last_reply == who_helps(
        "Team Digital", ["Lise Nord (lise.nord@jobcenter.varde.example)"]
    )
    # Nothing else moved.
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == ANNES_ANSWER

    await bot.restart()
    assert team(bot, "digital") is not None


@pytest.mark.parametrize(
    ("who", "said", "locale", "answer"),
    [
        (METTE, "genindlæs organisation", None, RELOADED),
        (METTE, "genindlæs organisationen", None, RELOADED),
        (METTE, "genindlæs organisationn", None, RELOADED),
        (METTE, "genindlaes organisation", None, RELOADED),
        (HENRIK, "genindlæs org", None, RELOADED),
        (HENRIK, "reload organisation", "en-US", RELOADED_EN),
        (HENRIK, "reload organization", "en-US", RELOADED_EN),
        (METTE, "reload organisaton", "en-US", RELOADED_EN),
    ],
)
async def test_the_leads_reload_in_either_language(
    bot: RunningBot, settings: Settings, who: str, said: str, locale: str | None, answer: str
) -> None:
    add_team(settings)
    lead = Someone(bot.emulator, who)
    await lead.says(said, locale=locale)
    assert lead.last_reply == answer
    assert team(bot, "digital") is not None


async def test_chat_changes_still_apply_after_a_reload(
    bot: RunningBot, settings: Settings, mette: Someone, anne: Someone
) -> None:
    karin = Someone(bot.emulator, KARIN)
    await karin.says("tilføj superbruger Peter Skov")
    assert karin.last_reply == "Peter Skov er nu superbruger i Team Ydelse."

    # The file gains a team and a deputy for Team Ydelse; the chat only named superusers.
    add_team(settings)
    edit(
        settings,
        (
            'deputies = ["sara.lund@jobcenter.varde.example"]',
            'deputies = ["sara.lund@jobcenter.varde.example", '
            '"emma.jensen@jobcenter.varde.example"]',
        ),
    )
    await mette.says("genindlæs organisation")
    assert mette.last_reply == RELOADED
    ydelse = team(bot, "ydelse")
    assert ydelse is not None
    assert ydelse.superusers == (BO, PETER)  # from the chat
    assert ydelse.deputies == (SARA, EMMA)  # from the file

    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == who_helps(
        "Team Ydelse", [f"Bo Nielsen ({BO})", f"Peter Skov ({PETER})"], ["Sara Lund", "Emma Jensen"]
    )


async def test_a_category_the_file_dropped_leaves_the_chat_portfolio(
    bot: RunningBot, settings: Settings, mette: Someone
) -> None:
    await bot.emulator.submit(
        KARIN, {"action": "set_portfolio", "team": "ydelse", "category:printer": "true"}
    )
    ydelse = team(bot, "ydelse")
    assert ydelse is not None
    assert ydelse.portfolio_project_lead == ("printer",)

    content = settings.org_file.read_text(encoding="utf-8")
    start = content.index('[[categories]]\nkey = "printer"')
    end = content.index("[[categories]]", start + 1)
    settings.org_file.write_text(content[:start] + content[end:], encoding="utf-8")

    await mette.says("genindlæs organisation")
    assert mette.last_reply == text("reload.done", "da", teams=7, categories=10, people=39)
    ydelse = team(bot, "ydelse")
    assert ydelse is not None
    assert ydelse.portfolio_project_lead == ()


async def test_a_broken_file_is_refused_and_the_old_organisation_stays(
    bot: RunningBot, settings: Settings, org: Organisation, mette: Someone, anne: Someone
) -> None:
    add_team(settings)
    edit(settings, *BROKEN)
    turn = await mette.says("genindlæs organisation")
    assert turn.texts == [text("reload.failed", "da", count=2, problems=BROKEN_PROBLEMS)]
    assert org_now(bot) == org
    assert team(bot, "digital") is None

    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == ANNES_ANSWER
    await anne.says("hvem er superbruger i Team Digital")
    assert anne.last_reply.startswith("Jeg kender ikke et team, der hedder «Team Digital».")

    # Once the file is mended, the next reload takes it.
    edit(settings, *((new, old) for old, new in BROKEN))
    await mette.says("genindlæs organisation")
    assert mette.last_reply == RELOADED
    assert team(bot, "digital") is not None


async def test_a_broken_file_in_english(
    bot: RunningBot, settings: Settings, org: Organisation
) -> None:
    edit(settings, *BROKEN)
    henrik = Someone(bot.emulator, HENRIK)
    await henrik.says("reload organisation", locale="en-US")
    assert henrik.last_reply == text("reload.failed", "en", count=2, problems=BROKEN_PROBLEMS)
    assert org_now(bot) == org


async def test_many_problems_are_cut_short(
    bot: RunningBot, settings: Settings, org: Organisation, mette: Someone
) -> None:
    bad = ", ".join(f'"nobody{i}"' for i in range(12))
    edit(settings, ('deputies = ["sara.lund@jobcenter.varde.example"]', f"deputies = [{bad}]"))
    turn = await mette.says("genindlæs organisation")
    first, second = turn.texts
    lines = first.split("\n")
    assert lines[0] == "Organisationsfilen har 12 fejl, så jeg beholder den gamle:"
    assert lines[1:] == [
        f"- teams.ydelse.deputies: 'nobody{i}' is not an e-mail address" for i in range(10)
    ]
    assert second == "… og 2 mere. Kør «python -m bot org check» for at se dem alle."
    assert org_now(bot) == org


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("missing", "- the file does not exist"),
        ("not toml", "- not valid TOML: "),
    ],
)
async def test_a_missing_or_unreadable_file(
    bot: RunningBot, settings: Settings, org: Organisation, damage: str, problem: str
) -> None:
    if damage == "missing":
        settings.org_file.unlink()
    else:
        settings.org_file.write_text("[organisation\nname = ", encoding="utf-8")
    mette = Someone(bot.emulator, METTE)
    await mette.says("genindlæs organisation")
    assert mette.last_reply.startswith(
        "Organisationsfilen har 1 fejl, så jeg beholder den gamle:\n" + problem
    )
    assert org_now(bot) == org


@pytest.mark.parametrize("who", [ANNE, BO, KARIN])
async def test_only_the_leads_may_reload(
    bot: RunningBot, settings: Settings, org: Organisation, who: str
) -> None:
    add_team(settings)
    person = Someone(bot.emulator, who)
    await person.says("genindlæs organisation")
    assert person.last_reply == REFUSED
    assert org_now(bot) == org
    assert team(bot, "digital") is None


async def test_refused_in_english(bot: RunningBot, settings: Settings, org: Organisation) -> None:
    add_team(settings)
    emma = Someone(bot.emulator, EMMA)
    await emma.says("reload organisation")
    assert emma.last_reply == text(
        "reload.refused", "en", project_lead="Mette Kjær", it_lead="Henrik Lund"
    )
    assert org_now(bot) == org
