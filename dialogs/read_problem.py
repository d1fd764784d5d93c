"""Reads a free-text IT problem: is it one, which category, how urgent, and what it is about."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final, Literal

from rapidfuzz.distance import OSA

from dialogs.language.intents import allowed_typos, fold, recognize
from dialogs.org_file import OTHER_CATEGORY, Category

Kind = Literal["problem", "thin", "unclear", "none"]

# Only the start of a very long message is read; the case keeps all of it.
READ_LIMIT: Final = 4000
# A message this long that names an IT thing describes it, even without a word like "virker ikke".
DESCRIPTIVE_WORDS: Final = 6
DESCRIPTIVE_CONTENT: Final = 3
CUT_MARK: Final = "…"
CPR_MASK: Final = "XXXXXX-XXXX"

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
# "NU" in capitals or "nu!" is a demand; a plain "nu" is mostly "right now, it does not work".
_NOW: Final = re.compile(r"\bnu\s*!", re.IGNORECASE)
_SHOUTED_NOW: Final = re.compile(r"\bNU\b")

# ddmmyy then four digits, with or without a dash or space, not inside a longer number.
_CPR: Final = re.compile(
    r"(?<![\d])(?<!\d[-–/.])(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{2})[-–‑\u00a0 ]?\d{4}(?![\d])"
    r"(?![-–/.]\d)"
)

# Chat spellings of "ikke", so "virker ikk" reads like "virker ikke".
_IKKE: Final = frozenset(("ik", "ikk", "ike", "ikek", "ikkke", "ikkee"))
_TOKEN: Final = re.compile(r"\w+(?:['’]\w+)*")
_VOWELS: Final = frozenset("aeiouy")
# Danish and English endings a word takes without changing what it names.
_SUFFIXES: Final = (
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
_SHORT_SUFFIXES: Final = ("", "s", "en", "et", "ene", "ens", "ets")
_SHORT: Final = 4
# Typos are looked for only in words this long; shorter words are too often other words.
_FUZZY_FROM: Final = 5
# A substitution in a word this short too often makes another word ("folder"/"følger").
_SUBSTITUTE_FROM: Final = 7
# A keyword ends a compound after at least this much ("fællesdrevet"), so "sprint" is no "print".
_COMPOUND_HEAD: Final = 3
# and begins one with at least this much after it ("teamsmødet", "printerkø").
_COMPOUND_REST: Final = 2

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
_STOPWORDS: Final = frozenset(fold(w) for w in _STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Reading:
    """What a message says about an IT problem, as far as the words go."""

    kind: Kind  # "problem" | "thin" | "unclear" | "none"
    category: str  # a category key from the org file, or OTHER_CATEGORY
    urgent: bool
    subject: str  # the writer's words for what it is about, "" if none


@dataclass(frozen=True)
class _Token:
    word: str  # folded
    start: int
    end: int


@dataclass(frozen=True)
class _Keyword:
    category: str
    words: tuple[str, ...]
    spelling: str
    letters: int


@dataclass(frozen=True)
class _Match:
    category: str
    first: int  # token index, inclusive
    last: int  # token index, inclusive
    strength: int
    spelling: str  # the keyword as the org file writes it, for a misspelt word
    typos: int


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    strong: bool = False


def read_problem(
    text: str, categories: Sequence[Category], *, command: bool | None = None
) -> Reading:
    """Whether a message reports an IT problem, which category it fits and what it is about."""
    # `command` is whether recognize() found a command in the message, for a caller that asked.
    # Only the start of a very long message is read, and that start decides whether it is one.
    if len(text) > READ_LIMIT:
        command = None
    text = text[:READ_LIMIT]
    tokens = _tokens(text)
    words = [t.word for t in tokens]
    urgent = _urgent(text, words)
    nothing = Reading("none", OTHER_CATEGORY, urgent, "")
    if not tokens:
        return nothing
    # Commands such as "portefølje momentum" name keywords but are handled as commands.
    if command or (command is None and recognize(text) is not None):
        return nothing
    resolved = bool(_phrase_spans(words, _RESOLVED_PHRASES, fillers=False))
    hidden = _hidden(words)
    signals = _signal_spans(words, hidden)
    strong = any(phrase.strong for phrase, _, _ in signals)
    signal_tokens = {i for _, first, last in signals for i in range(first, last + 1)}
    lexicon = _lexicon(categories)
    matches = _matches(words, lexicon, hidden)
    category, subject = _best(text, tokens, matches, signal_tokens, lexicon.proper)
    it_words = [i for i in range(len(words)) if i not in hidden and _is_it_word(words[i])]
    content = [
        i
        for i, word in enumerate(words)
        if i not in signal_tokens | hidden and word not in _STOPWORDS and not word.isdigit()
    ]

    if not signals and (resolved or _thanks(words)):
        return nothing
    if signals:
        if matches:
            return Reading("problem", category, urgent, subject)
        if it_words:
            return Reading("problem", OTHER_CATEGORY, urgent, _said(text, tokens, it_words[0]))
        if strong and content:
            return Reading("problem", OTHER_CATEGORY, urgent, _longest(text, tokens, content))
        # "jeg kan ikke komme i morgen" is not about IT, and "problemet er løst" asks for nothing.
        if content or resolved:
            return nothing
        return Reading("thin", OTHER_CATEGORY, urgent, "")
    about = subject if matches else _said(text, tokens, it_words[0]) if it_words else ""
    if not about:
        return nothing
    descriptive = len(words) >= DESCRIPTIVE_WORDS and len(content) >= DESCRIPTIVE_CONTENT
    return Reading("problem" if descriptive else "unclear", category, urgent, about)


def category_of(text: str, categories: Sequence[Category]) -> str:
    """The key of the category a message is most about, or OTHER_CATEGORY if none fits."""
    text = text[:READ_LIMIT]
    tokens = _tokens(text)
    words = [t.word for t in tokens]
    matches = _matches(words, _lexicon(categories), _hidden(words))
    return _best(text, tokens, matches, set(), {})[0]


def is_urgent(text: str) -> bool:
    """Whether the writer says it is urgent: 'haster', 'kan ikke arbejde', 'borgeren venter'."""
    text = text[:READ_LIMIT]
    return _urgent(text, [t.word for t in _tokens(text)])


def _urgent(text: str, words: list[str]) -> bool:
    """Whether a text no longer than READ_LIMIT, made of these words, says it is urgent."""
    # In a message written all in capitals, "NU" stands out no more than any other word.
    if (_SHOUTED_NOW.search(text) and not text.isupper()) or _NOW.search(text):
        return True
    if _phrase_spans(words, _URGENT_PHRASES, fillers=True):
        return True
    for i, word in enumerate(words):
        urgent_word = any(_same(word, target) for target in _URGENT.near(word))
        if urgent_word and not _negated(words, i):
            return True
        if word in WAITING_PEOPLE and WAITING_VERBS & set(words[i + 1 : i + 1 + WAITING_REACH]):
            return True
    return False


def mask_cpr(text: str) -> tuple[str, int]:
    """The text with every CPR-like number as XXXXXX-XXXX, and how many were masked."""
    count = 0

    def mask(found: re.Match[str]) -> str:
        nonlocal count
        if not _calendar_day(found["day"], found["month"], found["year"]):
            return found.group()
        count += 1
        return CPR_MASK

    return _CPR.sub(mask, text), count


def cut(text: str, limit: int = 4000) -> tuple[str, bool]:
    """The text shortened to at most `limit` characters, ending in '…', and whether it was cut."""
    if len(text) <= limit:
        return text, False
    if limit <= len(CUT_MARK):
        return CUT_MARK[: max(limit, 0)], True
    room = limit - len(CUT_MARK)
    head = text[:room]
    # Cutting inside a word reads as a typo; go back to a space unless that loses too much.
    space = max(head.rfind(" "), head.rfind("\n"))
    if text[room].isspace():
        space = room
    if space >= room * 4 // 5:
        head = head[:space]
    return head.rstrip() + CUT_MARK, True


def _calendar_day(day: str, month: str, year: str) -> bool:
    """Whether dd, mm and yy name a real day in this century or the last."""
    try:
        # A two-digit year is a leap year in one of the centuries exactly when 2000 + yy is.
        date(2000 + int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _tokens(text: str) -> list[_Token]:
    """The message's words, folded, with where each stands in the text."""
    tokens = []
    for found in _TOKEN.finditer(text):
        # "don't" and "pc'en" are one word each, so the apostrophe goes before folding.
        word = fold(found.group().replace("'", "").replace("’", "")).replace(" ", "")
        if word in _IKKE:
            word = "ikke"
        if word:
            tokens.append(_Token(word, found.start(), found.end()))
    return tokens


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.word for t in _tokens(phrase))


class _Targets:
    """Words to look for, each tried on a message word only where it can fit that word."""

    def __init__(self, targets: Iterable[str]) -> None:
        self.targets = tuple(dict.fromkeys(targets))
        reach: dict[str, list[str]] = {}
        for target in self.targets:
            if len(target) >= _FUZZY_FROM:
                reach.setdefault(target[0], []).append(target)
        self._by_letter = {letter: tuple(found) for letter, found in reach.items()}

    def near(self, word: str) -> set[str]:
        """The targets that may be this word; _fit, _typo and _same say which are."""
        # A target fits a word only when the word holds it (inflected, compounded) or when it is
        # a typo away, and a typo needs both words _FUZZY_FROM long and the same first letter.
        found = {target for target in self.targets if target in word}
        if len(word) >= _FUZZY_FROM:
            found.update(self._by_letter.get(word[0], ()))
        return found


class _Phrases:
    """Phrases by their first word, so each is tried only where a message word may be it."""

    def __init__(self, phrases: tuple[_Phrase, ...]) -> None:
        self.phrases = phrases
        starting: dict[str, list[int]] = {}
        for n, phrase in enumerate(phrases):
            starting.setdefault(phrase.words[0], []).append(n)
        self.starting = {word: tuple(ns) for word, ns in starting.items()}
        self.first_words = _Targets(self.starting)


_STRONG_PHRASES: Final = tuple(_Phrase(_words(p), strong=True) for p in STRONG_SIGNALS)
_SIGNAL_PHRASES: Final = _Phrases(_STRONG_PHRASES + tuple(_Phrase(_words(p)) for p in WEAK_SIGNALS))
_IDIOM_PHRASES: Final = tuple(_Phrase(_words(p)) for p in IDIOMS)
_RESOLVED_PHRASES: Final = _Phrases(tuple(_Phrase(_words(p)) for p in RESOLVED))
_HIDING_PHRASES: Final = _Phrases(_IDIOM_PHRASES + _RESOLVED_PHRASES.phrases)
_THANKS: Final = tuple(_words(p) for p in THANKS)
_IT_WORDS: Final = _Targets(_words(w)[0] for w in IT_WORDS)
_URGENT: Final = _Targets(_words(w)[0] for w in URGENT_WORDS)
_URGENT_PHRASES: Final = _Phrases(tuple(_Phrase(_words(p)) for p in URGENT_PHRASES))
_LOOKALIKES: Final = tuple(fold(w) for w in LOOKALIKES)


def _hidden(words: list[str]) -> set[int]:
    """Tokens inside idioms like 'no problem' or 'er løst', which name no fault and no thing."""
    return {
        i
        for _, first, last in _phrase_spans(words, _HIDING_PHRASES, fillers=False)
        for i in range(first, last + 1)
    }


def _signal_spans(words: list[str], hidden: set[int]) -> list[tuple[_Phrase, int, int]]:
    """Each fault phrase found outside idioms, with its first and last token."""
    return [
        (phrase, first, last)
        for phrase, first, last in _phrase_spans(words, _SIGNAL_PHRASES, fillers=True)
        if not hidden & set(range(first, last + 1))
    ]


def _phrase_spans(
    words: list[str], phrases: _Phrases, fillers: bool
) -> list[tuple[_Phrase, int, int]]:
    """Where each phrase occurs, a typo or two and, if allowed, a filler word or two included."""
    found = []
    for start, word in enumerate(words):
        for first_word in phrases.first_words.near(word):
            for n in phrases.starting[first_word]:
                last = _phrase_at(words, start, phrases.phrases[n].words, fillers)
                if last is not None:
                    found.append((n, start, last))
    # In the phrases' order, as if each phrase had been looked for in turn.
    found.sort()
    return [(phrases.phrases[n], start, last) for n, start, last in found]


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...], fillers: bool) -> int | None:
    """The last token of the phrase if it starts at `start`, else None."""
    at, skipped = start, 0
    for n, target in enumerate(phrase):
        while (
            n
            and fillers
            and at < len(words)
            and skipped < MAX_FILLERS
            and words[at] in FILLERS
            and not _same(words[at], target)
        ):
            at, skipped = at + 1, skipped + 1
        # "printerproblem" holds a fault word; "kan" and "ikke" must stand on their own.
        if at >= len(words) or not _same(words[at], target, compound=len(phrase) == 1):
            return None
        at += 1
    return at - 1


def _same(word: str, target: str, compound: bool = False) -> bool:
    """Whether a word is the target, inflected or with a typo, or if allowed a compound of it."""
    fit = _fit(word, target)
    return (fit is not None and (compound or not fit[1])) or _typo(word, target) is not None


@lru_cache(maxsize=65536)
def _fit(word: str, target: str) -> tuple[int, bool] | None:
    """(typos, whether only part of a compound) for a word that is the target, or None."""
    if word.startswith(_LOOKALIKES):
        return None
    # Every inflected form and compound holds the target; anything else can only be a typo.
    if target not in word:
        typos = _typo(word, target)
        return (typos, False) if typos is not None else None
    short = len(target) <= _SHORT
    for suffix in _SHORT_SUFFIXES if short else _SUFFIXES:
        if _inflected(word, target, suffix):
            return 0, False
    if len(target) >= _SHORT:
        # "fællesdrevet", "printerproblem": Danish writes compounds as one word.
        for suffix in _SHORT_SUFFIXES if short else _SUFFIXES:
            stem = word[: len(word) - len(suffix)] if suffix else word
            head = len(stem) - len(target)
            if word.endswith(suffix) and stem.endswith(target) and head >= _COMPOUND_HEAD:
                return 0, True
    if not short and word.startswith(target) and len(word) - len(target) >= _COMPOUND_REST:
        return 0, True
    typos = _typo(word, target)
    return (typos, False) if typos is not None else None


def _inflected(word: str, target: str, suffix: str) -> bool:
    """Whether word is target + suffix, the last consonant doubled as in 'nettet' or not."""
    if word == target + suffix:
        return True
    return (
        bool(suffix)
        and suffix[0] in _VOWELS
        and target[-1] not in _VOWELS
        and word == target + target[-1] + suffix
    )


@lru_cache(maxsize=65536)
def _typo(word: str, target: str) -> int | None:
    """How many typos make word, or its inflected form, out of target; None if too many."""
    if len(target) < _FUZZY_FROM or len(word) < _FUZZY_FROM or word[0] != target[0]:
        return None
    if word.startswith(_LOOKALIKES):
        return None
    best: int | None = None
    for suffix in _SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if len(stem) < _FUZZY_FROM or abs(len(stem) - len(target)) > 2:
            continue
        # Judged by the shorter word, so "moment" is not two slips from "momentum".
        shorter = min(stem, target, key=len)
        allowed = allowed_typos(shorter)
        typos = OSA.distance(stem, target, score_cutoff=allowed)
        if typos > allowed or typos == 0:
            continue
        substituted = len(stem) == len(target) and sorted(stem) != sorted(target)
        if substituted and len(shorter) < _SUBSTITUTE_FROM:
            continue
        best = typos if best is None else min(best, typos)
    return best


def _negated(words: list[str], i: int) -> bool:
    """Whether 'ikke', 'not' or the like turns an urgent word around: 'haster ikke'."""
    before = words[i - 1] if i else ""
    softened = i >= 2 and before in SOFTENERS and words[i - 2] in NEGATIONS
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in NEGATIONS or softened or after == "ikke"


def _thanks(words: list[str]) -> bool:
    return any(tuple(words[: len(t)]) == t for t in _THANKS)


def _is_it_word(word: str) -> bool:
    return any(_fit(word, target) is not None for target in _IT_WORDS.near(word))


class _Lexicon:
    """What reading needs of the org file's categories, worked out once per org file."""

    def __init__(self, catalogue: _Catalogue) -> None:
        keywords = []
        for key, spellings, _ in catalogue:
            if key == OTHER_CATEGORY:
                continue
            for spelling in spellings:
                words = _words(spelling)
                if words:
                    keywords.append(_Keyword(key, words, spelling, sum(map(len, words))))
        # Each category's keywords as folded words, the org file's order kept.
        self.keywords = tuple(keywords)
        # A keyword can start at a word only if the word may be its first word or all of it
        # written as one ("paperjam"), as _keyword_at reads it.
        starting: dict[str, set[int]] = {}
        for n, keyword in enumerate(self.keywords):
            starting.setdefault(keyword.words[0], set()).add(n)
            starting.setdefault("".join(keyword.words), set()).add(n)
        self.starting = {word: tuple(sorted(ns)) for word, ns in starting.items()}
        self.first_words = _Targets(self.starting)
        self.proper = _proper(names for _, _, names in catalogue)

    def keywords_at(self, word: str) -> list[int]:
        """Which keywords, in the org file's order, may start at this word."""
        near = self.first_words.near(word)
        return sorted({n for target in near for n in self.starting[target]})


# Per category: key, keywords and names, which is all reading uses of it.
_Catalogue = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


def _lexicon(categories: Sequence[Category]) -> _Lexicon:
    """The categories worked out for reading; a reloaded org file with other ones gets its own."""
    return _compiled(tuple((c.key, c.keywords, tuple(c.name.values())) for c in categories))


@lru_cache(maxsize=16)
def _compiled(catalogue: _Catalogue) -> _Lexicon:
    return _Lexicon(catalogue)


def _matches(words: list[str], lexicon: _Lexicon, hidden: set[int]) -> list[_Match]:
    """The keywords found, at most one per word: the strongest reading of each word wins."""
    found = []
    for start, word in enumerate(words):
        if start in hidden:
            continue
        for n in lexicon.keywords_at(word):
            match = _keyword_at(words, start, lexicon.keywords[n])
            if match is not None and not hidden & set(range(match.first, match.last + 1)):
                found.append(match)
    found.sort(key=lambda m: (-m.strength, m.first))
    taken: set[int] = set()
    kept = []
    for match in found:
        span = set(range(match.first, match.last + 1))
        if not span & taken:
            kept.append(match)
            taken |= span
    return kept


def _keyword_at(words: list[str], start: int, keyword: _Keyword) -> _Match | None:
    """The keyword if it starts at this word, spelt out, inflected, compounded or misspelt."""
    size = len(keyword.words)
    joined = "".join(keyword.words)
    if size > 1 and start + size <= len(words):
        typos = _phrase_typos(words[start : start + size], keyword.words)
        # One slip in a phrase; two make "min sidste" out of "min side".
        if typos is not None and typos <= 1:
            last = start + size - 1
            strength = keyword.letters - typos
            return _Match(keyword.category, start, last, strength, keyword.spelling, typos)
    fit = _fit(words[start], joined)
    if fit is None or (size > 1 and fit[1]):
        return None
    typos, compound = fit
    strength = keyword.letters - typos - (1 if compound else 0)
    return _Match(keyword.category, start, start, strength, keyword.spelling, typos)


def _phrase_typos(words: list[str], targets: tuple[str, ...]) -> int | None:
    """Typos in words that spell out the targets one by one, or None if one is no fit."""
    typos = 0
    for word, target in zip(words, targets, strict=True):
        fit = _fit(word, target)
        if fit is None or fit[1]:
            return None
        typos += fit[0]
    return typos


def _best(
    text: str,
    tokens: list[_Token],
    matches: list[_Match],
    signal_tokens: set[int],
    proper: dict[str, str],
) -> tuple[str, str]:
    """The category with the most keyword letters, and the writer's words for its thing."""
    if not matches:
        return OTHER_CATEGORY, ""
    score: dict[str, int] = {}
    first: dict[str, int] = {}
    for match in matches:
        score[match.category] = score.get(match.category, 0) + match.strength
        first[match.category] = min(first.get(match.category, match.first), match.first)
    # A tie goes to the category named first: people tend to name the thing before the rest.
    category = min(score, key=lambda key: (-score[key], first[key]))
    own = [m for m in matches if m.category == category]
    # "printeren" names the thing better than "papirstop", which names the fault.
    things = [m for m in own if not signal_tokens & set(range(m.first, m.last + 1))] or own
    main = max(things, key=lambda m: (m.strength, -m.first))
    first_token, last_token = main.first, main.last
    used = {i for m in own for i in range(m.first, m.last + 1)}
    while first_token - 1 in used:
        first_token -= 1
    while last_token + 1 in used:
        last_token += 1
    return category, _subject(text, tokens, first_token, last_token, own, proper)


def _subject(
    text: str,
    tokens: list[_Token],
    first: int,
    last: int,
    own: list[_Match],
    proper: dict[str, str],
) -> str:
    """The words from token first to last as written, misspelt keywords spelt right."""
    misspelt = {m.first: m for m in own if m.typos and m.first == m.last}
    parts = []
    for i in range(first, last + 1):
        token = tokens[i]
        said = text[token.start : token.end]
        if i in misspelt:
            said = misspelt[i].spelling
        if said.islower() and token.word in proper:
            said = proper[token.word]
        elif i in misspelt and fold(said) in proper:
            said = proper[fold(said)]
        parts.append(said)
        if i < last:
            parts.append(text[token.end : tokens[i + 1].start])
    return "".join(parts)


def _proper(names: Iterable[tuple[str, ...]]) -> dict[str, str]:
    """Names the org file spells with capitals, such as 'Teams', 'VPN' and 'Momentum'."""
    proper: dict[str, str] = {}
    for category_names in names:
        for name in category_names:
            found = _TOKEN.findall(name)
            for n, word in enumerate(found):
                # The first word of a name is capitalised as any sentence start is.
                if not word.islower() and (n or word.isupper() or len(found) == 1):
                    proper.setdefault(fold(word), word)
    return proper


def _said(text: str, tokens: list[_Token], i: int) -> str:
    return text[tokens[i].start : tokens[i].end]


def _longest(text: str, tokens: list[_Token], indexes: list[int]) -> str:
    """The longest of some words as written, which in Danish is most often the thing."""
    return _said(text, tokens, max(indexes, key=lambda i: len(tokens[i].word)))
