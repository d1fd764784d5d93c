"""Reads a free-text IT problem: is it one, which category, how urgent, and what it is about."""

from dialogs.read_problem.cpr import CPR_MASK, mask_cpr
from dialogs.read_problem.reading import (
    DESCRIPTIVE_CONTENT,
    DESCRIPTIVE_WORDS,
    READ_LIMIT,
    Kind,
    Reading,
    category_of,
    is_urgent,
    read_problem,
)
from dialogs.read_problem.shorten import CUT_MARK, cut
from dialogs.read_problem.urgent_words import (
    NEGATIONS,
    SOFTENERS,
    URGENT_PHRASES,
    URGENT_WORDS,
    WAITING_PEOPLE,
    WAITING_REACH,
    WAITING_VERBS,
)
from dialogs.read_problem.words import (
    FILLERS,
    IDIOMS,
    IT_WORDS,
    LOOKALIKES,
    MAX_FILLERS,
    RESOLVED,
    STRONG_SIGNALS,
    THANKS,
    WEAK_SIGNALS,
)

__all__ = [
    "CPR_MASK",
    "CUT_MARK",
    "DESCRIPTIVE_CONTENT",
    "DESCRIPTIVE_WORDS",
    "FILLERS",
    "IDIOMS",
    "IT_WORDS",
    "LOOKALIKES",
    "MAX_FILLERS",
    "NEGATIONS",
    "READ_LIMIT",
    "RESOLVED",
    "SOFTENERS",
    "STRONG_SIGNALS",
    "THANKS",
    "URGENT_PHRASES",
    "URGENT_WORDS",
    "WAITING_PEOPLE",
    "WAITING_REACH",
    "WAITING_VERBS",
    "WEAK_SIGNALS",
    "Kind",
    "Reading",
    "category_of",
    "cut",
    "is_urgent",
    "mask_cpr",
    "read_problem",
]
