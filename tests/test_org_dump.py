"""Writing the organisation back as an org file that reads back the same."""

from __future__ import annotations

import tomllib

from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import (
    Category,
    CentralSupport,
    Organisation,
    Person,
    Team,
    dump_org,
    load_org,
    parse_org,
)
from tests.org_files import ANNE, SU_YDELSE

# Writing the organisation back


def test_the_demo_org_dumps_to_toml_that_reads_back_the_same() -> None:
    org = load_org(DEMO_ORG_FILE)
    text = dump_org(org)
    assert text.startswith("# The organisation of Jobcenter Varde as the bot sees it.\n")
    again = parse_org(tomllib.loads(text))
    assert again == org
    assert dump_org(again) == text


def test_the_dump_keeps_the_file_schema_and_leaves_out_empty_values() -> None:
    text = dump_org(load_org(DEMO_ORG_FILE))
    headers = [line for line in text.splitlines() if line.startswith("[")]
    assert list(dict.fromkeys(headers)) == [
        "[organisation]",
        "[contacts]",
        "[contacts.central_it_support]",
        "[working_hours]",
        "[escalation]",
        "[[categories]]",
        "[[teams]]",
        "[people]",
    ]
    assert 'portfolio = { project_lead = ["nye-it-redskaber", "momentum"] }' in text
    assert '"emma.jensen@jobcenter.varde.example" = { name = "Emma Jensen", locale = "en-US" }' in (
        text
    )
    assert '"anne.madsen@jobcenter.varde.example" = { name = "Anne Madsen" }' in text
    assert 'name = { da = "Printer og scanner", en = "Printer and scanner" }' in text


def test_a_sparse_org_dumps_without_empty_sections() -> None:
    org = Organisation(
        name="Jobcenter\nTest",
        timezone="Europe/Copenhagen",
        language="en",
        it_lead="it@jc.example",
        project_lead="pl@jc.example",
        central_it_support=CentralSupport(name="Support"),
        categories=(Category(key="printer", name={"da": "Printer"}, keywords=("printer",)),),
        teams=(Team(key="ydelse", name='Team "Ydelse"', superusers=(SU_YDELSE,)),),
        people={ANNE: Person(email=ANNE, name="Anne")},
    )
    text = dump_org(org)
    assert text.splitlines()[0] == "# The organisation of Jobcenter Test as the bot sees it."
    assert "[working_hours]" not in text
    assert "remind_after_hours = 2\n" in text.split("[escalation]")[1]
    assert "fagkoordinatorer" not in text
    assert "teams_team_name" not in text
    assert "members" not in text
    assert "portfolio" not in text
    assert "deputies = []" in text
    assert "email" not in text.split("[contacts.central_it_support]")[1].split("\n\n")[0]
    assert parse_org(tomllib.loads(text)) == org
