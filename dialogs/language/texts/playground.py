"""Texts of the browser playground (local mode)."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # the browser playground (local mode)
    "playground.title": (
        "IT-hjælp – prøv botten i browseren",
        "IT-hjælp – try the bot in the browser",
    ),
    "playground.note": (
        "Lokal prøve: intet her sendes til Microsoft Teams.",
        "Local trial: nothing here is sent to Microsoft Teams.",
    ),
    "playground.people": ("Hvem er du?", "Who are you?"),
    "playground.role.employee": ("Medarbejder", "Employee"),
    "playground.role.superuser": ("Superbruger", "Superuser"),
    "playground.role.leader": ("Teamleder", "Team leader"),
    "playground.role.project_lead": ("IT-projektleder", "IT project lead"),
    "playground.role.it_lead": ("IT-vidensansvarlig", "IT lead"),
    "playground.chat": ("Chat", "Chat"),
    "playground.teams": ("Teams", "Teams"),
    "playground.compose.chat": ("Skriv en besked til IT-hjælp", "Type a message to IT-hjælp"),
    "playground.compose.post": (
        "Start et nyt opslag – IT-hjælp bliver nævnt",
        "Start a new post – IT-hjælp is mentioned",
    ),
    "playground.compose.reply": ("Svar", "Reply"),
    "playground.send": ("Send", "Send"),
    "playground.empty.chat": (
        "Ingen beskeder endnu. Skriv fx »hjælp« eller »printeren siger papirstop«.",
        "No messages yet. Try “help” or “the printer has a paper jam”.",
    ),
    "playground.empty.channel": ("Ingen opslag endnu.", "No posts yet."),
    "playground.switch_language": ("Switch to English", "Skift til dansk"),
    "playground.offline": (
        "Forbindelsen til botten er afbrudt – prøver igen …",
        "Lost the connection to the bot – trying again …",
    ),
    "playground.failed": ("Det gik ikke: {reason}", "That did not work: {reason}"),
    "playground.updated": ("Redigeret", "Edited"),
    "playground.deleted": ("Denne besked er slettet.", "This message was deleted."),
}
