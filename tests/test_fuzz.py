"""Random and hostile activities: never a 5xx, the bot stays up, and what it refuses stores nothing.

`make test` runs a few hundred examples; `make fuzz` runs ten thousand (the `fuzz` profile)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import choose_language, choose_team, follow_case, report_problem, sign_up
from dialogs.flows import dispatcher
from tests.chat import Someone
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, SARA, RunningBot, with_tenants

PEOPLE = (ANNE, EMMA, BO, SARA, KARIN, METTE, HENRIK)  # two employees, then who helps or leads
# What an employee may do with a card; anything else from them must leave the records alone.
EMPLOYEE_ACTIONS = frozenset(
    {
        choose_language.NAME,
        choose_team.NAME,
        report_problem.NAME,
        follow_case.FEEDBACK,
        sign_up.SIGN_UP,
        sign_up.SIGN_OFF,
        "notice_ack",
    }
)
# Records that only the people a flow allows may change; people, chats and dialog state are
# what every accepted message updates.
RECORDS = ("cases", "events", "tasks", "board", "notices", "team_links", "team_changes")
# Our own refusals of an activity (not Teams' refusal of our reply, which comes after the turn).
REFUSED_CODES = frozenset(
    {"BadJson", "BadActivity", "Unauthorized", "TenantNotAllowed", "UnsupportedMediaType"}
)

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


@st.composite
def activities(draw: st.DrawFn, bot: RunningBot) -> dict[str, Any]:
    """An activity as Teams sends it, then broken in random ways."""
    emulator = bot.emulator.activities
    who = draw(st.sampled_from(PEOPLE))
    where = draw(st.sampled_from(({}, {"team": "ydelse"}, {"team": "unge"})))
    kind = draw(st.sampled_from(("text", "submit", "execute", "install", "raw")))
    if kind == "text":
        activity = emulator.message(who, draw(TEXT), **where)
    elif kind == "submit":
        activity = emulator.submit(who, draw(CARD_VALUE), **where)
    elif kind == "execute":
        value = draw(CARD_VALUE)
        verb = value.pop("action")
        activity = emulator.invoke(who, verb if isinstance(verb, str) else "x", value, **where)
        if not isinstance(verb, str):
            activity["value"]["action"]["verb"] = verb
    elif kind == "install":
        events = [
            *emulator.install_in_team("unge"),
            emulator.uninstall_from_team("unge"),
            emulator.member_added("ydelse", EMMA),
        ]
        activity = draw(st.sampled_from(events))
    else:
        activity = emulator.message(who, "hjælp", **where)
        activity["type"] = draw(st.one_of(st.sampled_from(ACTIVITY_TYPES), st.text(max_size=12)))
    # Break it: drop fields, give them values of the wrong type, or odd text.
    for key in draw(st.lists(st.sampled_from(KEYS), max_size=3, unique=True)):
        change = draw(st.sampled_from(("drop", "json", "text")))
        if change == "drop":
            activity.pop(key, None)
        else:
            activity[key] = draw(JSON if change == "json" else TEXT)
    if draw(st.integers(0, 4)) == 0:
        # Mentions and members of every shape, the parts the bot looks people up by.
        known = [bot.emulator.directory.user(email).user_id for email in PEOPLE]
        account = st.fixed_dictionaries(
            {"id": st.one_of(st.sampled_from((*ACCOUNT_IDS, *known)), st.text(max_size=30))},
            optional={"name": TEXT, "aadObjectId": JSON},
        )
        activity["entities"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"type": st.sampled_from(("mention", "Mention", "clientInfo", ""))},
                    optional={"mentioned": account, "text": TEXT},
                ),
                max_size=3,
            )
        )
        activity[draw(st.sampled_from(("membersAdded", "membersRemoved")))] = draw(
            st.lists(account, max_size=3)
        )
    if draw(st.integers(0, 9)) == 0 and isinstance(activity.get("channelData"), dict):
        # From a tenant the bot does not serve, or from none.
        tenant = draw(
            st.sampled_from(("another-tenant", "00000000-0000-0000-0000-000000000000", ""))
        )
        if tenant:
            activity["channelData"]["tenant"] = {"id": tenant}
        else:
            activity["channelData"].pop("tenant", None)
    if draw(st.integers(0, 9)) == 0:
        # Malformed addresses, or odd paths on the channel service; none that resolves elsewhere.
        activity["serviceUrl"] = draw(
            st.one_of(
                st.sampled_from(
                    ("http://", "https://", "http:///x", "https://:443/", "http://h:99999/")
                ),
                st.builds(
                    "{}{}".format,
                    st.sampled_from(("https://é", "http://a b/")),
                    st.text(max_size=20),
                ),
                st.builds("{}{}".format, st.just(bot.emulator.service_url), st.text(max_size=40)),
            )
        )
    for part in draw(
        st.lists(st.sampled_from(("from", "conversation", "channelData")), max_size=2)
    ):
        if isinstance(activity.get(part), dict):
            inner = draw(
                st.sampled_from(("id", "name", "tenant", "team", "channel", "aadObjectId"))
            )
            activity[part][inner] = draw(JSON)
    return activity


def pressed_button(activity: dict[str, Any]) -> str:
    """The card action an activity claims, '?' for one that is no name, '' for no card."""
    value = activity.get("value")
    if activity.get("type") == "message" and value is not None:
        action = value.get("action") if isinstance(value, dict) else None
    elif activity.get("type") == "invoke" and activity.get("name") == "adaptiveCard/action":
        card = value.get("action") if isinstance(value, dict) else None
        action = card.get("verb") if isinstance(card, dict) else None
    else:
        return ""
    return action if isinstance(action, str) else "?"


def sender(activity: dict[str, Any]) -> str:
    found = activity.get("from")
    return str(found.get("id")) if isinstance(found, dict) else ""


def snapshot(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*.json"))}


def records(files: dict[str, bytes]) -> dict[str, Any]:
    """The records employees may not change, from every data file."""
    found = {}
    for name, content in files.items():
        tables = json.loads(content)
        found.update({f"{name}:{t}": tables[t] for t in RECORDS if t in tables})
    return found


async def post(bot: RunningBot, activity: dict[str, Any]) -> tuple[int, Any]:
    # ASCII escapes carry lone surrogates as Teams' JSON could; they are no valid UTF-8.
    raw = json.dumps(activity, ensure_ascii=True).encode()
    turn = await bot.emulator.post(None, raw=raw)
    return turn.status, turn.body


async def healthy(bot: RunningBot) -> bool:
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/healthz") as response:
        return response.status == 200


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_random_activities_never_break_the_bot(bot: RunningBot, data: st.DataObject) -> None:
    if bot.stored.cases.get(1) is None:
        # Only the demo tenant is let in, so a changed tenant is refused; something for forged
        # buttons to aim at: a case, and the bot in Team Ydelse.
        bot.settings = with_tenants(bot.settings, bot.emulator.directory.tenant_id)
        await bot.restart()
        await bot.emulator.install_in_team("ydelse")
        await Someone(bot.emulator, ANNE).says("problem med printeren")
    activity = data.draw(activities(bot))
    # Employees, and people the bot does not know, may only press their own kind of button.
    helpers = {bot.emulator.directory.user(email).user_id for email in PEOPLE[2:]}
    unprivileged = sender(activity) not in helpers
    action = pressed_button(activity)
    before = snapshot(bot.settings.data_dir)

    status, body = await post(bot, activity)

    assert status < 500, f"{status} {body} for {json.dumps(activity)[:2000]}"
    after = snapshot(bot.settings.data_dir)
    code = body.get("error", {}).get("code") if isinstance(body, dict) else None
    if code in REFUSED_CODES:
        assert after == before, f"refused ({code}) but stored something"
    elif unprivileged and action and action not in EMPLOYEE_ACTIONS:
        assert records(after) == records(before), f"{sender(activity)} changed records: {action!r}"
    assert await healthy(bot)
