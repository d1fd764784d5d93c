"""The cards of planning an event: the empty form, and the preview to check before it is made."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.dates import format_period
from dialogs.event_fields import new_id
from dialogs.event_rules import DEFAULT_REMINDERS, KINDS, REMINDER_CHOICES, ROLES
from dialogs.language import cards
from storage.models import Event

SAVE: Final = "event_form"
DISCARD: Final = "event_discard"


def form(turn: Turn, kind: str) -> dict[str, Any]:
    """The planning form, with the kind chosen and the usual reminders ticked."""
    org = turn.services.org
    tomorrow = turn.org.today().toordinal() + 1
    title = turn.t(f"event.form_title.{kind}")
    return cards.card(
        [
            cards.title(title),
            cards.choices(
                "kind",
                [(turn.t(f"event.kind.{k}"), k) for k in KINDS],
                label=turn.t("event.field.kind"),
                value=kind,
            ),
            cards.text_input("title", turn.t("event.field.title"), required=True),
            cards.date_input(
                "date",
                turn.t("event.field.date"),
                minimum=date.fromordinal(tomorrow).isoformat(),
                required=True,
            ),
            cards.time_input("start", turn.t("event.field.start"), "09:00", required=True),
            cards.time_input("end", turn.t("event.field.end"), "12:00", required=True),
            cards.text_input(
                "place", turn.t("event.field.place"), placeholder=turn.t("event.field.place_hint")
            ),
            cards.text_input("description", turn.t("event.field.description"), multiline=True),
            cards.multi_choices(
                "teams", [(t.name, t.key) for t in org.teams], label=turn.t("event.field.teams")
            ),
            cards.multi_choices(
                "roles",
                [(turn.t(f"role.{role}"), role) for role in ROLES],
                label=turn.t("event.field.roles"),
            ),
            cards.text_input(
                "people", turn.t("event.field.people"), placeholder="navn@jobcenter.dk"
            ),
            cards.number_input("capacity", turn.t("event.field.capacity")),
            cards.multi_choices(
                "reminders",
                [(offset_label(m, turn), str(m)) for m in REMINDER_CHOICES],
                label=turn.t("event.field.reminders"),
                values=[str(m) for m in DEFAULT_REMINDERS],
            ),
        ],
        [cards.submit(turn.t("event.create"), {"action": SAVE, "draft": new_id()}, primary=True)],
        fallback=title,
    )


def confirmation(turn: Turn, event: Event, fields: dict[str, str]) -> dict[str, Any]:
    """What the bot understood, to check before anything is saved or sent."""
    title = turn.t(f"event.confirm_title.{event.kind}")
    return cards.card(
        [
            cards.title(title),
            cards.facts(describe(turn, event)),
            cards.paragraph(turn.t("event.confirm_hint"), subtle=True),
        ],
        [
            cards.submit(
                turn.t("event.create"), {"action": SAVE, "draft": new_id(), **fields}, primary=True
            ),
            cards.submit(turn.t("event.discard"), {"action": DISCARD}),
        ],
        fallback=title,
    )


def describe(turn: Turn, event: Event) -> list[tuple[str, str]]:
    """The event's facts as the planner checks them."""
    rows = [
        (turn.t("event.field.title"), event.title),
        (turn.t("event.field.when"), period(event, turn.lang, turn.org.today())),
    ]
    if event.rrule:
        rows.append((turn.t("event.field.repeats"), turn.t(f"event.repeats.{_freq(event)}")))
    if event.place:
        rows.append((turn.t("event.field.place"), event.place))
    rows.append((turn.t("event.field.audience"), audience_text(turn, event)))
    if event.capacity:
        rows.append((turn.t("event.field.places"), str(event.capacity)))
    reminders = [offset_label(m, turn) for m in event.reminders]
    rows.append(
        (
            turn.t("event.field.reminders"),
            turn.t("event.reminders_before", offsets=", ".join(reminders))
            if reminders
            else turn.t("event.no_reminders"),
        )
    )
    return rows


def period(event: Event, lang: str, today: date | None = None) -> str:
    """'tirsdag den 8. december kl. 09.00–12.00': the event's first (or only) time."""
    return format_period(
        datetime.fromisoformat(event.start), datetime.fromisoformat(event.end), lang, today
    )


def _freq(event: Event) -> str:
    return "monthly" if "MONTHLY" in event.rrule else "weekly"


def audience_text(turn: Turn, event: Event) -> str:
    """The teams, roles and people invited, by the names the planner knows them by."""
    org = turn.services.org
    parts = [team.name for key in event.teams if (team := org.team(key)) is not None]
    parts += [turn.t(f"role.{role}") for role in event.roles]
    parts += [turn.services.name_of(email) for email in event.people]
    return ", ".join(parts)


def offset_label(minutes: int, turn: Turn) -> str:
    """'7 dage', '1 time', '15 minutter'."""
    for unit, size in (("day", 24 * 60), ("hour", 60)):
        if minutes % size == 0:
            count = minutes // size
            return turn.t(f"offset.{unit}{'' if count == 1 else 's'}", count=count)
    return turn.t("offset.minutes", count=minutes)
