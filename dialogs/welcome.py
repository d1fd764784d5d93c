"""The first words in a team channel or a personal chat, when someone installs the bot."""

from __future__ import annotations

from dialogs.conversation import Reply
from dialogs.language.texts import text
from dialogs.org_file import Organisation


def team_welcome(teams_team_name: str, org: Organisation, org_team: str = "") -> Reply:
    """Channels have no single reader, so the welcome speaks the organisation's language."""
    said = text("welcome.team", org.language, team=teams_team_name, org=org.name)
    if org_team:
        said += " " + text("welcome.team_linked", org.language, org_team=org_team)
    return Reply(text=said)


def personal_welcome(first_name: str, lang: str, org: Organisation) -> Reply:
    return Reply(text=text("welcome.personal", lang, name=first_name, org=org.name))
