"""The checks a JSON body passes before botbuilder reads it as an activity."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

# Fields botbuilder reads without checking their type; a wrong type would crash deep inside.
_LISTS: Final = ("entities", "membersAdded", "membersRemoved", "attachments")
_OBJECTS: Final = ("channelData",)
# Teams ids are printable ASCII; they end up in URLs and headers of calls back to Teams.
_ID: Final = re.compile(r"[\x21-\x7e]{1,512}")
_URL: Final = re.compile(r"https?://[\x21-\x7e]{1,2000}")
_TEXTS: Final = ("text", "locale", "name", "action", "id", "replyToId", "channelId")


def shape_problem(body: object) -> str:
    """What keeps a JSON body from being an activity we can answer, or '' if nothing."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("type"), str) or not body["type"]:
        return "the activity has no type"
    service_url = body.get("serviceUrl")
    if not isinstance(service_url, str) or not service_url.startswith(("https://", "http://")):
        return "the activity has no serviceUrl"
    if not _service_url_ok(service_url):
        return "the serviceUrl is not a web address the bot can answer"
    if not isinstance(body.get("channelId"), str) or not body["channelId"]:
        return "the activity has no channelId"
    for name in ("conversation", "from", "recipient"):
        value = body.get(name)
        if not isinstance(value, dict) or not isinstance(value.get("id"), str) or not value["id"]:
            return f"the activity has no {name}.id"
        if not _is_teams_id(value["id"]):
            return f"{name}.id is not a Teams id"
    for name in ("id", "replyToId"):
        # Both go into the URL of the reply; Teams' own are ASCII.
        value = body.get(name)
        if isinstance(value, str) and value and not _is_teams_id(value):
            return f"{name} is not a Teams id"
    channel_data = body.get("channelData") if isinstance(body.get("channelData"), dict) else {}
    for name in ("team", "channel", "tenant"):
        part = channel_data.get(name)
        # botbuilder's Teams helpers read the id of each one that is there.
        if part is not None and not _has_teams_id(part):
            return f"channelData.{name}.id is not a Teams id"
    for names, kind, label in (
        (_LISTS, list, "a list"),
        (_OBJECTS, dict, "an object"),
        (_TEXTS, str, "text"),
    ):
        for name in names:
            if body.get(name) is not None and not isinstance(body[name], kind):
                return f"{name} must be {label}"
    for name in ("membersAdded", "membersRemoved"):
        for member in body.get(name) or []:
            if not _has_teams_id(member):
                return f"each of {name} must have a Teams id"
    for entity in body.get("entities") or []:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            return "each entity must be an object with a type"
        if entity["type"].lower() == "mention":
            mentioned = entity.get("mentioned")
            if not isinstance(mentioned, dict) or not isinstance(mentioned.get("id"), str):
                return "a mention entity needs mentioned.id"
            if not isinstance(entity.get("text") or "", str):
                return "a mention entity's text must be text"
    return ""


def _is_teams_id(value: object) -> bool:
    """Whether `value` is text shaped like a Teams id."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _has_teams_id(value: object) -> bool:
    """Whether `value` is an object whose `id` is shaped like a Teams id."""
    return isinstance(value, dict) and _is_teams_id(value.get("id"))


def _service_url_ok(url: str) -> bool:
    """An http(s) address with a host and a valid port, in the ASCII that Teams uses."""
    if not _URL.fullmatch(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return bool(parts.hostname)
