"""`python -m bot selftest`: check a deployment before Teams finds out what is wrong with it."""

from bot.selftest.report import Finding, Report
from bot.selftest.runner import main, run

__all__ = ["Finding", "Report", "main", "run"]
