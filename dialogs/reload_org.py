"""'Genindlæs organisation': the IT lead or project lead reads the org file again from chat."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.org_file import OrgError

# A chat message is no place for a hundred problems; the rest are in `org check`.
MAX_PROBLEMS: Final = 10


def start(turn: Turn) -> None:
    if not turn.leads_only("reload.refused"):
        return
    try:
        fresh = turn.org.reload()
    except OrgError as error:
        shown = "\n".join(f"- {problem}" for problem in error.problems[:MAX_PROBLEMS])
        more = len(error.problems) - MAX_PROBLEMS
        turn.say("reload.failed", count=len(error.problems), problems=shown)
        if more > 0:
            turn.say("reload.more", count=more)
        return
    turn.say(
        "reload.done",
        teams=len(fresh.teams),
        categories=len(fresh.categories),
        people=len(fresh.everyone()),
    )
