"""Validates Adaptive Cards against the official 1.5 schema, as Teams would render them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

SCHEMAS = Path(__file__).resolve().parents[1] / "manifest" / "schemas"


@cache
def _validator() -> jsonschema.Draft6Validator:
    path = SCHEMAS / "adaptive-card.schema.json"
    assert path.is_file(), f"the Adaptive Card schema is missing: {path}"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema)


def card_errors(card: dict[str, Any]) -> list[str]:
    """Schema errors for a card; Teams' own `msteams` key is not part of the schema."""
    stripped = {k: v for k, v in card.items() if k != "msteams"}
    return list(_errors(json.dumps(stripped, sort_keys=True)))


@cache
def _errors(card: str) -> tuple[str, ...]:
    # Checking a case card takes tens of milliseconds, and tests on a fixed clock send the same
    # cards again and again: each distinct card is checked once per test process.
    errors = list(_validator().iter_errors(json.loads(card)))
    if not errors:
        return ()
    best = best_match(errors)
    return (f"{'/'.join(map(str, best.absolute_path))}: {best.message}",)


def assert_valid_card(card: dict[str, Any]) -> None:
    errors = card_errors(card)
    assert not errors, f"invalid Adaptive Card: {errors}\n{json.dumps(card, indent=2)[:2000]}"
