"""'hjælp': what the bot can do for this person, and where to turn when it is urgent."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import EVERYONE, PERSONAL, SECTIONS, TEAM, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.language import cards

FLOW: Final = Flow(
    "show_help",
    phrases=(
        Phrases(
            "help",
            da=(
                "hjælp",
                "hjælp mig",
                "hjaelp",
                "hvad kan du",
                "hvad kan du hjælpe med",
                "kommandoer",
                "vejledning",
                "menu",
                "?",
            ),
            en=("help", "help me", "what can you do", "commands"),
        ),
    ),
    help=(HelpLine(EVERYONE, "command.help", "command.help.desc"),),
    teams=(
        TeamsCommand(PERSONAL, "command.help", "command.help.desc", order=1),
        TeamsCommand(TEAM, "command.help", "command.help.desc", order=1),
    ),
)


@FLOW.starts("help")
def show_help(turn: Turn) -> None:
    org = turn.services.org
    roles = turn.org.roles(turn.email)
    body = [cards.title(turn.t("help.title")), cards.paragraph(turn.t("help.intro", org=org.name))]
    for section, heading, needs in SECTIONS:
        if needs and not roles & needs:
            continue
        body.append(cards.heading(turn.t(heading)))
        lines = [line for line in turn.known_flows().help_lines if line.section == section]
        body.append(
            cards.facts([(turn.t(line.command), turn.t(line.description)) for line in lines])
        )
    if turn.in_channel:
        body.append(cards.paragraph(turn.t("help.in_channel"), subtle=True))
    support = org.central_it_support
    if support.phone or support.url:
        body.append(
            cards.paragraph(
                turn.t("help.urgent", name=support.name, phone=support.phone, url=support.url),
                subtle=True,
            )
        )
    turn.show(cards.card(body, fallback=turn.t("help.title")))
