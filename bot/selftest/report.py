"""What the self-test found, and the plain report it writes: a line a finding, a fix a problem."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TextIO

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Finding:
    """One thing the self-test looked at: fine, worth knowing, or a problem with its fix."""

    area: str
    message: str
    fix: str = ""  # set only for problems
    warning: bool = False

    @property
    def problem(self) -> bool:
        return bool(self.fix)


@dataclass
class Report:
    """The findings of one self-test, in the order they were made."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem]

    def ok(self, area: str, message: str) -> None:
        self.findings.append(Finding(area, message))

    def warn(self, area: str, message: str) -> None:
        self.findings.append(Finding(area, message, warning=True))

    def fail(self, area: str, message: str, fix: str) -> None:
        self.findings.append(Finding(area, message, fix))

    def write(self, out: TextIO) -> None:
        """The plain report: one line per finding, the fix under each problem, a verdict last."""
        for finding in self.findings:
            mark = "PROBLEM" if finding.problem else ("note" if finding.warning else "ok")
            out.write(f"[{mark}] {finding.area}: {finding.message}\n")
            if finding.problem:
                out.write(f"          fix: {finding.fix}\n")
        count = len(self.problems)
        if count:
            out.write(
                f"\n{count} problem(s) found; fix them and run `python -m bot selftest` again.\n"
            )
        else:
            out.write("\nEverything checked is fine.\n")
