"""botbuilder's ConversationState and UserState kept in our TinyDB file, across a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from botbuilder.core import ConversationState, TurnContext, UserState
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.state import TinyDBStorage
from storage.db import Database
from storage.state_store import ETagConflict, StateStore


def context() -> TurnContext:
    activity = Activity(
        type="message",
        channel_id="msteams",
        conversation=ConversationAccount(id="a:anne"),
        from_property=ChannelAccount(id="29:anne"),
        recipient=ChannelAccount(id="28:bot"),
        text="hjælp",
    )
    return TurnContext(TestAdapter(), activity)


async def test_conversation_and_user_state_survive_a_reopen(tmp_path: Path) -> None:
    db = Database.open(tmp_path)
    storage = TinyDBStorage(StateStore(db))
    conversation, user = ConversationState(storage), UserState(storage)
    turn = context()
    await conversation.create_property("step").set(turn, {"flow": "choose_language"})
    await user.create_property("seen").set(turn, 3)
    await conversation.save_changes(turn)
    await user.save_changes(turn)
    db.close()

    db = Database.open(tmp_path)
    storage = TinyDBStorage(StateStore(db))
    turn = context()
    assert await ConversationState(storage).create_property("step").get(turn) == {
        "flow": "choose_language"
    }
    assert await UserState(storage).create_property("seen").get(turn) == 3
    db.close()


async def test_a_stale_write_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = Database.open(tmp_path)
    storage = TinyDBStorage(StateStore(db))
    await storage.write({"k": {"n": 1}})
    first = (await storage.read(["k"]))["k"]
    await storage.write({"k": {**first, "n": 2}})
    with pytest.raises(ETagConflict):
        await storage.write({"k": {**first, "n": 3}})  # written by someone who read too early
    assert (await storage.read(["k"]))["k"]["n"] == 2
    await storage.delete(["k"])
    assert await storage.read(["k"]) == {}
    db.close()
