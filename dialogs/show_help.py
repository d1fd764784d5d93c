"""'hjælp': what the bot can do, and where to turn when it is urgent."""

from __future__ import annotations

from typing import Final

from bot import cards
from dialogs.conversation import Turn

# (command text key, description text key). Each flow that adds a command adds its line here,
# so the help never promises something the bot does not do.
COMMANDS: Final = (
    ("command.help", "command.help.desc"),
    ("command.language", "command.language.desc"),
)


def command_words(lang: str) -> list[str]:
    """The commands as a person writes them, for 'did you mean …?' hints."""
    from bot.texts import text

    return [text(command, lang) for command, _ in COMMANDS]


def show_help(turn: Turn) -> None:
    org = turn.services.org
    body = [
        cards.title(turn.t("help.title")),
        cards.paragraph(turn.t("help.intro", org=org.name)),
        cards.heading(turn.t("help.commands")),
        cards.facts([(turn.t(command), turn.t(desc)) for command, desc in COMMANDS]),
    ]
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
