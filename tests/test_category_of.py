"""A text's category: inflections, phrases, typos, and short keywords only as whole words."""

from __future__ import annotations

import pytest

from dialogs.org_file import OTHER_CATEGORY
from dialogs.read_problem import category_of
from tests.problem_reading import CATEGORIES


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Danish inflection and compounds
        ("printerne", "printer"),
        ("skærmen", "pc"),
        ("adgangskoden", "login"),
        ("mailen", "office"),
        ("fællesdrevet", "adgang"),
        ("laptoppen", "pc"),
        ("teamsmødet", "office"),
        ("headsettet", "telefon"),
        # phrases of more than one word
        ("min side", "jobnet"),
        ("jeg kan ikke logge på", "login"),
        ("logget på", "login"),
        ("låst ude", "login"),
        ("e-mail", "office"),
        ("email", "office"),
        ("paper jam", "printer"),
        # typos
        ("outlok", "office"),
        ("printr", "printer"),
        ("momemtum", "momentum"),
        ("skræm", "pc"),
        ("komputer", OTHER_CATEGORY),
        ("computr", "pc"),
        ("hedset", "telefon"),
        # short keywords only as whole words, with a definite ending at most
        ("pc", "pc"),
        ("pc'en", "pc"),
        ("cv", "jobnet"),
        ("cv'et", "jobnet"),
        ("net", "netvaerk"),
        ("nettet", "netvaerk"),
        ("mus", "pc"),
        ("musen", "pc"),
        ("star", "jobnet"),
        ("lyd", "telefon"),
        ("lyden", "telefon"),
        ("kmd", "momentum"),
        ("start", OTHER_CATEGORY),
        ("musik", OTHER_CATEGORY),
        ("netop", OTHER_CATEGORY),
        ("det lyder godt", OTHER_CATEGORY),
        ("cvr", OTHER_CATEGORY),
        ("pct", OTHER_CATEGORY),
        ("kmdx", OTHER_CATEGORY),
        # everyday words one slip from a keyword
        ("team", OTHER_CATEGORY),
        ("moment", OTHER_CATEGORY),
        ("jeg følger op", OTHER_CATEGORY),
        ("holder", OTHER_CATEGORY),
        ("point", OTHER_CATEGORY),
        ("sprint", OTHER_CATEGORY),
        ("journalist", OTHER_CATEGORY),
        ("excellent", OTHER_CATEGORY),
        ("i forbindelse med", OTHER_CATEGORY),
        ("min sidste dag", OTHER_CATEGORY),
        ("", OTHER_CATEGORY),
    ],
)
def test_category_of(text: str, category: str) -> None:
    assert category_of(text, CATEGORIES) == category
