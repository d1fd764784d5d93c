"""What random activities are made of: people, odd texts, commands, JSON and card values."""

from __future__ import annotations

from hypothesis import strategies as st

from dialogs.flows import dispatcher
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, SARA

PEOPLE = (ANNE, EMMA, BO, SARA, KARIN, METTE, HENRIK)  # two employees, then who helps or leads

ODD_TEXTS = (
    "",
    " ",
    "\u0000",
    "\ud800",  # a lone surrogate: valid JSON, no valid UTF-8
    "\udfff\ud800",
    "\ufeff\u202e\u200d",
    "e\u0301" * 2000,  # combining accents
    "👩‍💻" * 500,
    "𝕡𝕣𝕠𝕓𝕝𝕖𝕞 𝕞𝕖𝕕 𝕡𝕣𝕚𝕟𝕥𝕖𝕣𝕖𝕟",
    "{number} {0} {} %s %(x)s",
    "<at>Bo Nielsen</at> <script>alert(1)</script>",
    "x" * 30_000,
    "problem med printeren " * 1500,
)
# Messages that start flows, so random tails reach them and not only "I did not understand".
COMMANDS = (
    "hjælp",
    "problem med printeren",
    "mine sager",
    "sag 1",
    "sag 99999999999999999999",
    "alle sager",
    "teamets sager",
    "genåbn sag 1",
    "hvem er min superbruger",
    "tilføj superbruger",
    "fjern superbruger",
    "portefølje",
    "overblik",
    "genindlæs org",
    "opret kursusdag",
    "opret møde",
    "aflys",
    "flyt",
    "udsend",
    "it-overblik",
    "uddeleger opgave",
    "mine opgaver",
    "tilknyt",
    "skift team",
    "sprog",
    "jeg er syg i morgen",
)
# Ids Teams uses for people and the bot, and ones it never would.
ACCOUNT_IDS = ("28:it-hjaelp", "29:nobody", "29:", "8:orgid:x", "a" * 512)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(ODD_TEXTS),
    st.tuples(st.sampled_from(COMMANDS), st.text(max_size=80)).map(" ".join),
    st.sampled_from(COMMANDS),
)
PLAUSIBLE = st.one_of(
    st.sampled_from(
        (
            "1",
            "2",
            "0",
            "-1",
            "yes",
            "no",
            "da",
            "en",
            "ydelse",
            "unge",
            "2026-12-03",
            "2025-01-01",
            "10:00",
            "25:99",
            "true",
            ANNE,
            BO,
            "case.claim",
            "superuser",
            "000000000000",
        )
    ),
    st.integers(min_value=-5, max_value=5),
    JSON,
    TEXT,
)
FIELDS = (
    "case",
    "number",
    "answer",
    "language",
    "team",
    "teams",
    "event",
    "task",
    "notice",
    "item",
    "into",
    "title",
    "description",
    "date",
    "time",
    "start",
    "end",
    "place",
    "capacity",
    "reminders",
    "rrule",
    "roles",
    "people",
    "message",
    "body",
    "audience",
    "draft",
    "step",
    "carry",
    "then",
    "status",
    "note",
    "works",
    "tried",
    "ack",
    "go_live",
    "milestones",
    "responsible",
    "to_people",
    "to_channels",
    "remind",
    "name",
    "kind",
    "suggested",
    "course_days",
    "text",
)
ACTION = st.one_of(st.sampled_from(sorted(dispatcher().card_actions)), st.text(max_size=20), JSON)
CARD_VALUE = st.builds(
    lambda action, fields: {**fields, "action": action},
    ACTION,
    st.dictionaries(st.sampled_from(FIELDS), PLAUSIBLE, max_size=6),
)
ACTIVITY_TYPES = (
    "message",
    "invoke",
    "conversationUpdate",
    "installationUpdate",
    "messageReaction",
    "messageUpdate",
    "messageDelete",
    "event",
    "typing",
    "endOfConversation",
)
KEYS = (
    "type",
    "id",
    "text",
    "value",
    "name",
    "locale",
    "channelId",
    "serviceUrl",
    "from",
    "recipient",
    "conversation",
    "channelData",
    "entities",
    "attachments",
    "membersAdded",
    "membersRemoved",
    "replyToId",
    "action",
    "timestamp",
    "textFormat",
)
