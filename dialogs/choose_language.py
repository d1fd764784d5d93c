"""'skift sprog': a person chooses Danish or English, or to follow their Teams language."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import EVERYONE, PERSONAL, TEAM, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.language import cards
from dialogs.language.intents import choose
from dialogs.language.texts import language_of

NAME: Final = "choose_language"
ANSWERS: Final = {
    "da": ("dansk", "danish", "på dansk", "in danish", "da"),
    "en": ("engelsk", "english", "på engelsk", "in english", "en"),
    "auto": ("følg teams", "follow teams", "automatisk", "automatic", "auto"),
    "cancel": ("annullér", "annuller", "fortryd", "glem det", "nej", "cancel", "never mind", "no"),
}
# After this many answers the bot did not understand, it lets the question go.
MAX_ATTEMPTS: Final = 2

FLOW: Final = Flow(
    NAME,
    phrases=(
        Phrases(
            "change_language",
            da=(
                "skift sprog",
                "sprog",
                "skift til engelsk",
                "skift til dansk",
                "på engelsk",
                "på dansk",
                "svar på engelsk",
                "svar på dansk",
            ),
            en=(
                "change language",
                "language",
                "switch language",
                "english please",
                "answer in english",
                "answer in danish",
            ),
        ),
    ),
    help=(HelpLine(EVERYONE, "command.language", "command.language.desc"),),
    teams=(
        TeamsCommand(PERSONAL, "command.language", "command.language.desc", order=4),
        TeamsCommand(TEAM, "command.language", "command.language.desc", order=5),
    ),
)


@FLOW.starts("change_language")
def start(turn: Turn) -> None:
    turn.ask(NAME, attempts=0)
    turn.show(
        cards.card(
            [cards.paragraph(turn.t("language.question"))],
            [
                cards.submit(turn.t("language.danish"), {"action": NAME, "language": "da"}),
                cards.submit(turn.t("language.english"), {"action": NAME, "language": "en"}),
                cards.submit(turn.t("language.auto"), {"action": NAME, "language": "auto"}),
            ],
            fallback=turn.t("language.question"),
        )
    )


@FLOW.answers(NAME)
@FLOW.on_card(NAME)
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
    if choice is None and turn.value is None and turn.is_command(turn.text):
        turn.finish()  # the person moved on to something else
        return False
    if choice is None:
        attempts = int((turn.pending or {}).get("attempts", 0)) + 1
        if turn.value is None and attempts >= MAX_ATTEMPTS:
            turn.finish()
            return False
        turn.ask(NAME, attempts=attempts)
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
