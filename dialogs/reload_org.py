"""'Genindlæs organisation': the IT lead or project lead reads the org file again from chat."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.org_file import OrgError
from dialogs.organisation import PROJECT_LEAD

# A chat message is no place for a hundred problems; the rest are in `org check`.
MAX_PROBLEMS: Final = 10

FLOW: Final = Flow(
    "reload_org",
    commands=(
        Command(
            "reload_org",
            da=("genindlæs organisation", "genindlæs organisationen", "genindlæs org"),
            en=("reload organisation", "reload organization", "reload org"),
        ),
    ),
    help=(HelpLine(PROJECT_LEAD, "command.reload", "command.reload.desc"),),
)


@FLOW.starts("reload_org")
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
