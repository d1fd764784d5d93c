"""Free-text IT problems, typos included, are read as a kind, a category, urgency and a subject."""

from __future__ import annotations

import pytest

from dialogs.org_file import OTHER_CATEGORY, Category
from dialogs.read_problem import Reading, read_problem
from tests.problem_reading import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("problem med printeren", "printer"),
        ("Momentum virker ikke", "momentum"),
        ("kan ikke logge på", "login"),
        ("outlook crasher igen", "office"),
        ("min skærm er sort", "pc"),
        ("problem with Teams", "office"),
        ("printeren siger papirstop", "printer"),
        ("jeg er låst ude", "login"),
        ("vpn forbindelsen driller", "netvaerk"),
        ("mit headset virker ikke", "telefon"),
        ("kan ikke åbne mappen på fællesdrevet", "adgang"),
        ("Printr virker ikk", "printer"),
        ("outlok crasher", "office"),
        ("momemtum går ned hele tiden", "momentum"),
        ("jobnet viser fejl", "jobnet"),
        ("my laptop won't start", "pc"),
        ("wifi is not working", "netvaerk"),
        ("kan ikke journalisere i acadre", "esdh"),
        ("noget er galt med min computer, den fryser", "pc"),
        ("the printer is broken", "printer"),
        ("skræmen er sort", "pc"),
        ("jeg har glemt min adgangskode", "login"),
        ("nettet er nede igen", "netvaerk"),
        ("musen driller", "pc"),
        ("printerproblemer igen", "printer"),
        ("ingen lyd i headsettet", "telefon"),
        ("Outlook virker stadig ikke", "office"),
        ("hvorfor kan jeg ikke logge på", "login"),
        ("mangler adgang til mappen", "adgang"),
        ("CV'et på min side kan ikke gemmes", "jobnet"),
        ("I'm locked out of my account", "login"),
        ("excel keeps crashing", "office"),
        ("my monitor is black", "pc"),
        ("Hej! Kan du hjælpe mig med scanneren?", "printer"),
        ("jeg har virus på min pc", "pc"),
        ("scanneren sender ikke til mail", "printer"),
        ("onedrive synkroniserer ikke", "office"),
        ("skærmen flimrer", "pc"),
        ("the vpn keeps disconnecting", "netvaerk"),
        ("MFA koden kommer ikke", "login"),
        ("computeren vil ikke starte", "pc"),
        ("min adgangskode er udløbet", "login"),
        ("internettet er langsomt", "netvaerk"),
        ("I forgot my password", "login"),
        ("can't print", "printer"),
        ("sharepoint is slow", "office"),
        ("printeren er løbet tør for toner", "printer"),
        # Six words or more that name an IT thing describe a need, even without a fault word.
        ("Jeg skal bruge en ny skærm til min arbejdsplads", "pc"),
        ("hvordan sætter jeg min mail op på telefonen", "telefon"),
        # The bot cannot tell every appliance from IT; it files under "andet" and asks first.
        ("kaffemaskinen virker ikke", OTHER_CATEGORY),
        ("fejl i skabelonen til breve", OTHER_CATEGORY),
        ("jeg har glemt min kode", OTHER_CATEGORY),
        ("windows opdateringen fejler", OTHER_CATEGORY),
    ],
)
def test_problem(text: str, category: str) -> None:
    reading = read(text)
    assert (reading.kind, reading.category) == ("problem", category), text
    assert reading.subject, text


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("problem med printeren", "printeren"),
        ("Momentum virker ikke", "Momentum"),
        ("outlook crasher igen", "outlook"),
        # The org file spells names with capitals; those are kept for the question back.
        ("problem med teams", "Teams"),
        ("momentum virker ikke", "Momentum"),
        ("vpn forbindelsen driller", "VPN forbindelsen"),
        ("VPN-forbindelsen driller", "VPN-forbindelsen"),
        # A misspelt keyword is spelt right, so the bot does not repeat the typo back.
        ("outlok crasher", "outlook"),
        ("Printr virker ikk", "printer"),
        ("momemtum går ned", "Momentum"),
        ("skræmen er sort", "skærm"),
        # The thing is named rather than the fault, when the writer names both.
        ("printeren siger papirstop", "printeren"),
        ("jeg er låst ude", "låst ude"),
        ("min skærm", "skærm"),
        ("kaffemaskinen virker ikke", "kaffemaskinen"),
        ("fejl i skabelonen til breve", "skabelonen"),
        ("jeg har glemt min kode", "kode"),
    ],
)
def test_subject_names_the_thing(text: str, subject: str) -> None:
    assert read(text).subject == subject


def test_the_category_with_most_keyword_letters_wins_and_ties_go_to_the_first_named() -> None:
    # "momentum" has eight letters and "logge på" seven.
    assert read("kan ikke logge på Momentum").category == "momentum"
    # "outlook" and "logge på" both have seven: the one written first wins.
    assert read("kan ikke logge på outlook").category == "login"
    assert read("outlook: kan ikke logge på").category == "office"
    # A word is read once, as its most specific keyword: "adgangskoden" is login, not adgang.
    assert read("adgangskoden til mappen virker ikke").category == "login"
    # More words about one thing weigh more than one longer word about another.
    assert read("outlook og teams crasher, kan ikke logge på").category == "office"


def test_a_fault_after_a_fix_is_still_a_problem() -> None:
    assert read("printeren virker igen, men outlook crasher").kind == "problem"
    assert read("tak, men printeren virker stadig ikke").kind == "problem"


def test_urgency_is_read_with_the_problem() -> None:
    assert read("HASTER!!! Momentum virker ikke") == Reading(
        "problem", "momentum", True, "Momentum"
    )
    assert read("det haster") == Reading("none", OTHER_CATEGORY, True, "")


def test_only_the_start_of_a_very_long_message_is_read() -> None:
    text = "printeren virker ikke. " + "bla " * 5000 + "outlook outlook outlook crasher"
    assert read(text).category == "printer"


def test_categories_come_from_the_org_file() -> None:
    coffee = Category("kaffe", {"da": "Kaffe", "en": "Coffee"}, ("kaffemaskine", "espresso"))
    assert read_problem("kaffemaskinen virker ikke", [coffee]).category == "kaffe"
    assert read_problem("printeren virker ikke", [coffee]).category == OTHER_CATEGORY
    assert read_problem("printeren virker ikke", []).kind == "problem"
