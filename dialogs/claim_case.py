"""'tag #14' and 'løst #14: genstartet printeren': a helper takes or solves a case by typing."""

from __future__ import annotations

import re
from typing import Final

from dialogs import handle_case
from dialogs.conversation import Turn
from dialogs.flow import TEAM, Command, Flow, HelpLine, TeamsCommand
from dialogs.organisation import SUPERUSER

CLAIM: Final = "claim_case"
SOLVE: Final = "solve_case"
# "tag" is an everyday word ("tag et billede"), so only a case number after it makes a claim.
# A bare "#" is what Teams' menu puts in the box; the answer asks for the number.
_CASE: Final = r"(?:(?:sag|case)\s*)?"
_CLAIMED: Final = re.compile(_CASE + r"(?:#\s*)?(\d{1,9})|#", re.IGNORECASE)
# The note follows a colon, or a space after "#14"; "løst 2 problemer" is no case.
_SOLVED: Final = re.compile(
    _CASE + r"(?:#\s*(\d{1,9})(?:\s*[:–-]\s*|\s+|$)|(\d{1,9})(?:\s*[:–-]\s*|$))(.*)|#",
    re.IGNORECASE | re.DOTALL,
)

FLOW: Final = Flow(
    "claim_case",
    commands=(
        Command(
            CLAIM,
            da=("tag", "jeg tager"),
            en=("take", "i take", "i'll take"),
            exact=("take",),
            argument=_CLAIMED,
        ),
        Command(
            SOLVE,
            da=("løst", "jeg har løst"),
            en=("solved", "solve", "i solved", "i have solved"),
            exact=("løst", "solved", "solve"),
            argument=_SOLVED,
        ),
    ),
    help=(
        HelpLine(SUPERUSER, "claim.command", "claim.command.desc"),
        HelpLine(SUPERUSER, "claim.solve", "claim.solve.desc"),
    ),
    teams=(
        TeamsCommand(TEAM, "claim.menu", "claim.menu.desc", order=7),
        TeamsCommand(TEAM, "claim.menu_solve", "claim.menu_solve.desc", order=8),
    ),
)


@FLOW.starts(CLAIM)
def claim(turn: Turn) -> None:
    found = _CLAIMED.fullmatch(turn.argument)
    number = found.group(1) if found else None
    if not number:
        turn.say("claim.which_case")
        return
    _as_on_the_card(turn, "case.claim", number)


@FLOW.starts(SOLVE)
def solve(turn: Turn) -> None:
    found = _SOLVED.fullmatch(turn.argument)
    number = (found.group(1) or found.group(2)) if found else None
    if found is None or not number:
        turn.say("claim.which_case_solved")
        return
    _as_on_the_card(turn, "case.resolve", number, note=found.group(3) or "")


def _as_on_the_card(turn: Turn, action: str, number: str, **data: str) -> None:
    """Press the case card's button: who may, which cases, and two at once are its rules."""
    turn.value = {"action": action, "case": number, **data}
    handle_case.act(turn)
