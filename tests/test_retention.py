"""Closed cases go to the archive at night, and are anonymised once the retention period is over."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.retention_job import JOB_ID
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.org_file import OrgError, dump_org, load_org, parse_org
from dialogs.retention import anonymised, closed_on, is_due
from storage.cases import ANONYMOUS
from storage.models import Case, CaseEvent, CasePost
from tests.chat import Someone
from tests.conftest import ANNE, BO, RunningBot
from tests.test_handle_case import card_of

RETENTION_DAYS = 30


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The demo organisation, keeping closed cases for 30 days."""
    text = DEMO_ORG_FILE.read_text(encoding="utf-8")
    org_file = tmp_path / "org.toml"
    org_file.write_text(
        text.replace("retention_days = 365", f"retention_days = {RETENTION_DAYS}"),
        encoding="utf-8",
    )
    return Settings(data_dir=tmp_path / "data", org_file=org_file)


async def test_closed_cases_are_archived_then_anonymised(
    bot: RunningBot, anne: Someone, bo: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren hos Jens Hansen på 2. sal")
    await bo.clicks("Løst", on=card_of(bot, 1))
    await bot.wait(days=8)  # five working days later it closes by itself
    cases = bot.stored.cases
    assert cases.get(1).status == "closed"
    await anne.says("outlook crasher")  # #2 stays open

    await bot.wait(days=1)  # the night's run moves #1 to the archive
    data = bot.settings.data_dir / "cases"
    assert '"1"' not in (data / "open-00000.json").read_text(encoding="utf-8")
    assert (data / "archive-00000.json").exists()
    await anne.says("mine sager")
    assert "#1 · Printer og scanner" in anne.last_reply
    await bo.says("sag 1")
    assert "Jens Hansen" in bo.last_reply
    await bot.restart()
    assert bot.stored.cases.get(1).description.startswith("problem med printeren")
    assert bot.routines() == [JOB_ID]

    await bot.wait(days=RETENTION_DAYS - 2)  # 29 days since it closed
    assert bot.stored.cases.get(1).requester == ANNE
    await bot.wait(days=2)
    gone = bot.stored.cases.get(1)
    assert gone.requester == ANONYMOUS
    assert "Jens Hansen" not in str(gone)
    assert ANNE not in str(gone)
    assert BO not in str(gone)
    assert (gone.team, gone.category, gone.status, gone.satisfied) == (
        "ydelse",
        "printer",
        "closed",
        None,
    )
    assert [e.what for e in gone.history] == ["opened", "resolved", "closed"]
    assert all((gone.created_at, gone.resolved_at, gone.closed_at))
    await anne.says("mine sager")
    texts = anne.last_reply
    assert "#2 · Outlook" in texts
    assert "#1" not in texts
    assert bot.stored.cases.get(2).requester == ANNE


def _case(**fields: object) -> Case:
    base = Case(
        number=7,
        requester=ANNE,
        team="ydelse",
        category="printer",
        description="printeren hos Jens",
        status="closed",
        ticket="INC-881",
        central_answer="Ny profil oprettet til Anne",
        helpers=(BO,),
        owner=BO,
        created_at="2025-01-02T08:00:00+00:00",
        resolved_at="2025-01-03T08:00:00+00:00",
        closed_at="2025-01-10T08:00:00+00:00",
        posts=(CasePost(conversation_id="c", activity_id="a", reference={"user": "x"}, to=BO),),
        history=(
            CaseEvent(at="2025-01-02T08:00:00+00:00", by=ANNE, what="opened"),
            CaseEvent(at="2025-01-03T08:00:00+00:00", by=BO, what="wrote", detail="Jens igen?"),
            CaseEvent(at="2025-01-10T08:00:00+00:00", by="", what="closed"),
        ),
    )
    return Case(**{**base.__dict__, **fields})


def test_due_only_after_the_whole_period_and_only_once() -> None:
    closed = datetime(2025, 1, 10, 8, 0, tzinfo=UTC)
    case = _case()
    assert not is_due(case, closed.replace(day=11), 365)
    assert not is_due(case, datetime(2026, 1, 10, 8, 0, tzinfo=UTC), 365)
    assert is_due(case, datetime(2026, 1, 10, 8, 1, tzinfo=UTC), 365)
    assert not is_due(anonymised(case), datetime(2027, 1, 1, tzinfo=UTC), 365)
    assert not is_due(_case(status="resolved", closed_at=""), datetime(2030, 1, 1, tzinfo=UTC), 1)


def test_a_merged_case_counts_from_its_last_step() -> None:
    merged = _case(status="merged", closed_at="")
    assert closed_on(merged) == "2025-01-10T08:00:00+00:00"
    assert closed_on(_case(status="taken")) == ""


def test_anonymising_keeps_the_statistics_and_drops_every_name_and_text() -> None:
    # None of the kept fields at its default, so keeping them differs from resetting them.
    case = _case(urgent=True, routed_to="project_lead", satisfied=False)
    gone = anonymised(case)
    kept_fields = (
        "number",
        "team",
        "category",
        "status",
        "urgent",
        "routed_to",
        "satisfied",
        "ticket",
    )
    for kept in kept_fields:
        assert getattr(gone, kept) == getattr(case, kept), kept
    assert (gone.created_at, gone.resolved_at, gone.closed_at) == (
        _case().created_at,
        _case().resolved_at,
        _case().closed_at,
    )
    assert [(e.at, e.what) for e in gone.history] == [(e.at, e.what) for e in _case().history]
    assert (gone.requester, gone.description, gone.owner, gone.helpers) == (
        ANONYMOUS,
        "",
        ANONYMOUS,
        (ANONYMOUS,),
    )
    assert gone.posts == ()
    assert gone.central_answer == ""
    assert all(e.detail == "" and e.by in ("", ANONYMOUS) for e in gone.history)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("0", "organisation.retention_days: must be at least 1 day, not 0"),
        ('"a year"', "organisation.retention_days: must be a whole number of days, not 'a year'"),
        ("true", "organisation.retention_days: must be a whole number of days, not True"),
    ],
)
def test_the_org_file_says_how_long_closed_cases_are_kept(
    tmp_path: Path, value: str, problem: str
) -> None:
    text = DEMO_ORG_FILE.read_text(encoding="utf-8")
    bad = tmp_path / "org.toml"
    bad.write_text(text.replace("retention_days = 365", f"retention_days = {value}"))
    with pytest.raises(OrgError) as error:
        load_org(bad)
    assert error.value.problems == [problem]
    default = tmp_path / "default.toml"
    default.write_text(text.replace("retention_days = 365", ""), encoding="utf-8")
    assert load_org(default).retention_days == 365
    org = load_org(DEMO_ORG_FILE)
    assert "retention_days = 365" in dump_org(org)
    assert parse_org(tomllib.loads(dump_org(replace(org, retention_days=90)))).retention_days == 90
