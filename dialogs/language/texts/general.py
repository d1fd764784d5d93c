"""Texts for language, small talk, fallbacks and welcomes."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    "bot.name": ("IT-hjælp", "IT-hjælp"),
    # language
    "language.question": (
        "Hvilket sprog vil du have svar på? Skriv «dansk» eller «engelsk», eller tryk på en knap.",
        "Which language would you like me to answer in? Write “Danish” or “English”, "
        "or press a button.",
    ),
    "language.danish": ("Dansk", "Danish"),
    "language.english": ("Engelsk", "English"),
    "language.auto": ("Følg Teams", "Follow Teams"),
    "language.set": (
        "Fint, jeg svarer dig på dansk fra nu af.",
        "Fine, I will answer you in English from now on.",
    ),
    "language.auto_set": (
        "Fint, jeg følger sproget i din Teams fra nu af.",
        "Fine, I will follow your Teams language from now on.",
    ),
    "language.not_understood": (
        "Det forstod jeg ikke. Skriv «dansk» eller «engelsk», eller «annullér» for at lade være.",
        "I did not understand that. Write “Danish” or “English”, or “cancel” to leave it.",
    ),
    "language.cancelled": (
        "Okay, jeg lader sproget være.",
        "Okay, I will leave the language as it is.",
    ),
    # small talk and fallbacks
    "greeting": (
        "Hej {name}! Skriv «hjælp», hvis du vil se, hvad jeg kan.",
        "Hi {name}! Write “help” to see what I can do.",
    ),
    "thanks": ("Selv tak!", "You are welcome!"),
    "unknown": (
        "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan.",
        "I did not quite understand that. Write “help” to see what I can do.",
    ),
    "unknown.suggest": ("Mente du «{command}»?", "Did you mean “{command}”?"),
    "empty": (
        "Jeg fik en tom besked. Skriv «hjælp» for at se, hvad jeg kan.",
        "I received an empty message. Write “help” to see what I can do.",
    ),
    "card.unknown_action": (
        "Den knap kender jeg ikke længere. Skriv «hjælp» for at se, hvad jeg kan.",
        "I no longer know that button. Write “help” to see what I can do.",
    ),
    "error.general": (
        "Beklager, noget gik galt hos mig. Prøv igen om lidt.",
        "Sorry, something went wrong on my side. Please try again in a moment.",
    ),
    # welcome
    "welcome.team": (
        "Hej {team}! Jeg er IT-hjælp, jeres hjælp til IT i {org}. "
        "Skriv @IT-hjælp hjælp her i kanalen for at se, hvad jeg kan.",
        "Hello {team}! I am IT-hjælp, your help with IT at {org}. "
        "Write @IT-hjælp help in this channel to see what I can do.",
    ),
    "welcome.personal": (
        "Hej {name}! Jeg er IT-hjælp for {org}. Skriv til mig, som du ville skrive til en kollega. "
        "Skriv «hjælp» for at se, hvad jeg kan.",
        "Hi {name}! I am IT-hjælp for {org}. Write to me the way you would write to a colleague. "
        "Write “help” to see what I can do.",
    ),
    "welcome.team_linked": (
        "Jeg har koblet jer til {org_team}, og nye IT-sager kommer her i kanalen. "
        "Skriv @IT-hjælp brug denne kanal til IT-sager i en anden kanal for at flytte dem.",
        "I have linked you to {org_team}, and new IT cases will come to this channel. "
        "Write @IT-hjælp use this channel for IT cases in another channel to move them.",
    ),
}
