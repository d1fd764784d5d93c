"""Free-text IT problems, typos included, are read as a kind, a category, urgency and a subject."""

from __future__ import annotations

import pytest

from bot.settings import DEMO_ORG_FILE
from dialogs.flows import dispatcher
from dialogs.org_file import OTHER_CATEGORY, Category, load_org
from dialogs.read_problem import Reading, category_of, cut, is_urgent, read_problem

CATEGORIES = load_org(DEMO_ORG_FILE).categories


def is_command(text: str) -> bool:
    return dispatcher().recognize(text) is not None


def read(text: str) -> Reading:
    """The message read as the bot reads it, knowing its flows' commands."""
    return read_problem(text, CATEGORIES, is_command=is_command)


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


@pytest.mark.parametrize(
    "text",
    [
        "problem",
        "Problem!",
        "jeg har et problem",
        "det virker ikke",
        "help, it's broken",
        "fejl",
        "it problem",
        "IT-problem",
        "der er noget galt",
        "kan ikke",
        "I have an issue",
        "it doesn't work",
        "jeg har problemer",
        "kan du hjælpe?",
    ],
)
def test_thin(text: str) -> None:
    assert read(text) == Reading("thin", OTHER_CATEGORY, False, "")


@pytest.mark.parametrize(
    ("text", "category", "subject"),
    [
        ("printeren", "printer", "printeren"),
        ("outlook?", "office", "outlook"),
        ("noget med momentum", "momentum", "Momentum"),
        ("min skærm", "pc", "skærm"),
        ("Teams", "office", "Teams"),
        ("adgangskoden", "login", "adgangskoden"),
        ("jeg sender en mail til dig", "office", "mail"),
        ("windows?", OTHER_CATEGORY, "windows"),
    ],
)
def test_unclear(text: str, category: str, subject: str) -> None:
    assert read(text) == Reading("unclear", category, False, subject)


@pytest.mark.parametrize(
    "text",
    [
        "tak",
        "hej",
        "hvem er min superbruger",
        "god weekend",
        "ok",
        "",
        "   ",
        "jeg er syg i dag",
        "ferie 22.-26. december",
        "hjælp",
        "skift sprog",
        "portefølje momentum",
        "det virker stadig ikke",  # reopens the last solved case
        "mine sager",
        "sag 42",
        "tak for hjælpen med printeren",
        "printeren virker igen",
        "det er løst nu, tak",
        "no problem",
        "ikke noget problem",
        "excellent, thanks",
        "sounds good",
        "det lyder godt",
        "vent et moment",
        "jeg holder ferie",
        "jeg følger op i morgen",
        "i forbindelse med mødet i morgen",
        "I'm out of office until Friday",
        "jeg kan ikke komme i morgen",
        "jeg går ned i kantinen",
        "team unge",
        "start på ugen",
        "jeg har coronavirus",
        "problemet er løst",
        "det er ikke et problem",
        "jeg har glemt min madpakke",
        "jeg mangler en kuglepen",
        "borgeren har ikke mødt op",
        "der er ingen kaffe",
        "12345",
    ],
)
def test_none(text: str) -> None:
    assert read(text) == Reading("none", OTHER_CATEGORY, False, "")


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


@pytest.mark.parametrize(
    "text",
    [
        "haster",
        "HASTER!!!",
        "det haster, printeren virker ikke",
        "outlook virker ikke og det haster",
        "hatser",
        "hastr",
        "urgnet",
        "akut",
        "AKUT: Momentum er nede",
        "akkut",
        "jeg kan ikke arbejde",
        "jeg kan slet ikke arbejde",
        "hurtigst muligt tak",
        "snarest muligt",
        "med det samme",
        "urgent",
        "URGENT: outlook down",
        "asap please",
        "ASAP",
        "I can't work",
        "I cannot work",
        "meget vigtigt",
        "borgeren venter",
        "borger venter ved skranken",
        "en borger sidder og venter",
        "a citizen is waiting",
        "hjælp NU",
        "kom nu!",
        "alt står stille",
    ],
)
def test_urgent(text: str) -> None:
    assert is_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hater",
        "jeg hater mandage",
        "printeren virker ikke",
        "printeren virker ikke nu",
        "nu virker det",
        "PRINTEREN VIRKER IKKE NU",
        "det haster ikke",
        "ikke akut",
        "ikke så akut",
        "not urgent",
        "jeg arbejder hjemme i dag",
        "kan ikke komme til mødet",
        "vigtigt",
        "borgerservice",
        "borgeren har ringet",
        "master",
        "faster",
    ],
)
def test_not_urgent(text: str) -> None:
    assert not is_urgent(text)


def test_cut_leaves_short_text_alone() -> None:
    assert cut("printeren virker ikke") == ("printeren virker ikke", False)
    assert cut("x" * 4000) == ("x" * 4000, False)
    assert cut("") == ("", False)


def test_cut_ends_at_a_word() -> None:
    text, was_cut = cut("printeren virker ikke igen i dag", 20)
    assert (text, was_cut) == ("printeren virker…", True)


def test_cut_inside_one_long_word_when_there_is_no_space_near() -> None:
    assert cut("a" * 100, 10) == ("a" * 9 + "…", True)
    assert cut("ab " + "c" * 100, 20) == ("ab " + "c" * 16 + "…", True)


def test_cut_never_gives_more_than_the_limit() -> None:
    texts = ["ord " * 2000, "x" * 5000, "a b " * 1500, "æøå\n" * 1200, "lang" + " " * 3000 + "x"]
    for text in texts:
        for limit in (*range(40), 99, 100, 1000, 3999, 4000, 4001):
            shortened, was_cut = cut(text, limit)
            assert len(shortened) <= max(limit, 0), (limit, shortened)
            assert was_cut == (len(text) > limit)
            if was_cut and limit > 0:
                assert shortened.endswith("…")
    assert len(cut("y" * 9000)[0]) == 4000
