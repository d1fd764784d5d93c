"""Help over real HTTP, 1:1 and in a channel; the rest of its cases are in tests/inprocess/."""

from __future__ import annotations

from tests.chat import Someone, seen
from tests.conftest import ANNE, RunningBot


async def test_danish_help_in_a_personal_chat(anne: Someone) -> None:
    turn = await anne.says("hjælp")
    assert len(turn.replies) == 1
    assert turn.replies[0].cards, "the help comes as a card"
    reply = anne.last_reply
    assert "Det kan IT-hjælp" in reply
    assert "Jobcenter Varde" in reply
    assert "skift sprog" in reply
    assert "+45 7994 0000" in reply, "urgent cases get central IT support's phone number"
    assert turn.replies[0].conversation_id == anne.emulator.personal_conversation_id(ANNE)


async def test_help_in_a_channel_answers_in_the_thread(bot: RunningBot, anne: Someone) -> None:
    turn = await anne.says("hjælp", team="ydelse")
    reply = turn.replies[0]
    assert ";messageid=" in reply.conversation_id, "the answer goes into the thread"
    assert "nævne mig med @IT-hjælp" in seen(reply)
