"""'udsend: Fra mandag opdateres Momentum …': compose, preview, send or plan an IT change notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any, Final
from zoneinfo import ZoneInfo

from dialogs import notice_audience, notice_cards
from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine, Phrases
from dialogs.organisation import PROJECT_LEAD
from storage.notices import CANCELLED, DRAFT, SCHEDULED, Notice

BROADCAST: Final = "broadcast"
LISTING: Final = "scheduled_notices"
# A title longer than this is cut at a word; the whole text stays in the body.
TITLE_LENGTH: Final = 80
MAX_TITLE: Final = 200
MAX_BODY: Final = 8000

FLOW: Final = Flow(
    "broadcast_notice",
    phrases=(
        Phrases(
            LISTING,
            da=("planlagte udsendelser", "vis planlagte udsendelser", "planlagte meddelelser"),
            en=("scheduled notices", "show scheduled notices", "planned notices"),
        ),
    ),
    commands=(
        Command(
            BROADCAST,
            da=("udsend", "ny udsendelse", "send besked til alle"),
            en=("broadcast", "new notice"),
            exact=("udsend",),
        ),
    ),
    help=(
        HelpLine(PROJECT_LEAD, "command.broadcast", "command.broadcast.desc"),
        HelpLine(PROJECT_LEAD, "command.scheduled", "command.scheduled.desc"),
    ),
)


def may_broadcast(turn: Turn) -> bool:
    """The project lead and the IT lead send notices; anyone else is told who does."""
    return turn.leads_only("notice.refused")


@FLOW.starts(BROADCAST)
def start(turn: Turn) -> None:
    """'udsend: …' shows the preview of a new notice; 'udsend' alone shows the form."""
    if not may_broadcast(turn):
        return
    written = turn.argument.strip()
    if not written:
        turn.show(notice_cards.form_card(turn.services.org, None, turn.lang))
        return
    title, body = split_title(written)
    book = turn.services.notices.book
    notice = book.notices.save(
        Notice(notice_id=book.notices.next_id(), author=turn.email, title=title, body=body)
    )
    _preview(turn, notice)


def split_title(written: str) -> tuple[str, str]:
    """The first line (or sentence) as the title; the whole text as the body."""
    first = written.strip().splitlines()[0].strip()
    for end in (". ", "! ", "? "):
        if end in first:
            first = first.split(end, 1)[0] + end.strip()
            break
    if len(first) > TITLE_LENGTH:
        first = first[:TITLE_LENGTH].rsplit(" ", 1)[0] + " …"
    return first, written.strip()


@FLOW.on_card("notice_form")
def form(turn: Turn) -> bool:
    """'Ret' on the preview: the form again, filled in."""
    notice = _draft(turn)
    if notice is None:
        return False
    if may_broadcast(turn):
        turn.show(notice_cards.form_card(turn.services.org, notice, turn.lang))
    return True


@FLOW.on_card("notice_preview")
def preview(turn: Turn) -> bool:
    """The form was sent: check it, keep it as a draft and show what will go out."""
    value = turn.value or {}
    if not may_broadcast(turn):
        return True
    book = turn.services.notices.book
    notice_id = str(value.get("notice") or "")
    stored = book.notices.get(notice_id) if notice_id else None
    if notice_id and (stored is None or stored.state != DRAFT):
        return False
    parsed = _read_form(turn, value)
    if parsed is None:
        return True
    notice = replace(
        stored or Notice(notice_id=book.notices.next_id(), author=turn.email, title="", body=""),
        **parsed,
    )
    _preview(turn, book.notices.save(notice))
    return True


@FLOW.on_card("notice_send")
def send(turn: Turn) -> bool:
    """'Send' on the preview: out now, or planned for its time."""
    notice = _notice(turn)
    if notice is None:
        return False
    if not may_broadcast(turn):
        return True
    if notice.state != DRAFT:
        turn.say("notice.already", title=notice.title)
        return True
    notice_queue = turn.services.notices.notice_queue
    if notice.send_at:
        if datetime.fromisoformat(notice.send_at) <= turn.org.now():
            turn.say("compose.past")
            return True
        notice_queue.schedule(notice.notice_id)
        when = notice_cards.when_text(turn.services.org, notice, turn.lang, turn.org.now())
        turn.say("notice.planned", title=notice.title, when=when)
        return True
    count = notice_queue.send_now(notice.notice_id)
    turn.say("notice.sending", title=notice.title, count=count)
    return True


@FLOW.on_card("notice_cancel")
def cancel(turn: Turn) -> bool:
    """'Annullér' on the form, the preview or the list of planned notices."""
    value = turn.value or {}
    if not value.get("notice"):
        turn.say("notice.cancelled_form")  # a form never sent: nothing was kept
        return True
    notice = _notice(turn)
    if notice is None:
        return False
    if not may_broadcast(turn):
        return True
    if notice.state not in (DRAFT, SCHEDULED):
        turn.say("notice.not_cancellable", title=notice.title)
        return True
    desk = turn.services.notices
    if notice.state == SCHEDULED:
        desk.notice_queue.unschedule(notice.notice_id)
    desk.book.notices.save(replace(notice, state=CANCELLED))
    turn.say("notice.cancelled", title=notice.title)
    return True


@FLOW.starts(LISTING)
def scheduled(turn: Turn) -> None:
    """'planlagte udsendelser': what is planned, each with a button to cancel it."""
    if not may_broadcast(turn):
        return
    planned = sorted(
        (n for n in turn.services.notices.book.notices.all() if n.state == SCHEDULED),
        key=lambda n: n.send_at,
    )
    if not planned:
        turn.say("scheduled.none")
        return
    turn.show(
        notice_cards.scheduled_card(turn.services.org, planned, turn.lang, turn.org.now()),
        turn.t("scheduled.title"),
    )


def _preview(turn: Turn, notice: Notice) -> None:
    card = notice_cards.preview_card(turn.services.org, notice, turn.lang, turn.org.now())
    turn.show(card, turn.t("preview.title"))


def _notice(turn: Turn) -> Notice | None:
    value = turn.value or {}
    return turn.services.notices.book.notices.get(str(value.get("notice") or ""))


def _draft(turn: Turn) -> Notice | None:
    notice = _notice(turn)
    return notice if notice is not None and notice.state == DRAFT else None


def _read_form(turn: Turn, value: dict[str, Any]) -> dict[str, Any] | None:
    """The form's fields as a notice's, or None after telling what is wrong."""
    org = turn.services.org
    title = str(value.get("title") or "").strip()
    body = str(value.get("body") or "").strip()
    if not title or not body:
        turn.say("compose.missing_text")
        return None
    if len(title) > MAX_TITLE or len(body) > MAX_BODY:
        turn.say("compose.too_long")
        return None
    audience = str(value.get("audience") or notice_audience.EVERYONE)
    teams = _listed(value.get("teams"))
    roles = _listed(value.get("roles"))
    known_teams = {team.key for team in org.teams}
    if (
        audience not in notice_audience.AUDIENCES
        or not set(teams) <= known_teams
        or not set(roles) <= set(notice_audience.ROLE_KEYS)
    ):
        turn.say("compose.bad_choice")
        return None
    if audience == notice_audience.TEAMS and not teams:
        turn.say("compose.no_teams")
        return None
    if audience == notice_audience.ROLES and not roles:
        turn.say("compose.no_roles")
        return None
    to_channels = _on(value.get("to_channels"))
    to_people = _on(value.get("to_people"))
    if audience == notice_audience.ROLES:
        to_channels = False  # a role is not a team: there is no channel to post in
    if not (to_channels or to_people):
        turn.say("compose.no_way")
        return None
    try:
        remind = int(str(value.get("remind") or "0").strip() or 0)
    except ValueError:
        remind = -1
    if not 0 <= remind <= notice_cards.MAX_REMIND_DAYS:
        turn.say("compose.bad_remind", most=notice_cards.MAX_REMIND_DAYS)
        return None
    send_at = _when(turn, str(value.get("date") or ""), str(value.get("time") or ""))
    if send_at is None:
        return None
    return {
        "title": title,
        "body": body,
        "audience": audience,
        "teams": tuple(teams) if audience == notice_audience.TEAMS else (),
        "roles": tuple(roles) if audience == notice_audience.ROLES else (),
        "to_channels": to_channels,
        "to_people": to_people,
        "ack_required": _on(value.get("ack")),
        "remind_after": remind if _on(value.get("ack")) else 0,
        "send_at": send_at,
    }


def _when(turn: Turn, day: str, hour: str) -> str | None:
    """'' for at once, the UTC time of a local date and time, or None after saying why not."""
    day, hour = day.strip(), hour.strip()
    if not day and not hour:
        return ""
    try:
        chosen = date.fromisoformat(day) if day else turn.org.today()
        at = time.fromisoformat(hour) if hour else time(9, 0)
    except ValueError:
        turn.say("compose.bad_time")
        return None
    local = datetime.combine(chosen, at, tzinfo=ZoneInfo(turn.services.org.timezone))
    if local <= turn.org.now():
        turn.say("compose.past")
        return None
    return local.astimezone(UTC).isoformat()


def _listed(raw: object) -> list[str]:
    if isinstance(raw, list):
        return [str(item).strip() for item in raw if str(item).strip()]
    return [part.strip() for part in str(raw or "").split(",") if part.strip()]


def _on(raw: object) -> bool:
    return str(raw).strip().lower() == "true"
