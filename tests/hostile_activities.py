"""Activities as Teams sends them, then broken in random ways, as a Hypothesis strategy."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.conftest import EMMA, RunningBot
from tests.hostile_values import ACCOUNT_IDS, ACTIVITY_TYPES, CARD_VALUE, JSON, KEYS, PEOPLE, TEXT


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
