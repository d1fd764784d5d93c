"""Conversation references, and records stored as a JSON round trip would leave them."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import UTC, datetime

import pytest

from storage import ConversationRef, ConversationRefs, Database
from storage.codec import from_doc, to_doc
from storage.models import Case, CaseEvent, CasePost
from tests import storage_helpers
from tests.storage_helpers import Clock, personal_ref, reopen

# The shared fixtures, bound here so that pytest finds them in this module.
clock = storage_helpers.clock
db = storage_helpers.db
replaces = storage_helpers.replaces


def test_conversation_ref_round_trip(db: Database, clock: Clock) -> None:
    refs = ConversationRefs(db, now=clock)
    channel = ConversationRef(
        conversation_id="19:it;messageid=7",
        conversation_type="channel",
        reference={"conversation": {"id": "19:it;messageid=7"}, "channelId": "msteams"},
        team_id="19:ydelse",
    )

    saved = refs.save(personal_ref("29:anne", "a:1"))
    refs.save(channel)

    assert refs.get("a:1") == saved
    assert refs.get("19:it;messageid=7").team_id == "19:ydelse"
    assert refs.personal_for("29:anne") == saved
    assert refs.personal_for("29:nobody") is None
    assert [r.conversation_id for r in refs.all()] == ["a:1", "19:it;messageid=7"]


def test_conversation_ref_reference_is_a_copy(db: Database) -> None:
    refs = ConversationRefs(db)
    ref = personal_ref("29:anne", "a:1")
    refs.save(ref)
    ref.reference["conversation"]["id"] = "changed by the caller"

    got = refs.get("a:1")
    got.reference["user"]["name"] = "changed again"

    assert refs.get("a:1").reference == {"conversation": {"id": "a:1"}, "user": {"name": "Søren"}}


def test_conversation_ref_unchanged_save_does_not_write(db: Database, replaces: list[str]) -> None:
    refs = ConversationRefs(db)
    refs.save(personal_ref("29:anne", "a:1"))
    writes = len(replaces)

    refs.save(personal_ref("29:anne", "a:1"))
    assert len(replaces) == writes
    refs.save(replace(personal_ref("29:anne", "a:1"), reference={"changed": True}))
    assert len(replaces) == writes + 1


def test_personal_for_follows_the_latest_chat(db: Database, clock: Clock) -> None:
    refs = ConversationRefs(db, now=clock)
    refs.save(personal_ref("29:anne", "a:old"))
    clock.tick()
    refs.save(personal_ref("29:anne", "a:new"))

    assert refs.personal_for("29:anne").conversation_id == "a:new"
    db = reopen(db)
    try:
        assert ConversationRefs(db).personal_for("29:anne").conversation_id == "a:new"
    finally:
        db.close()


def test_non_json_reference_is_refused_before_writing(db: Database, replaces: list[str]) -> None:
    refs = ConversationRefs(db)
    bad = ConversationRef("a:1", "personal", reference={"when": datetime.now(UTC)})

    with pytest.raises(TypeError, match="ConversationRef"):
        refs.save(bad)
    assert replaces == []
    assert refs.get("a:1") is None


def test_records_are_stored_as_a_json_round_trip_would_leave_them() -> None:
    ref = {"user": {"id": "29:anne"}, "ids": (1, 2.5, True, None), 7: "seven", None: "nothing"}
    case = Case(
        number=1,
        requester="anne@varde.dk",
        team="ydelse",
        category="printer",
        description="printeren",
        helpers=("bo@varde.dk",),
        posts=(CasePost("19:it", "1", reference=ref),),
        history=(CaseEvent(at="2026-01-01T08:00:00+00:00", by="anne@varde.dk", what="opened"),),
    )

    doc = to_doc(case)

    assert doc == json.loads(json.dumps(asdict(case), allow_nan=False))
    assert doc["posts"][0]["reference"]["ids"] == [1, 2.5, True, None]
    back = from_doc(Case, doc)
    assert back == replace(
        case, posts=(CasePost("19:it", "1", reference=doc["posts"][0]["reference"]),)
    )
    # The decoded record owns its dicts: changing them leaves the document alone.
    back.posts[0].reference["user"]["id"] = "changed"
    assert doc["posts"][0]["reference"]["user"]["id"] == "29:anne"
    for bad in (float("nan"), float("inf"), datetime.now(UTC), {(1, 2): "tuple key"}):
        with pytest.raises(TypeError, match="CasePost"):
            to_doc(CasePost("19:it", "1", reference={"bad": bad}))
