"""The words a problem report is read with: faults, idioms, urgency, endings and stopwords."""

from __future__ import annotations

from typing import Final

from dialogs.language.intents import fold

# A fault on its own says something is wrong, even about a thing the bot does not know.
STRONG_SIGNALS: Final = (
    "problem",
    "fejl",
    "fejler",
    "fejlede",
    "fejlet",
    "fejlbesked",
    "fejlmeddelelse",
    "fejlmelding",
    "fejlkode",
    "virker ikke",
    "virkede ikke",
    "fungerer ikke",
    "fungerede ikke",
    "crash",
    "i stykker",
    "ødelagt",
    "papirstop",
    "paper jam",
    "jammed",
    "error",
    "not work",
    "not working",
    "doesnt work",
    "dont work",
    "didnt work",
    "wont work",
    "isnt working",
    "stopped working",
    "broken",
    "issue",
    "bug",
    "hacket",
    "hacked",
)
# These also describe everyday life ("jeg kan ikke komme i morgen", "jeg går ned i kantinen"),
# so they count only together with an IT thing.
WEAK_SIGNALS: Final = (
    "kan ikke",
    "kunne ikke",
    "vil ikke",
    "starter ikke",
    "tænder ikke",
    "åbner ikke",
    "reagerer ikke",
    "svarer ikke",
    "går ned",
    "gik ned",
    "gået ned",
    "lukker ned",
    "hænger",
    "fryser",
    "frøs",
    "frosset",
    "langsom",
    "driller",
    "drillet",
    "låst",
    "glemt",
    "mangler",
    "sort",
    "sorte",
    "blå skærm",
    "død",
    "galt",
    "nede",
    "væk",
    "forsvundet",
    "udløbet",
    "mistet",
    "bøvl",
    "bøvler",
    "besvær",
    "udfordring",
    "ingen lyd",
    "ingen forbindelse",
    "ingen adgang",
    "intet net",
    "hjælp",
    "help",
    "cant",
    "cannot",
    "can not",
    "couldnt",
    "wont",
    "unable",
    "slow",
    "stuck",
    "hangs",
    "freeze",
    "freezes",
    "frozen",
    "black",
    "dead",
    "wrong",
    "virus",
    "down",
    "gone",
    "missing",
    "lost",
    "locked",
    "forgot",
    "forgotten",
    "expired",
    "trouble",
    "no sound",
    "no connection",
    "no access",
    "no internet",
    "disconnect",
    "afbryder",
    "afbrudt",
    "falder ud",
    "flimre",
    "flicker",
    "blue screen",
    "bsod",
    # "scanneren sender ikke", "onedrive synkroniserer ikke": an IT thing that fails to do its job.
    "ikke",
    "not",
)
# Words a fault phrase may have inside it: "virker stadig ikke", "doesn't seem to work".
FILLERS: Final = frozenset(
    fold(w)
    for w in (
        "stadig",
        "bare",
        "slet",
        "overhovedet",
        "altså",
        "heller",
        "fortsat",
        "desværre",
        "lige",
        "helt",
        "rigtig",
        "jeg",
        "du",
        "den",
        "det",
        "man",
        "vi",
        "still",
        "just",
        "really",
        "seem",
        "seems",
        "to",
        "even",
    )
)
MAX_FILLERS: Final = 2

# Phrases that contain a keyword or fault word but say nothing about a fault or a thing.
IDIOMS: Final = (
    "i forbindelse med",
    "in connection with",
    "out of office",
    "no problem",
    "no problems",
    "not a problem",
    "ikke noget problem",
    "intet problem",
    "ingen problemer",
    "ingen problem",
    "ingen fejl",
    "ikke et problem",
    "not an issue",
    "no issue",
    "tak for hjælpen",
    "tak for hjælp",
    "thanks for the help",
    "thanks for your help",
)
# Said when a problem went away; such a message asks for nothing unless it also names a fault.
RESOLVED: Final = (
    "virker igen",
    "virker nu",
    "virker fint",
    "virker godt",
    "fungerer igen",
    "fungerer nu",
    "er løst",
    "er blevet løst",
    "works again",
    "works now",
    "working again",
    "working now",
    "fixed",
    "solved",
    "fundet ud af",
    "figured it out",
)
THANKS: Final = ("tak", "mange tak", "tusind tak", "takker", "thanks", "thank you", "thx")

# Things that are IT but belong to no category in particular.
IT_WORDS: Final = (
    "windows",
    "program",
    "system",
    "app",
    "browser",
    "chrome",
    "kode",
    "pinkode",
    "brugernavn",
    "fil",
    "filer",
    "link",
    "hjemmeside",
    "webside",
    "website",
    "opdatering",
    "update",
    "software",
    "server",
    "citrix",
    "usb",
    "bluetooth",
    "kamera",
    "webcam",
    "desktop",
    "skrivebord",
    "ipad",
    "tablet",
    "pdf",
    "zoom",
    "konto",
    "account",
    "licens",
    "license",
)

# Words that begin or end like a keyword or fault word but are something else.
LOOKALIKES: Final = (
    "excellen",
    "journalist",
    "officer",
    "problemfri",
    "problemlos",
    "corona",
    "sounds",
    "hater",
    "hates",
    "hated",
)

URGENT_WORDS: Final = (
    "haster",
    "hastende",
    "hastesag",
    "akut",
    "akutte",
    "akkut",
    "straks",
    "omgående",
    "snarest",
    "kritisk",
    "urgent",
    "urgently",
    "asap",
    "critical",
    "emergency",
    "immediately",
)
URGENT_PHRASES: Final = (
    "kan ikke arbejde",
    "kan ikke komme videre",
    "kan ikke passe mit arbejde",
    "står stille",
    "hurtigst muligt",
    "hurtigt som muligt",
    "snarest muligt",
    "med det samme",
    "meget vigtigt",
    "cant work",
    "cannot work",
    "can not work",
    "unable to work",
    "as soon as possible",
    "very important",
)
# A citizen at the desk cannot be asked to come back tomorrow.
WAITING_PEOPLE: Final = frozenset(
    fold(w) for w in ("borger", "borgeren", "borgere", "borgerne", "citizen", "client", "klient")
)
WAITING_VERBS: Final = frozenset(("venter", "sidder", "waiting", "waits", "sitting"))
WAITING_REACH: Final = 4
NEGATIONS: Final = frozenset(("ikke", "not", "no", "ingen", "intet", "never"))
SOFTENERS: Final = frozenset(
    fold(w) for w in ("så", "so", "that", "very", "super", "meget", "helt")
)
# Chat spellings of "ikke", so "virker ikk" reads like "virker ikke".
IKKE_SPELLINGS: Final = frozenset(("ik", "ikk", "ike", "ikek", "ikkke", "ikkee"))
# Danish and English endings a word takes without changing what it names.
SUFFIXES: Final = (
    "",
    "e",
    "n",
    "r",
    "s",
    "t",
    "en",
    "er",
    "es",
    "et",
    "ne",
    "ed",
    "de",
    "te",
    "ede",
    "ene",
    "ens",
    "ers",
    "ets",
    "ing",
    "erne",
    "ende",
    "ings",
)
# Short words take only these, so "star" never reads "start" and "lyd" never "lyder".
SHORT_SUFFIXES: Final = ("", "s", "en", "et", "ene", "ens", "ets")

# Words that say nothing about what a problem is about.
_STOPWORD_TEXT: Final = (
    "jeg mig min mit mine du dig din dit han hun den det de dem vi os vores jer man en et "
    "er var har havde have med på i til fra af om for og eller men at som så der her da "
    "når nu igen lige bare også meget lidt helt hele tiden altid stadig slet overhovedet "
    "noget nogen ingen intet ikke kan kunne vil ville skal skulle må får fik få bliver "
    "blev være været gør gøre sig siger viser hvad hvorfor hvordan hvem hvor hej hejsa "
    "tak hjælp hjælpe please venligst okay ok ja nej dag idag morgen desværre altså godt "
    "virker fungerer mere op ud ned ind over under efter før fordi hvis selv alle alt "
    "andre anden andet ny nye nyt jo vel nok sådan skal i me my mine you your it its is "
    "are was were be been am the a an and or but with on in at to from of for this that "
    "there here have has had do does did not no some something anything again still just "
    "really very help hi hello hey thanks thank can could will would get got keeps keep "
    "now today all any what why how who when so im ive dont cant wont doesnt isnt didnt "
    "se ser set sende sender sendt give giver givet "
)
STOPWORDS: Final = frozenset(fold(w) for w in _STOPWORD_TEXT.split())
