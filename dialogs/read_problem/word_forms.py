"""How people write words: chat spellings, endings that change nothing, and empty words."""

from __future__ import annotations

from typing import Final

from dialogs.language.intents import fold

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
