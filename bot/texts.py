"""Every text the bot shows, in Danish (first) and English."""

from __future__ import annotations

from typing import Final

DEFAULT_LANGUAGE: Final = "da"
LANGUAGES: Final = ("da", "en")

# key -> (Danish, English). Placeholders use str.format names.
CATALOGUE: Final[dict[str, tuple[str, str]]] = {
    "bot.name": ("IT-hjælp", "IT-hjælp"),
    # help
    "help.title": ("Det kan IT-hjælp", "What IT-hjælp can do"),
    "help.intro": (
        "Jeg er IT-hjælp for {org}. Skriv til mig, som du ville skrive til en kollega.",
        "I am IT-hjælp for {org}. Write to me the way you would write to a colleague.",
    ),
    "help.commands": ("Det kan du skrive", "What you can write"),
    "help.urgent": (
        "Haster det, og kan din superbruger ikke hjælpe? Kontakt {name} på {phone} eller {url}.",
        "Urgent, and your superuser cannot help? Contact {name} on {phone} or {url}.",
    ),
    "help.in_channel": (
        "I en kanal skal du nævne mig med @IT-hjælp, ellers ser jeg ikke din besked.",
        "In a channel, mention me with @IT-hjælp, otherwise I do not see your message.",
    ),
    "command.help": ("hjælp", "help"),
    "command.help.desc": ("Se hvad IT-hjælp kan", "See what IT-hjælp can do"),
    "command.language": ("skift sprog", "change language"),
    "command.language.desc": ("Vælg dansk eller engelsk", "Choose Danish or English"),
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
}


def language_of(locale: str | None, preference: str | None = None) -> str:
    """The language to answer in: the person's own choice, else their Teams locale, else Danish."""
    if preference in LANGUAGES:
        return preference
    if locale and locale.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def text(key: str, lang: str, **values: object) -> str:
    """Look up a text in the catalogue and fill in its placeholders."""
    da, en = CATALOGUE[key]
    template = en if lang == "en" else da
    return template.format(**values) if values else template
