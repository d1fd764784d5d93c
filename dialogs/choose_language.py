"""'skift sprog': a person chooses Danish or English, or to follow their Teams language."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.language import cards
from dialogs.language.intents import choose, recognize
from dialogs.language.texts import language_of

FLOW: Final = "choose_language"
ANSWERS: Final = {
    "da": ("dansk", "danish", "på dansk", "in danish", "da"),
    "en": ("engelsk", "english", "på engelsk", "in english", "en"),
    "auto": ("følg teams", "follow teams", "automatisk", "automatic", "auto"),
    "cancel": ("annullér", "annuller", "fortryd", "glem det", "nej", "cancel", "never mind", "no"),
}
# After this many answers the bot did not understand, it lets the question go.
MAX_ATTEMPTS: Final = 2


def start(turn: Turn) -> None:
    turn.ask(FLOW, attempts=0)
    turn.show(
        cards.card(
            [cards.paragraph(turn.t("language.question"))],
            [
                cards.submit(turn.t("language.danish"), {"action": FLOW, "language": "da"}),
                cards.submit(turn.t("language.english"), {"action": FLOW, "language": "en"}),
                cards.submit(turn.t("language.auto"), {"action": FLOW, "language": "auto"}),
            ],
            fallback=turn.t("language.question"),
        )
    )


def answer(turn: Turn) -> bool:
    """Take the person's answer; False when the message is not an answer to the question."""
    if turn.value is not None:
        choice = turn.value.get("language")
        choice = choice if choice in ("da", "en", "auto") else None
    else:
        choice = choose(turn.text, ANSWERS)
    if choice == "cancel":
        turn.finish()
        turn.say("language.cancelled")
        return True
    if choice is None and turn.value is None and recognize(turn.text) is not None:
        turn.finish()  # the person moved on to something else
        return False
    if choice is None:
        attempts = int((turn.pending or {}).get("attempts", 0)) + 1
        if turn.value is None and attempts >= MAX_ATTEMPTS:
            turn.finish()
            return False
        turn.ask(FLOW, attempts=attempts)
        turn.say("language.not_understood")
        return True
    turn.finish()
    turn.services.people.set_language(turn.person.user_id, "" if choice == "auto" else choice)
    turn.lang = language_of(turn.locale) if choice == "auto" else choice
    if choice == "auto":
        turn.say("language.auto_set")
        return True
    turn.say("language.set")
    return True
