"""The flows' declarations are checked against each other when the dispatcher is built."""

from __future__ import annotations

import re

import pytest

from dialogs import matchers
from dialogs.conversation import Turn
from dialogs.dispatch import Dispatcher
from dialogs.flow import EVERYONE, PERSONAL, Command, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.flows import dispatcher
from storage.models import Person


def build(*flows: Flow) -> Dispatcher:
    return Dispatcher(flows, matchers.ORDER, matchers.Message)


def flow(name: str, intent: str, *phrases: str, **declared: object) -> Flow:
    made = Flow(name, phrases=(Phrases(intent, da=phrases),), **declared)  # type: ignore[arg-type]
    made.starts(intent)(lambda turn: None)
    return made


def test_the_bots_own_flows_fit_together() -> None:
    built = dispatcher()
    assert "help" in built.handlers
    assert "case.claim" in built.card_actions
    assert built.recognizer.recognize("hjælp").name == "help"


def test_two_flows_cannot_claim_one_intent() -> None:
    with pytest.raises(ValueError, match="intent help"):
        build(flow("a", "help", "hjælp"), flow("b", "help", "hjælp mig"))


def test_two_intents_cannot_share_a_phrase() -> None:
    with pytest.raises(ValueError, match="'hjelp' means both help and aid"):
        build(flow("a", "help", "hjælp"), flow("b", "aid", "hjaelp"))


def test_a_command_and_a_phrase_cannot_share_words() -> None:
    b = Flow("b", commands=(Command("aid", da=("hjælp",)),))
    b.starts("aid")(lambda turn: None)
    with pytest.raises(ValueError, match="means both"):
        build(flow("a", "help", "hjælp"), b)


def test_two_flows_cannot_take_one_card_action() -> None:
    a, b = flow("a", "help", "hjælp"), flow("b", "aid", "støtte")
    a.on_card("press")(lambda turn: True)
    b.on_card("press")(lambda turn: True)
    with pytest.raises(ValueError, match="card_actions 'press'"):
        build(a, b)


def test_one_flow_cannot_register_a_card_action_twice() -> None:
    a = flow("a", "help", "hjælp")
    a.on_card("press")(lambda turn: True)
    with pytest.raises(ValueError, match="handled twice"):
        a.on_card("press")(lambda turn: True)


def test_words_without_a_flow_to_start_are_a_mistake() -> None:
    with pytest.raises(ValueError, match="nobody starts"):
        build(Flow("a", phrases=(Phrases("help", da=("hjælp",)),)))


def test_help_lines_name_a_known_section_and_existing_texts() -> None:
    with pytest.raises(ValueError, match="unknown section"):
        HelpLine("admins", "command.help", "command.help.desc")
    with pytest.raises(ValueError, match=r"without texts: \['no.such.key', 'no.such'\]"):
        build(flow("a", "help", "hjælp", help=(HelpLine(EVERYONE, "no.such.key", "no.such"),)))


def test_teams_menus_keep_to_teams_limits() -> None:
    menu = tuple(
        TeamsCommand(PERSONAL, "command.help", "command.help.desc", order=n) for n in range(11)
    )
    with pytest.raises(ValueError, match="at most 10"):
        build(flow("a", "help", "hjælp", teams=menu))
    long_title = (TeamsCommand(PERSONAL, "command.report.desc", "command.help.desc", order=1),)
    with pytest.raises(ValueError, match="too long"):
        build(flow("a", "help", "hjælp", teams=long_title))
    twice = menu[:1] + menu[:1]
    with pytest.raises(ValueError, match="share a place"):
        build(flow("a", "help", "hjælp", teams=twice))


def test_a_command_may_need_a_certain_argument() -> None:
    numbered = re.compile(r"#?\s*\d+")
    a = Flow("a", commands=(Command("take", da=("tag",), argument=numbered),))
    a.starts("take")(lambda turn: None)
    recognizer = build(a).recognizer
    assert recognizer.recognize("tag #14").argument == "#14"
    assert recognizer.recognize("tag 14").argument == "14"
    assert recognizer.recognize("tag billede af skærmen") is None


def test_a_card_action_nobody_declared_is_answered_kindly() -> None:
    turn = Turn(person=Person(user_id="u1"), lang="da", services=None)  # type: ignore[arg-type]
    build(flow("a", "help", "hjælp")).on_card(turn, {"action": "nothing.here"})
    assert [reply.text for reply in turn.replies] == [turn.t("card.unknown_action")]
