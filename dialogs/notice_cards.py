"""The cards of an IT change notice: the notice itself, the author's form, preview and report."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from dialogs import notice_audience
from dialogs.dates import format_day
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.naming import names_list
from dialogs.org_file import Organisation
from storage.notices import RETRACTED, Notice

MAX_REMIND_DAYS = 20


def notice_card(notice: Notice, lang: str, *, reminder: bool = False) -> dict[str, Any]:
    """The notice as its recipients see it."""
    body = [
        cards.paragraph(text("notice.kicker", lang), subtle=True),
        cards.title(notice.title),
        cards.paragraph(notice.body),
    ]
    if notice.version > 1:
        body.append(cards.paragraph(text("notice.corrected", lang), subtle=True))
    if reminder:
        body.insert(0, cards.paragraph(text("notice.reminder", lang)))
    actions = []
    if notice.ack_required:
        body.append(cards.paragraph(text("notice.ack_asked", lang), subtle=True))
        actions.append(
            cards.submit(
                text("notice.ack", lang),
                {"action": "notice_ack", "notice": notice.notice_id},
                primary=True,
            )
        )
    return cards.card(body, actions, fallback=notice.title)


def report_line(notice: Notice, counts: dict[str, int], lang: str) -> str:
    """'Sendt til 143 af 145 · 2 fejlede · 97 har kvitteret'."""
    parts = [text("report.sent", lang, sent=counts["sent"], total=counts["total"])]
    parts.append(text("report.failed", lang, count=counts["failed"]))
    if counts["not_installed"]:
        parts.append(text("report.not_installed", lang, count=counts["not_installed"]))
    if counts["waiting"]:
        parts.append(text("report.waiting", lang, count=counts["waiting"]))
    if notice.ack_required:
        parts.append(text("report.acked", lang, count=counts["acked"]))
    return " · ".join(parts)


def report_card(notice: Notice, counts: dict[str, int], lang: str) -> dict[str, Any]:
    """The author's live report, redrawn in place while the notice goes out."""
    body = [
        cards.title(text("report.title", lang, title=notice.title)),
        cards.paragraph(report_line(notice, counts, lang)),
    ]
    data = {"notice": notice.notice_id}
    if notice.state == RETRACTED:
        body.append(
            cards.paragraph(text("report.retracted", lang, count=counts["retracted"]), subtle=True)
        )
        return cards.card(body, fallback=notice.title)
    if notice.version > 1:
        body.append(cards.paragraph(text("report.corrected", lang), subtle=True))
    actions = [
        cards.submit(text("report.retry", lang), {"action": "notice_retry", **data}),
        cards.submit(text("report.missing", lang), {"action": "notice_missing", **data}),
        cards.submit(text("report.correct", lang), {"action": "notice_correct_form", **data}),
        cards.submit(text("report.retract", lang), {"action": "notice_retract", **data}),
    ]
    return cards.card(body, actions, fallback=notice.title)


def form_card(org: Organisation, notice: Notice | None, lang: str) -> dict[str, Any]:
    """The compose form, filled in with a draft when there is one."""
    draft = notice or Notice(notice_id="", author="", title="", body="")
    when = datetime.fromisoformat(draft.send_at) if draft.send_at else None
    local = when.astimezone(_zone(org)) if when else None
    body = [
        cards.title(text("compose.title", lang)),
        cards.text_input("title", text("compose.field_title", lang), draft.title, required=True),
        cards.text_input(
            "body", text("compose.field_body", lang), draft.body, multiline=True, required=True
        ),
        cards.choices(
            "audience",
            [(text(f"audience.{key}", lang), key) for key in notice_audience.AUDIENCES],
            label=text("compose.field_audience", lang),
            value=draft.audience,
        ),
        cards.multi_choices(
            "teams",
            [(team.name, team.key) for team in org.teams],
            label=text("compose.field_teams", lang),
            values=draft.teams,
        ),
        cards.multi_choices(
            "roles",
            [(text(f"role.{key}", lang), key) for key in notice_audience.ROLE_KEYS],
            label=text("compose.field_roles", lang),
            values=draft.roles,
        ),
        cards.toggle("to_channels", text("compose.field_channels", lang), draft.to_channels),
        cards.toggle("to_people", text("compose.field_people", lang), draft.to_people),
        cards.toggle("ack", text("compose.field_ack", lang), draft.ack_required),
        cards.number_input(
            "remind",
            text("compose.field_remind", lang),
            draft.remind_after,
            low=0,
            high=MAX_REMIND_DAYS,
        ),
        cards.date_input(
            "date", text("compose.field_date", lang), local.date().isoformat() if local else ""
        ),
        cards.time_input(
            "time", text("compose.field_time", lang), local.strftime("%H:%M") if local else ""
        ),
    ]
    actions = [
        cards.submit(
            text("compose.preview", lang),
            {"action": "notice_preview", "notice": draft.notice_id},
            primary=True,
        ),
        cards.submit(
            text("compose.cancel", lang), {"action": "notice_cancel", "notice": draft.notice_id}
        ),
    ]
    return cards.card(body, actions, fallback=text("compose.title", lang))


def correction_card(notice: Notice, lang: str) -> dict[str, Any]:
    """Title and text of a sent notice, to correct everywhere it went."""
    body = [
        cards.title(text("correct.title", lang)),
        cards.text_input("title", text("compose.field_title", lang), notice.title, required=True),
        cards.text_input(
            "body", text("compose.field_body", lang), notice.body, multiline=True, required=True
        ),
    ]
    actions = [
        cards.submit(
            text("correct.save", lang),
            {"action": "notice_correct", "notice": notice.notice_id},
            primary=True,
        )
    ]
    return cards.card(body, actions, fallback=text("correct.title", lang))


def audience_text(org: Organisation, notice: Notice, lang: str) -> str:
    if notice.audience == notice_audience.TEAMS:
        names = [team.name for team in notice_audience.teams(org, notice)]
        return names_list(names, lang)
    if notice.audience == notice_audience.ROLES:
        return names_list([text(f"role.{key}", lang) for key in notice.roles], lang)
    return text("audience.everyone", lang)


def when_text(org: Organisation, notice: Notice, lang: str, now: datetime) -> str:
    if not notice.send_at:
        return text("preview.now", lang)
    local = datetime.fromisoformat(notice.send_at).astimezone(_zone(org))
    return text(
        "preview.at",
        lang,
        day=format_day(local.date(), lang, now.date()),
        time=local.strftime("%H.%M" if lang == "da" else "%H:%M"),
    )


def preview_card(org: Organisation, notice: Notice, lang: str, now: datetime) -> dict[str, Any]:
    """The notice as it will look, what it goes to, and Send, Ret, Annullér."""
    how = [
        text("preview.as_channel", lang) if notice.to_channels else "",
        text("preview.as_personal", lang) if notice.to_people else "",
    ]
    ack = text("preview.no", lang)
    if notice.ack_required:
        ack = text("preview.yes", lang)
        if notice.remind_after:
            ack = text("preview.ack_remind", lang, days=notice.remind_after)
    facts = [
        (text("preview.audience", lang), audience_text(org, notice, lang)),
        (text("preview.how", lang), names_list([h for h in how if h], lang)),
        (text("preview.ack", lang), ack),
        (text("preview.when", lang), when_text(org, notice, lang, now)),
    ]
    shown = notice_card(notice, lang)
    body = [
        cards.title(text("preview.title", lang)),
        cards.facts(facts),
        cards.container(shown["body"], separator=True),
    ]
    data = {"notice": notice.notice_id}
    actions = [
        cards.submit(text("preview.send", lang), {"action": "notice_send", **data}, primary=True),
        cards.submit(text("preview.edit", lang), {"action": "notice_form", **data}),
        cards.submit(text("compose.cancel", lang), {"action": "notice_cancel", **data}),
    ]
    return cards.card(body, actions, fallback=notice.title)


def scheduled_card(
    org: Organisation, notices: list[Notice], lang: str, now: datetime
) -> dict[str, Any]:
    """Planned notices, each with when it goes out, and a button to cancel each."""
    body = [cards.title(text("scheduled.title", lang))]
    actions = []
    for notice in notices:
        body.append(
            cards.container(
                [
                    cards.heading(notice.title),
                    cards.facts(
                        [
                            (text("preview.when", lang), when_text(org, notice, lang, now)),
                            (text("preview.audience", lang), audience_text(org, notice, lang)),
                        ]
                    ),
                ],
                separator=True,
            )
        )
        actions.append(
            cards.submit(
                text("scheduled.cancel", lang, title=notice.title),
                {"action": "notice_cancel", "notice": notice.notice_id},
            )
        )
    return cards.card(body, actions, fallback=text("scheduled.title", lang))


def _zone(org: Organisation) -> ZoneInfo:
    return ZoneInfo(org.timezone)
