"""The org file's categories: keys, keywords and names, checked and named by key."""

from __future__ import annotations

import pytest

from tests.org_files import minimal_org, problems

# Categories


def test_a_portfolio_names_known_categories() -> None:
    raw = minimal_org()
    raw["teams"][0]["portfolio"]["project_lead"] = ["login", "nye-it-redskaber"]
    assert problems(raw) == [
        "teams.ydelse.portfolio.project_lead: unknown category 'nye-it-redskaber'"
    ]


@pytest.mark.parametrize("key", ["Printer", "-printer", "printer og scanner", "printer_1", "æøå"])
def test_a_category_key_is_lower_case_letters_digits_and_hyphens(key: str) -> None:
    raw = minimal_org()
    raw["categories"][0]["key"] = key
    assert problems(raw) == [
        f"categories.{key}.key: {key!r} must be lower-case letters, digits and hyphens, "
        "starting with a letter or digit, e.g. 'nye-it-redskaber'"
    ]


def test_the_category_key_andet_is_reserved() -> None:
    raw = minimal_org()
    raw["categories"][0]["key"] = "andet"
    assert problems(raw) == [
        "categories.andet.key: 'andet' is reserved for problems that fit no category; "
        "choose another key"
    ]


def test_a_category_needs_keywords() -> None:
    raw = minimal_org()
    del raw["categories"][0]["keywords"]
    raw["categories"][1]["keywords"] = []
    assert problems(raw) == [
        "categories.printer.keywords: missing; a category needs at least one keyword "
        "so the bot can recognise it",
        "categories.login.keywords: empty; a category needs at least one keyword "
        "so the bot can recognise it",
    ]


def test_a_keyword_cannot_be_empty() -> None:
    raw = minimal_org()
    raw["categories"][0]["keywords"] = ["printer", " "]
    assert problems(raw) == [
        'categories.printer.keywords: "" is not a keyword; remove the empty text'
    ]


def test_category_keys_are_unique() -> None:
    raw = minimal_org()
    raw["categories"][1]["key"] = "printer"
    raw["teams"][0]["portfolio"]["project_lead"] = ["printer"]
    assert problems(raw) == [
        "categories.printer.key: 2 categories have the key 'printer'; each key must be unique"
    ]


def test_a_category_needs_a_danish_name_in_known_languages() -> None:
    raw = minimal_org()
    raw["categories"][0]["name"] = {"en": "Printer"}
    raw["categories"][1]["name"] = {"da": "Login", "dk": "Login"}
    assert problems(raw) == [
        'categories.printer.name: needs at least a Danish name, e.g. name = { da = "…" }',
        "categories.login.name: unknown language 'dk'; use da or en",
    ]


def test_an_unknown_key_in_a_category_is_named_with_a_suggestion() -> None:
    raw = minimal_org()
    raw["categories"][0]["keyword"] = raw["categories"][0].pop("keywords")
    assert problems(raw) == [
        "categories.printer: unknown key 'keyword'; did you mean 'keywords'?",
        "categories.printer.keywords: missing; a category needs at least one keyword "
        "so the bot can recognise it",
    ]
