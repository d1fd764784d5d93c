"""Understands what a person means from free text, in Danish and English, typos included."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import islice
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# intent -> phrases people actually write. Folded (lower case, æøå spelled out) before matching.
PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "help": (
        "hjælp",
        "hjælp mig",
        "hjaelp",
        "help",
        "help me",
        "hvad kan du",
        "hvad kan du hjælpe med",
        "what can you do",
        "kommandoer",
        "commands",
        "vejledning",
        "menu",
        "?",
    ),
    "change_language": (
        "skift sprog",
        "sprog",
        "skift til engelsk",
        "skift til dansk",
        "change language",
        "language",
        "switch language",
        "english please",
        "på engelsk",
        "på dansk",
        "svar på engelsk",
        "svar på dansk",
        "answer in english",
        "answer in danish",
    ),
    "greeting": ("hej", "hejsa", "hello", "hi", "hey", "goddag", "godmorgen", "good morning"),
    "my_cases": (
        "mine sager",
        "mine it sager",
        "vis mine sager",
        "min sag",
        "hvordan går det med min sag",
        "my cases",
        "show my cases",
        "my case",
    ),
    "team_cases": (
        "åbne sager",
        "vis åbne sager",
        "teamets sager",
        "teamets åbne sager",
        "vores sager",
        "open cases",
        "show open cases",
        "team cases",
    ),
    "all_cases": (
        "alle åbne sager",
        "alle sager",
        "vis alle åbne sager",
        "all open cases",
        "all cases",
    ),
    "thanks": ("tak", "mange tak", "tusind tak", "thanks", "thank you", "tak for hjælpen"),
    "upcoming_courses": (
        "kommende kurser",
        "kommende kursusdage",
        "hvilke kurser er der",
        "kursusdage",
        "upcoming courses",
        "upcoming course days",
        "course days",
    ),
    "my_courses": ("mine kurser", "mine kursusdage", "my courses", "my course days"),
    "next_meeting": (
        "næste møde",
        "hvornår er næste møde",
        "mit næste møde",
        "next meeting",
        "my next meeting",
        "when is the next meeting",
    ),
    "my_tasks": ("mine opgaver", "åbne opgaver", "my tasks", "open tasks"),
    "scheduled_notices": (
        "planlagte udsendelser",
        "vis planlagte udsendelser",
        "planlagte meddelelser",
        "scheduled notices",
        "show scheduled notices",
        "planned notices",
    ),
    "it_overview": (
        "it oversigt",
        "it-oversigt",
        "vis it oversigten",
        "it oversigten",
        "hvad er på vej",
        "hvad er på vej?",
        "hvad er på vej af it",
        "nye it redskaber",
        "it overview",
        "what is coming",
        "what's coming",
        "whats coming",
        "upcoming it tools",
    ),
    "escalated_cases": (
        "eskalerede sager",
        "vis eskalerede sager",
        "mine eskalerede sager",
        "escalated cases",
        "show escalated cases",
    ),
}

# intent -> the words a command starts with; what follows them is its argument, as in
# "hvem er superbruger i Team Unge" or "tilføj superbruger @Sara".
COMMANDS: Final[dict[str, tuple[str, ...]]] = {
    "who_is_superuser": (
        "hvem er min superbruger",
        "hvem er mine superbrugere",
        "hvem er vores superbruger",
        "hvem er superbruger",
        "hvem er superbrugeren",
        "hvem er superbrugerne",
        "hvem er superbrugere",
        "hvem er it superbruger",
        "hvem kan hjælpe mig med it",
        "min superbruger",
        "superbruger",
        "superbrugere",
        "who is my superuser",
        "who are my superusers",
        "who is our superuser",
        "who is the superuser",
        "who is superuser",
        "who are the superusers",
        "my superuser",
        "superuser",
        "superusers",
    ),
    "change_team": (
        "skift team",
        "skift mit team",
        "jeg er i team",
        "jeg hører til",
        "change team",
        "change my team",
        "switch team",
        "i am in team",
        "my team is",
    ),
    "link_team": ("tilknyt", "tilknyt team", "link to", "link team", "link this team to"),
    "use_channel": (
        "brug denne kanal til it sager",
        "brug denne kanal til sager",
        "brug denne kanal",
        "brug kanalen til it sager",
        "use this channel for it cases",
        "use this channel for cases",
        "use this channel",
    ),
    "add_superuser": ("tilføj superbruger", "tilføj som superbruger", "add superuser"),
    "remove_superuser": ("fjern superbruger", "fjern som superbruger", "remove superuser"),
    "add_deputy": ("tilføj stedfortræder", "tilføj som stedfortræder", "add deputy"),
    "remove_deputy": ("fjern stedfortræder", "fjern som stedfortræder", "remove deputy"),
    "set_portfolio": (
        "portefølje",
        "porteføljen",
        "rediger portefølje",
        "sæt portefølje",
        "vis portefølje",
        "portfolio",
        "edit portfolio",
        "set portfolio",
    ),
    "overview": (
        "oversigt over superbrugere",
        "oversigt over superbrugerne",
        "superbrugeroversigt",
        "oversigt",
        "overview of superusers",
        "superuser overview",
        "overview",
    ),
    "case_status": ("sag", "sag nr", "sag nummer", "status på sag", "case", "case number"),
    "reopen_case": (
        "virker stadig ikke",
        "det virker stadig ikke",
        "den virker stadig ikke",
        "stadig ikke løst",
        "det er stadig ikke løst",
        "genåbn",
        "genåbn sag",
        "genåbn sagen",
        "still not working",
        "it still doesn't work",
        "still broken",
        "reopen",
        "reopen case",
    ),
    "create_course": (
        "opret kursusdag",
        "opret kursus",
        "ny kursusdag",
        "planlæg kursusdag",
        "create course day",
        "new course day",
        "plan course day",
        "create course",
    ),
    "create_meeting": (
        "opret møde",
        "nyt møde",
        "planlæg møde",
        "indkald til møde",
        "create meeting",
        "new meeting",
        "plan meeting",
    ),
    # Bare verbs: "aflys kursusdagen" is within typo reach of "flyt kursusdagen", and the
    # longer command would win.
    "cancel_event": (
        "aflys",
        "cancel course day",
        "cancel the course day",
        "cancel meeting",
        "cancel the meeting",
    ),
    "move_event": (
        "flyt",
        "move course day",
        "move the course day",
        "move meeting",
        "move the meeting",
    ),
    "delegate_task": (
        "opgave til projektlederen",
        "opgave til projektleder",
        "ny opgave til projektlederen",
        "task for the project lead",
        "task for project lead",
        "task to the project lead",
        "new task for the project lead",
    ),
    "broadcast": ("udsend", "ny udsendelse", "send besked til alle", "broadcast", "new notice"),
    "follow_item": ("følg", "follow"),
    "unfollow_item": ("stop med at følge", "følg ikke længere", "unfollow", "stop following"),
    "add_board_item": (
        "tilføj it redskab",
        "nyt it redskab",
        "tilføj til it oversigten",
        "add it tool",
        "new it tool",
    ),
    "edit_board_item": ("ret it redskab", "rediger it redskab", "edit it tool"),
    "reload_org": (
        "genindlæs organisation",
        "genindlæs organisationen",
        "genindlæs org",
        "reload organisation",
        "reload organization",
        "reload org",
    ),
    "escalate_case": ("eskalér", "eskaler", "escalate", "escalate case"),
    "central_answer": (
        "it-support har løst",
        "it-supporten har løst",
        "it-support har svaret",
        "central it support har løst",
        "it support solved",
        "central it support solved",
        "it support answered",
    ),
}

# Command words so close to everyday words ("folk", "udsendt") that they must be spelt right.
EXACT_COMMANDS: Final = frozenset({"følg", "follow", "unfollow", "udsend"})

SUGGEST_THRESHOLD: Final = 60
# How sure a fuzzy name match must be to act on it without asking back.
NAME_THRESHOLD: Final = 85


@dataclass(frozen=True)
class Intent:
    name: str
    score: float
    argument: str = ""


_PUNCTUATION: Final = re.compile(r"[^\w?\s]")


def fold(text: str) -> str:
    """Lower-case, flatten æøå and drop punctuation, so 'Hjælp!', 'hjaelp' and 'hjelp' are close."""
    text = unicodedata.normalize("NFKC", text).lower()
    # One letter each keeps a missing or spelled-out æ to a single edit.
    text = text.replace("ae", "e").replace("æ", "e").replace("oe", "o").replace("ø", "o")
    text = text.replace("aa", "a").replace("å", "a")
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


_FOLDED: Final = {intent: tuple(fold(p) for p in phrases) for intent, phrases in PHRASES.items()}
_CHOICES: Final = [(phrase, intent) for intent, phrases in _FOLDED.items() for phrase in phrases]
_CHOICE_PHRASES: Final = [phrase for phrase, _ in _CHOICES]


_WORD: Final = re.compile(r"\w+")
_EXACT: Final = frozenset(fold(word) for word in EXACT_COMMANDS)
_PREFIXES: Final = [
    (fold(prefix), len(fold(prefix).split()), intent)
    for intent, prefixes in COMMANDS.items()
    for prefix in prefixes
]


def recognize(text: str) -> Intent | None:
    """The intent a message expresses, or None when it matches nothing well enough."""
    folded = fold(text)
    if not folded:
        return None
    match = process.extractOne(
        folded, _CHOICE_PHRASES, scorer=OSA.distance, score_cutoff=_PHRASE_TYPOS
    )
    if match is not None:
        phrase, distance, index = match
        if distance <= allowed_typos(phrase):
            return Intent(_CHOICES[index][1], 1 - distance / max(len(phrase), 1))
    return _command(text)


def _command(text: str) -> Intent | None:
    """A command that starts the message, with the rest of the message as its argument."""
    # Words as folded, each with where it ends in the original, so "IT-sager" is two words
    # and the argument keeps the writer's own spelling. Words past the longest command's
    # length can never be part of one, so a long message is not folded all the way through.
    found = ((m.end(), folded) for m in _WORD.finditer(text) if (folded := fold(m.group())))
    words = list(islice(found, _LONGEST))
    best: tuple[tuple[int, int, int], int] | None = None
    for size, indexes in _BY_SIZE.items():
        if len(words) < size:
            break
        head = " ".join(folded for _, folded in words[:size])
        close = process.extract(
            head, _SIZE_PREFIXES[size], scorer=OSA.distance, score_cutoff=_COMMAND_TYPOS, limit=None
        )
        for prefix, distance, at in close:
            n = indexes[at]
            if distance > _REACH[n]:
                continue
            # The longest command that fits wins, so a typo late in a long command does not
            # leave its last words as the argument of a shorter one.
            rank = (-len(prefix), distance, n)
            if best is None or rank < best[0]:
                best = (rank, n)
    if best is None:
        return None
    (_, distance, _), n = best
    prefix, size, intent = _PREFIXES[n]
    argument = text[words[size - 1][0] :].strip(" ?!.,:;")
    return Intent(intent, 1 - distance / max(len(prefix), 1), argument)


def allowed_typos(phrase: str) -> int:
    """How many slips (wrong, missing, extra or swapped letters) a phrase of this length allows."""
    # Short words are too close to other words: "tak" with one slip is "tal" or "tag".
    if len(phrase) <= 3:
        return 0
    if len(phrase) <= 7:
        return 1
    return 2 if len(phrase) <= 14 else 3


# Commands by how many words they have, shortest first, so each head of a message is compared
# with all commands of its length in one call.
_BY_SIZE: Final = {
    size: [n for n, (_, words, _) in enumerate(_PREFIXES) if words == size]
    for size in sorted({words for _, words, _ in _PREFIXES})
}
_SIZE_PREFIXES: Final = {size: [_PREFIXES[n][0] for n in ns] for size, ns in _BY_SIZE.items()}
_LONGEST: Final = max(_BY_SIZE)
# How many slips each command allows.
_REACH: Final = [0 if p in _EXACT else allowed_typos(p) for p, _, _ in _PREFIXES]
# Nothing further off than this can match, so rapidfuzz stops scoring a phrase there.
_PHRASE_TYPOS: Final = max(allowed_typos(p) for p in _CHOICE_PHRASES)
_COMMAND_TYPOS: Final = max(_REACH)


def suggest(text: str, commands: list[str]) -> str | None:
    """The command a garbled message most likely meant, for a 'did you mean' hint."""
    folded = fold(text)
    if not folded or not commands:
        return None
    match = process.extractOne(folded, [fold(c) for c in commands], scorer=fuzz.WRatio)
    if match is None or match[1] < SUGGEST_THRESHOLD:
        return None
    return commands[match[2]]


def choose(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """Which expected answer ('dansk', 'engelsk', 'annullér') a reply is, typos allowed."""
    folded = fold(text)
    if not folded:
        return None
    choices = [(fold(p), key) for key, phrases in options.items() for p in phrases]
    match = process.extractOne(folded, [p for p, _ in choices], scorer=OSA.distance)
    if match is None or match[1] > allowed_typos(match[0]):
        return None
    return choices[match[2]][1]


def match_name(text: str, names: dict[str, tuple[str, ...]]) -> tuple[str | None, list[str]]:
    """Which key a written name means ('unge' → Team Unge), else the closest keys to suggest."""
    folded = _without_team(fold(text))
    if not folded:
        return None, []
    choices = [
        (_without_team(fold(name)), key)
        for key, options in names.items()
        for name in options
        if name
    ]
    scores: dict[str, float] = {}
    for name, score, index in process.extract(
        folded, [c for c, _ in choices], scorer=fuzz.WRatio, limit=None
    ):
        key = choices[index][1]
        # An exact name or a close spelling of it is certain, even when other names share words.
        if OSA.distance(folded, name) <= allowed_typos(name):
            score = 100.0
        scores[key] = max(scores.get(key, 0.0), score)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best_key, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best >= NAME_THRESHOLD and (best == 100.0 or best - runner_up >= 5):
        return best_key, []
    return None, [key for key, score in ranked if score >= SUGGEST_THRESHOLD][:3]


def _without_team(folded: str) -> str:
    """'team unge' → 'unge': the word every team name starts with tells names apart badly."""
    return folded.removeprefix("team ").strip()
