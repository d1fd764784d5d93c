"""Every text the bot shows, in Danish (first) and English, kept by area."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from dialogs.language.texts import (
    absence,
    board,
    cases,
    escalation,
    events,
    general,
    help_card,
    notices,
    playground,
    reporting,
    tasks,
    team,
)

DEFAULT_LANGUAGE: Final = "da"
LANGUAGES: Final = ("da", "en")
AREAS: Final = (
    general,
    help_card,
    team,
    absence,
    reporting,
    cases,
    escalation,
    events,
    tasks,
    notices,
    board,
    playground,
)


def _merged(areas: tuple[Mapping[str, tuple[str, str]], ...]) -> dict[str, tuple[str, str]]:
    """One catalogue from the areas' tables; a key kept in two areas is a mistake."""
    catalogue: dict[str, tuple[str, str]] = {}
    for table in areas:
        twice = catalogue.keys() & table.keys()
        if twice:
            raise ValueError(f"texts defined in two areas: {sorted(twice)}")
        catalogue.update(table)
    return catalogue


# key -> (Danish, English). Placeholders use str.format names.
CATALOGUE: Final = _merged(tuple(area.TEXTS for area in AREAS))


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
