"""The bot's answers as people read them: the catalogue's words around the facts tested."""

from __future__ import annotations

from dialogs.language.texts import text

AND = {"da": "og", "en": "and"}


def both(names: list[str], lang: str = "da") -> str:
    """One or two names as the answers list them: "A" or "A og B"."""
    assert 1 <= len(names) <= 2, "the tests name one or two people"
    return f" {AND[lang]} ".join(names)


def who_helps(
    team: str, superusers: list[str], deputies: list[str] | None = None, lang: str = "da"
) -> str:
    """The answer to "hvem er min superbruger?" for a team with superusers (and deputies)."""
    key = "superuser.one" if len(superusers) == 1 else "superuser.many"
    parts = [text(key, lang, team=team, names=both(superusers, lang))]
    if deputies:
        parts.append(text("superuser.deputy", lang, names=both(deputies, lang)))
    return "\n\n".join([*parts, text("superuser.reach", lang)])
