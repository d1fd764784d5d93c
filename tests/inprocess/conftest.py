"""In-process flow tests: the real core and storage with Teams in memory, no sockets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogs.org_file import Organisation
from tests.conftest import ANNE, BO, EMMA, FakeClock
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams


@pytest.fixture
def teams(tmp_path: Path, clock: FakeClock, org: Organisation) -> Iterator[InMemoryTeams]:
    running = InMemoryTeams(tmp_path / "data", clock, org=org)
    yield running
    running.close()


# The names the HTTP tests use, so a test reads the same in either layer.


@pytest.fixture
def anne(teams: InMemoryTeams) -> Someone:
    return Someone(teams, ANNE)


@pytest.fixture
def emma(teams: InMemoryTeams) -> Someone:
    return Someone(teams, EMMA)


@pytest.fixture
def bo(teams: InMemoryTeams) -> Someone:
    return Someone(teams, BO)
