"""Teams and people as people write them: "Team Unge", "unge", "@Sara Lund", "sara.lund@…"."""

from __future__ import annotations

import re
from typing import Final

from dialogs.conversation import Turn
from dialogs.language.intents import fold, match_name
from dialogs.org_file import Organisation, Team

# Words that lead into a team name: "hvem er superbruger i Team Unge", "tilføj … til Ydelse".
_TEAM_LEAD: Final = re.compile(
    r"(?:^|\s)(?:i|for|til|fra|på|hos|in|of|to|from|on|at)\s+(?P<team>(?:team\s+)?\S.*)$",
    re.IGNORECASE,
)
_MENTION: Final = re.compile(r"<at>.*?</at>", re.IGNORECASE)
_EMAIL: Final = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def team_names(org: Organisation) -> dict[str, tuple[str, ...]]:
    return {team.key: (team.name, team.key, team.teams_team_name) for team in org.teams}


def split_team(argument: str) -> tuple[str, str]:
    """'Sara Lund i Team Unge' → ('Sara Lund', 'Team Unge'); no team named → (argument, '')."""
    cleaned = _MENTION.sub(" ", argument).strip()
    match = _TEAM_LEAD.search(cleaned)
    if match is None:
        return cleaned, ""
    return cleaned[: match.start()].strip(), match.group("team").strip(" ?!.")


def without_lead_word(argument: str) -> str:
    """'i Team Unge' → 'Team Unge'."""
    return re.sub(
        r"^(?:i|for|til|fra|på|hos|in|of|to|from|on|at)\s+",
        "",
        argument.strip(),
        flags=re.IGNORECASE,
    ).strip(" ?!.")


def find_team(turn: Turn, written: str) -> Team | None:
    """The team a person named, or None after telling them which teams they may have meant."""
    org = turn.services.org
    key, suggestions = match_name(written, team_names(org))
    if key is not None:
        return org.team(key)
    names = [team.name for team in org.teams if team.key in suggestions]
    if names:
        turn.say("team.unknown_suggest", team=written, suggestions=_or_list(names, turn.lang))
    else:
        names = [team.name for team in org.teams]
        turn.say("team.unknown_list", team=written, teams=", ".join(names))
    return None


def find_person(turn: Turn, written: str) -> str | None:
    """The e-mail of a person the writer @mentioned or named; None after saying who is unknown."""
    for mentioned in turn.mentions:
        if mentioned.email:
            return mentioned.email
    if turn.mentions:
        turn.say("person.unresolved", name=turn.mentions[0].name)
        return None
    wanted = written.lstrip("@").strip()
    if not wanted:
        turn.say("person.missing")
        return None
    org = turn.services.org
    known = {email: org.person(email).name for email in org.everyone()}
    for person in turn.services.people.all():
        if person.email and person.name:
            known.setdefault(person.email, person.name)
    address = _EMAIL.search(written)
    if address:
        # A mistyped address would get the team's cases; only people the bot knows are taken.
        email = address.group().lower()
        if email in known:
            return email
        key, suggestions = match_name(email, {e: (e,) for e in known})
        closest = [key] if key else suggestions[:1]
        if closest:
            turn.say("person.unknown_address_suggest", address=email, suggestion=closest[0])
        else:
            turn.say("person.unknown_address", address=email)
        return None
    folded = fold(wanted)
    exact = [email for email, name in known.items() if fold(name) == folded]
    if len(exact) == 1:
        return exact[0]
    key, suggestions = match_name(wanted, {email: (name,) for email, name in known.items()})
    if key is not None:
        return key
    if suggestions:
        names = [known[email] for email in suggestions]
        turn.say("person.unknown_suggest", name=wanted, suggestions=_or_list(names, turn.lang))
    else:
        turn.say("person.unknown", name=wanted)
    return None


def names_list(names: list[str], lang: str) -> str:
    """'Bo', 'Bo og Sara', 'Bo, Sara og Ole' (English: 'and')."""
    return _join(names, "og" if lang == "da" else "and")


def _or_list(names: list[str], lang: str) -> str:
    return _join(names, "eller" if lang == "da" else "or")


def _join(names: list[str], word: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {word} {names[-1]}"
