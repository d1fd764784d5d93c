"""People mentioned in the emulator's messages: text, HTML and entities, as Teams has them."""

from __future__ import annotations

import pytest
from botbuilder.core import TurnContext
from botbuilder.schema import Activity, Mention

from bot.emulator import TeamsEmulator
from tests import emulator_helpers
from tests.emulator_helpers import ANNE, BO, EMMA

# The shared fixtures, bound here so that pytest finds them in this module.
emu = emulator_helpers.emu
fresh_emulator = emulator_helpers.fresh_emulator

SPAN = '<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="{}">{}</span>'


def test_people_mentioned_in_a_channel(emu: TeamsEmulator) -> None:
    bo, emma = emu.directory.user(BO), emu.directory.user(EMMA)
    raw = emu.activities.message(
        ANNE, "kan @Bo Nielsen se på <printeren>?", team="ydelse", mentions=[BO, emma.user_id]
    )
    assert raw["text"] == (
        "<at>IT-hjælp</at> kan <at>Bo Nielsen</at> se på <printeren>? <at>Emma Jensen</at>"
    )
    assert raw["attachments"] == [
        {
            "contentType": "text/html",
            "content": (
                f"<p>{SPAN.format(0, 'IT-hjælp')}&nbsp;kan {SPAN.format(1, 'Bo Nielsen')} se på "
                f"&lt;printeren&gt;? {SPAN.format(2, 'Emma Jensen')}</p>"
            ),
        }
    ]
    assert raw["entities"][:3] == [
        {
            "mentioned": {"id": "28:it-hjaelp", "name": "IT-hjælp"},
            "text": "<at>IT-hjælp</at>",
            "type": "mention",
        },
        {
            "type": "mention",
            "text": "<at>Bo Nielsen</at>",
            "mentioned": {"id": bo.user_id, "name": "Bo Nielsen"},
        },
        {
            "type": "mention",
            "text": "<at>Emma Jensen</at>",
            "mentioned": {"id": emma.user_id, "name": "Emma Jensen"},
        },
    ]
    assert [e["type"] for e in raw["entities"]] == ["mention"] * 3 + ["clientInfo"]

    activity = Activity().deserialize(raw)
    # The bot strips only its own mention and finds the people in what is left.
    assert TurnContext.remove_recipient_mention(activity).strip() == (
        "kan <at>Bo Nielsen</at> se på <printeren>? <at>Emma Jensen</at>"
    )
    # An inbound Entity keeps `text` and `mentioned` in additional_properties, not in serialize().
    entities = [dict(e.serialize(), **e.additional_properties) for e in activity.entities]
    people = [
        Mention().deserialize(e)
        for e in entities
        if e["type"] == "mention" and e["mentioned"]["id"] != activity.recipient.id
    ]
    assert [(m.mentioned.id, m.mentioned.name, m.text) for m in people] == [
        (bo.user_id, "Bo Nielsen", "<at>Bo Nielsen</at>"),
        (emma.user_id, "Emma Jensen", "<at>Emma Jensen</at>"),
    ]
    assert Mention().deserialize(raw["entities"][1]).mentioned.id == bo.user_id

    quiet = emu.activities.message(ANNE, "se her", team="ydelse", mention=False, mentions=[BO])
    assert quiet["text"] == "se her <at>Bo Nielsen</at>"
    assert SPAN.format(0, "Bo Nielsen") in quiet["attachments"][0]["content"]
    assert [e["type"] for e in quiet["entities"]] == ["mention", "clientInfo"]
    plain = emu.activities.message(ANNE, "hjælp", team="ydelse")
    assert plain["text"] == "<at>IT-hjælp</at> hjælp", "the bot's own mention is unchanged"
    assert len(plain["entities"]) == 2


def test_people_mentioned_in_a_personal_message(emu: TeamsEmulator) -> None:
    bo = emu.directory.user(BO)
    raw = emu.activities.message(ANNE, "@Emma Jensen og @Bo Nielsen", mentions=[BO, EMMA])
    # Mentions are numbered in the order they appear in the text.
    assert raw["text"] == "<at>Emma Jensen</at> og <at>Bo Nielsen</at>"
    assert raw["attachments"][0]["content"] == (
        f"<p>{SPAN.format(0, 'Emma Jensen')} og {SPAN.format(1, 'Bo Nielsen')}</p>"
    )
    assert [e.get("text") for e in raw["entities"]] == [
        "<at>Emma Jensen</at>",
        "<at>Bo Nielsen</at>",
        None,
    ]
    activity = Activity().deserialize(raw)
    assert TurnContext.remove_recipient_mention(activity) == raw["text"]

    alone = emu.activities.message(ANNE, "", mentions=BO)
    assert alone["text"] == "<at>Bo Nielsen</at>"
    assert alone["entities"][0]["mentioned"] == {"id": bo.user_id, "name": "Bo Nielsen"}
    with pytest.raises(KeyError):
        emu.activities.message(ANNE, "hej", mentions=["nobody@example.dk"])
