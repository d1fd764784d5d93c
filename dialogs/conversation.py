"""What a flow sees of one turn: who wrote what, where, in which language, and what it answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from dialogs.dates import format_day, format_moment
from dialogs.declarations import HelpLine
from dialogs.effects.events import Announcement
from dialogs.language.intents import Intent
from dialogs.language.texts import text
from dialogs.notice_desk import NoticeDesk
from dialogs.org_file import Organisation
from dialogs.organisation import OrgService
from storage.board import BoardItems
from storage.models import InstalledTeam, Person
from storage.repositories import Cases, Events, InstalledTeams, People, Tasks

# A card built in the language of whoever receives it.
CardFor = Callable[[str], dict[str, Any]]


@dataclass(frozen=True)
class Reply:
    text: str = ""
    card: dict[str, Any] | None = None
    # E-mails of people written as <at>Name</at> in the text, whom Teams should notify.
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Notice:
    """A message to someone other than the writer, sent 1:1 in the recipient's language."""

    email: str
    key: str
    values: dict[str, Any] = field(default_factory=dict)
    card: CardFor | None = None


@dataclass(frozen=True)
class ThreadPost:
    """A message in a case's thread in the team channel, where its helpers follow it."""

    case: int
    key: str
    values: dict[str, Any] = field(default_factory=dict)
    mentions: tuple[str, ...] = ()  # e-mails written as <at>Name</at> in the text


@dataclass(frozen=True)
class Place:
    """Where a message was written: a channel of a Teams team, or a 1:1 chat (all empty)."""

    team_id: str = ""
    channel_id: str = ""


@dataclass(frozen=True)
class Mentioned:
    """Someone the writer @mentioned, besides the bot."""

    user_id: str
    name: str
    email: str = ""


@dataclass(frozen=True)
class Services:
    """What flows may use beyond the turn itself."""

    organisation: OrgService
    people: People
    teams: InstalledTeams
    cases: Cases
    events: Events
    tasks: Tasks
    notices: NoticeDesk
    board: BoardItems
    public_url: str = ""  # where people's browsers reach the bot, for calendar links

    @property
    def org(self) -> Organisation:
        return self.organisation.org

    def name_of(self, email: str) -> str:
        """A person's display name: the org file's, else the one Teams gave."""
        known = self.org.people.get(email.lower())
        if known is not None:
            return known.name
        seen = self.people.by_email(email)
        return seen.name if seen is not None and seen.name else self.org.person(email).name

    def installed_team(self, team_id: str) -> InstalledTeam | None:
        return self.teams.get(team_id) if team_id else None


class Flows(Protocol):
    """What a flow may ask about all the flows; the dispatcher gives itself to each turn."""

    @property
    def help_lines(self) -> tuple[HelpLine, ...]: ...

    def recognize(self, text: str) -> Intent | None: ...

    def command_words(self, lang: str) -> list[str]: ...


@dataclass
class Turn:
    """One message from a person, and the answers a flow gives to it."""

    person: Person
    lang: str
    services: Services
    text: str = ""
    locale: str = ""
    value: dict[str, Any] | None = None
    in_channel: bool = False
    pending: dict[str, Any] | None = None
    place: Place = field(default_factory=Place)
    mentions: tuple[Mentioned, ...] = ()
    argument: str = (
        ""  # what follows a command's words: "Team Unge" in "hvem er superbruger i Team Unge"
    )
    replies: list[Reply] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    sync_roster: str = ""  # an org team whose Teams roster the bot should read after this turn
    follow_up: str = ""  # a flow to run next, once a question it needed is answered
    follow_up_argument: str = ""  # what that flow gets as its argument
    changed_cases: list[int] = field(default_factory=list)  # whose cards must show the change
    thread_posts: list[ThreadPost] = field(default_factory=list)
    # What happened, for the host to act on after the turn: an event planned, a task given, …
    announcements: list[Announcement] = field(default_factory=list)
    flows: Flows | None = None  # set by the dispatcher before any flow sees the turn

    @property
    def email(self) -> str:
        """Who is writing, as the org file names people; the Teams id when no e-mail is known."""
        return (self.person.email or self.person.user_id).lower()

    @property
    def org(self) -> OrgService:
        return self.services.organisation

    def known_flows(self) -> Flows:
        """All the flows, for a flow that must know what the others understand or offer."""
        if self.flows is None:
            raise RuntimeError("a turn reaches a flow only through the dispatcher")
        return self.flows

    def is_command(self, text: str) -> bool:
        """Whether `text` is one of the flows' commands or phrases rather than free text."""
        return self.known_flows().recognize(text) is not None

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def say(self, key: str, *, mentions: tuple[str, ...] = (), **values: object) -> None:
        self.replies.append(Reply(text=self.t(key, **values), mentions=mentions))

    def write(self, text: str, *, mentions: tuple[str, ...] = ()) -> None:
        """Answer with text the flow put together itself."""
        self.replies.append(Reply(text=text, mentions=mentions))

    def show(self, card: dict[str, Any], summary: str = "") -> None:
        self.replies.append(Reply(text=summary, card=card))

    def notify(self, email: str, key: str, *, card: CardFor | None = None, **values: Any) -> None:
        self.notices.append(Notice(email=email, key=key, values=values, card=card))

    def post_in_thread(
        self, case: int, key: str, *, mentions: tuple[str, ...] = (), **values: Any
    ) -> None:
        self.thread_posts.append(ThreadPost(case, key, values, mentions))

    def case_changed(self, number: int) -> None:
        if number not in self.changed_cases:
            self.changed_cases.append(number)

    def announce(self, change: Announcement) -> None:
        """Tell the host something changed that others must hear of or be reminded about."""
        self.announcements.append(change)

    def leads_only(self, refusal: str) -> bool:
        """Whether the writer is the project lead or the IT lead; anyone else hears who is."""
        if self.org.is_lead(self.email):
            return True
        org = self.services.org
        self.say(
            refusal,
            project_lead=self.services.name_of(org.project_lead),
            it_lead=self.services.name_of(org.it_lead),
        )
        return False

    def ask(self, flow: str, **data: Any) -> None:
        """Remember that the next message from this person answers `flow`."""
        self.pending = {"flow": flow, **data}

    def finish(self) -> None:
        self.pending = None


def render_notice(key: str, values: dict[str, Any], lang: str, today: date) -> str:
    """A notice's text in the recipient's language, with its dates written for them."""
    shown = {k: _shown(v, lang, today) for k, v in values.items()}
    return text(key, lang, **shown)


def _shown(value: Any, lang: str, today: date) -> Any:
    if isinstance(value, datetime):
        return format_moment(value, lang, today)
    return format_day(value, lang, today) if isinstance(value, date) else value
