"""The case card: what a case is about and where it stands, with the buttons for its helpers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dialogs.conversation import Services
from dialogs.dates import format_moment
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.org_file import OTHER_CATEGORY
from storage.models import Case

# Statuses in which helpers still work on a case, and so see its buttons.
WORKING = ("new", "taken", "waiting", "escalated", "central")


def category_name(services: Services, key: str, lang: str) -> str:
    category = next((c for c in services.org.categories if c.key == key), None)
    if category is None:
        return text(f"case.category.{OTHER_CATEGORY}", lang)
    return category.name.get(lang) or category.name["da"]


def status_text(services: Services, case: Case, lang: str) -> str:
    """Where the case stands, in words: 'Taget af Bo Nielsen'."""
    values = {
        "owner": services.name_of(case.owner) if case.owner else "",
        "requester": services.name_of(case.requester),
        "into": case.merged_into,
    }
    key = f"case.status.{case.status}"
    if case.status == "escalated" and case.owner:
        key = "case.status.escalated_taken"
    elif case.status == "resolved" and not case.owner:
        key = "case.status.resolved_anyone"
    elif case.status == "central":
        support = services.org.central_it_support.name or text("central.someone", lang)
        key = "case.status.central.ticket" if case.ticket else "case.status.central"
        values |= {"support": support, "ticket": case.ticket}
    return text(key, lang, **values)


def case_card(
    case: Case, services: Services, lang: str, now: datetime, to: str = ""
) -> dict[str, Any]:
    """The card shown in the channel (or 1:1 to helpers, `to`), redrawn whenever it changes."""

    def t(key: str, **values: object) -> str:
        return text(key, lang, **values)

    team = services.org.team(case.team)
    category = category_name(services, case.category, lang)
    created = datetime.fromisoformat(case.created_at).astimezone(now.tzinfo)
    headline = t("case.card.title", number=case.number, category=category)
    body: list[dict[str, Any]] = [cards.title(headline)]
    if case.urgent:
        body.append({**cards.paragraph(t("case.card.urgent")), "color": "Attention"})
    body.append(
        cards.facts(
            [
                (t("case.card.status"), status_text(services, case, lang)),
                (t("case.card.from"), services.name_of(case.requester)),
                (t("case.card.team"), team.name if team else case.team),
                (t("case.card.reported"), format_moment(created, lang, now.date())),
            ]
        )
    )
    body.append(cards.paragraph(case.description))
    if case.similar_to and case.status in WORKING:
        body.append(cards.paragraph(t("case.card.similar", number=case.similar_to), subtle=True))
    if case.merged:
        numbers = ", ".join(f"#{n}" for n in case.merged)
        body.append(cards.paragraph(t("case.card.merged", numbers=numbers), subtle=True))
    if case.central_answer:
        body.append(cards.paragraph(t("case.card.central_answer", answer=case.central_answer)))
    lead = to in (services.org.project_lead, services.org.it_lead) and bool(to)
    actions = _actions(case, t, lead) if case.status in WORKING else []
    return cards.card(body, actions, fallback=headline)


def _escalate_form(number: int, t: Any) -> dict[str, Any]:
    """Where to, what was tried, and why it skips the project lead when it goes to the IT lead."""
    targets = [
        (t("case.escalate.to_central"), "central"),
        (t("case.escalate.to_project_lead"), "project_lead"),
        (t("case.escalate.to_it_lead"), "it_lead"),
    ]
    return cards.show_card(
        t("case.button.escalate"),
        [
            cards.choices("target", targets, label=t("case.escalate.target"), value="project_lead"),
            cards.text_input("tried", t("case.escalate.label"), required=True, multiline=True),
            cards.text_input("reason", t("case.escalate.reason"), multiline=True),
        ],
        cards.submit(t("case.escalate.send"), {"action": "case.escalate", "case": number}),
    )


def _actions(case: Case, t: Any, lead: bool = False) -> list[dict[str, Any]]:
    number = case.number
    actions = []
    if not case.owner:
        actions.append(
            cards.submit(
                t("case.button.claim"), {"action": "case.claim", "case": number}, primary=True
            )
        )
    actions.append(
        cards.show_card(
            t("case.button.write"),
            [cards.text_input("message", t("case.write.label"), required=True, multiline=True)],
            cards.submit(t("case.write.send"), {"action": "case.write", "case": number}),
        )
    )
    actions.append(
        cards.show_card(
            t("case.button.resolve"),
            [cards.text_input("note", t("case.resolve.label"), multiline=True)],
            cards.submit(t("case.resolve.send"), {"action": "case.resolve", "case": number}),
        )
    )
    if case.status == "central":
        actions.append(
            cards.show_card(
                t("case.button.central_answer"),
                [cards.text_input("answer", t("case.central.answer_label"), required=True)],
                cards.submit(
                    t("case.central.answer_send"),
                    {"action": "case.central_answer", "case": number},
                ),
            )
        )
        if not case.ticket:
            actions.append(
                cards.show_card(
                    t("case.button.ticket"),
                    [cards.text_input("ticket", t("central.card.ticket_label"), required=True)],
                    cards.submit(
                        t("central.card.save_ticket"), {"action": "case.ticket", "case": number}
                    ),
                )
            )
    if case.status == "escalated" and lead:
        actions.append(
            cards.show_card(
                t("case.button.return"),
                [cards.text_input("note", t("case.return.label"), multiline=True)],
                cards.submit(t("case.return.send"), {"action": "case.return", "case": number}),
            )
        )
    actions.append(_escalate_form(number, t))
    if case.similar_to:
        actions.append(
            cards.submit(
                t("case.button.merge", number=case.similar_to),
                {"action": "case.merge", "case": number, "into": case.similar_to},
            )
        )
    return actions


def works_card(number: int, lang: str) -> dict[str, Any]:
    """'Virker det nu?' with 👍 and 👎, sent to the reporter when their case is solved."""
    question = text("case.works.question", lang, number=number)
    return cards.card(
        [cards.paragraph(question)],
        [
            cards.submit(
                text("case.works.yes", lang),
                {"action": "case.feedback", "case": number, "works": "yes"},
                primary=True,
            ),
            cards.submit(
                text("case.works.no", lang),
                {"action": "case.feedback", "case": number, "works": "no"},
            ),
        ],
        fallback=question,
    )
