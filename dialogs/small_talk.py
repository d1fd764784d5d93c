"""Greetings, thanks and messages the bot does not understand, answered kindly."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import Flow, Phrases
from dialogs.language.intents import suggest

FLOW: Final = Flow(
    "small_talk",
    phrases=(
        Phrases(
            "greeting",
            da=("hej", "hejsa", "goddag", "godmorgen"),
            en=("hello", "hi", "hey", "good morning"),
        ),
        Phrases(
            "thanks",
            da=("tak", "mange tak", "tusind tak", "tak for hjælpen"),
            en=("thanks", "thank you"),
        ),
    ),
)


@FLOW.starts("greeting")
def greet(turn: Turn) -> None:
    first_name = (turn.person.name or "").split(" ")[0]
    turn.say("greeting", name=first_name)


@FLOW.starts("thanks")
def thank(turn: Turn) -> None:
    turn.say("thanks")


def not_understood(turn: Turn) -> None:
    if not turn.text.strip():
        turn.say("empty")
        return
    turn.say("unknown")
    guess = suggest(turn.text, turn.known_flows().command_words(turn.lang))
    if guess:
        turn.say("unknown.suggest", command=guess)
