"""Greetings, thanks and messages the bot does not understand, answered kindly."""

from __future__ import annotations

from dialogs.conversation import Turn
from dialogs.language.intents import suggest
from dialogs.show_help import command_words


def greet(turn: Turn) -> None:
    first_name = (turn.person.name or "").split(" ")[0]
    turn.say("greeting", name=first_name)


def thank(turn: Turn) -> None:
    turn.say("thanks")


def not_understood(turn: Turn) -> None:
    if not turn.text.strip():
        turn.say("empty")
        return
    turn.say("unknown")
    guess = suggest(turn.text, command_words(turn.lang))
    if guess:
        turn.say("unknown.suggest", command=guess)
