"""Handing a case to central IT support, which is outside our Teams: a ready e-mail, its ticket
number, and its answer when the superuser records it."""

from __future__ import annotations

import re
from typing import Any, Final
from urllib.parse import quote

from dialogs.case_card import category_name, works_card
from dialogs.case_log import change, find, number_in, stamp
from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.handle_case import may_escalate
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.organisation import SUPERUSER
from dialogs.read_problem import cut, mask_cpr
from storage.models import Case

TICKET: Final = "case.ticket"  # the card's "Gem sagsnummer", and the typed answer to its question
ANSWER: Final = "case.central_answer"
# Ticket numbers as IT departments write them: "INC0012345", "2026-1187", "SR/4411".
_TICKET: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{1,39}$")

FLOW: Final = Flow(
    "hand_to_central_it",
    commands=(
        Command(
            "central_answer",
            da=(
                "it-support har løst",
                "it-supporten har løst",
                "it-support har svaret",
                "central it support har løst",
            ),
            en=("it support solved", "central it support solved", "it support answered"),
        ),
    ),
    help=(HelpLine(SUPERUSER, "command.central_answer", "command.central_answer.desc"),),
)


def _may_act(turn: Turn, case: Case) -> bool:
    """Whoever may escalate the case, and whoever handed it over."""
    return may_escalate(turn, case) or turn.email == case.owner


def still_there(case: Case) -> bool:
    """Whether the case was handed to central IT support and has not come back since."""
    for event in reversed(case.history):
        if event.what == "central":
            return True
        if event.what in ("central_answered", "escalated", "returned", "resolved", "reopened"):
            return False
    return False


def hand_over(turn: Turn, case: Case, tried: str) -> None:
    """The case goes to central IT support; the superuser gets the e-mail to send, and contacts."""
    support = turn.services.org.central_it_support
    handed = change(
        turn,
        case,
        "central",
        tried,
        status="central",
        owner=case.owner or turn.email,
        ticket="",
        central_answer="",
    )
    turn.show(handover_card(turn, handed, tried))
    turn.ask(TICKET, case=case.number)
    name = support.name or turn.t("central.someone")
    turn.notify(case.requester, "case.notice.central", number=case.number, support=name)


def mail_link(turn: Turn, case: Case, tried: str) -> str:
    """A mailto: link to central IT support with the case's summary as subject and body."""
    services = turn.services
    org = services.org
    # Written in the organisation's language: central IT support is one of ours, not the writer.
    lang = org.language
    team = org.team(case.team)
    values = {
        "number": case.number,
        "category": category_name(services, case.category, lang),
        "team": team.name if team else case.team,
        "organisation": org.name,
        "requester": services.name_of(case.requester),
        "email": case.requester,
        "description": case.description,
        "tried": tried,
        "helper": services.name_of(turn.email),
        "helper_email": turn.email,
    }
    subject = text("central.mail.subject", lang, **values)
    body = text("central.mail.body", lang, **values)
    return (
        f"mailto:{quote(org.central_it_support.email)}?subject={quote(subject)}&body={quote(body)}"
    )


def handover_card(turn: Turn, case: Case, tried: str) -> dict[str, Any]:
    support = turn.services.org.central_it_support
    name = support.name or turn.t("central.someone")
    headline = turn.t("central.card.title", number=case.number, support=name)
    contacts = [
        (turn.t(key), value)
        for key, value in (
            ("central.card.phone", support.phone),
            ("central.card.email", support.email),
            ("central.card.portal", support.url),
        )
        if value
    ]
    body: list[dict[str, Any]] = [
        cards.title(headline),
        cards.paragraph(turn.t("central.card.how")),
    ]
    if contacts:
        body.append(cards.facts(contacts))
    body.append(cards.text_input("ticket", turn.t("central.card.ticket_label")))
    actions = []
    if support.email:
        actions.append(cards.open_url(turn.t("central.card.mail"), mail_link(turn, case, tried)))
    if support.url:
        actions.append(cards.open_url(turn.t("central.card.open_portal"), support.url))
    actions.append(
        cards.submit(
            turn.t("central.card.save_ticket"),
            {"action": TICKET, "case": case.number},
            primary=True,
        )
    )
    return cards.card(body, actions, fallback=headline)


@FLOW.on_card(TICKET)
def ticket_from_card(turn: Turn) -> bool:
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is not None:
        record_ticket(turn, case, str(value.get("ticket") or ""))
    return True


@FLOW.answers(TICKET)
def ticket_answer(turn: Turn) -> bool:
    """The message after the hand-off: a ticket number is stored; anything else goes its own way."""
    ticket = turn.text.strip().strip(".")
    if not _TICKET.match(ticket) or not any(c.isdigit() for c in ticket):
        return False
    case = turn.services.cases.get(int((turn.pending or {}).get("case") or 0))
    turn.finish()
    if case is None:
        return False
    record_ticket(turn, case, ticket)
    return True


def record_ticket(turn: Turn, case: Case, ticket: str) -> None:
    if not _may_act(turn, case):
        turn.say("escalate.refused", number=case.number)
        return
    ticket = ticket.strip()
    if case.status != "central":
        turn.say("central.not_there", number=case.number)
        return
    if not _TICKET.match(ticket):
        turn.say("central.bad_ticket")
        return
    change(turn, case, "ticket", ticket, ticket=ticket)
    turn.finish()
    turn.say("central.ticket_saved", number=case.number, ticket=ticket)


@FLOW.on_card(ANSWER)
def answer_from_card(turn: Turn) -> bool:
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is not None:
        record_answer(turn, case, str(value.get("answer") or ""))
    return True


@FLOW.starts("central_answer")
def answer_by_text(turn: Turn) -> None:
    """'IT-support har løst #42: ny profil oprettet'."""
    number = number_in(turn.argument)
    if not number:
        turn.say("central.answer_how")
        return
    case = find(turn, number)
    if case is None:
        return
    _, _, answer = turn.argument.partition(":")
    record_answer(turn, case, answer)


def record_answer(turn: Turn, case: Case, answer: str) -> None:
    """Central IT support solved it: the requester is told and asked whether it works now."""
    if not _may_act(turn, case):
        turn.say("escalate.refused", number=case.number)
        return
    if case.status != "central":
        turn.say("central.not_there", number=case.number)
        return
    answer, _ = mask_cpr(answer.strip())
    answer, _ = cut(answer, 1000)
    if not answer:
        turn.say("central.answer_empty", number=case.number)
        return
    support = turn.services.org.central_it_support.name or turn.t("central.someone")
    answered = change(turn, case, "central_answered", answer, central_answer=answer)
    change(
        turn,
        answered,
        "resolved",
        answer,
        status="resolved",
        owner=case.owner or turn.email,
        resolved_at=stamp(turn),
    )
    turn.say(
        "central.answer_saved",
        number=case.number,
        requester=turn.services.name_of(case.requester),
    )
    turn.notify(
        case.requester,
        "case.notice.central_solved",
        card=lambda lang: works_card(case.number, lang),
        number=case.number,
        support=support,
        note=answer,
    )
