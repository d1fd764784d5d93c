"""Teams in memory around the bot's real core: people, chats, channels and threads, no HTTP."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.runtime import open_organisation
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs import follow_case, link_team, welcome
from dialogs.case_card import case_card
from dialogs.conversation import Mentioned, Notice, Place, Reply, Services, Turn, render_notice
from dialogs.dispatch import Dispatcher
from dialogs.effects import case_cards
from dialogs.effects.people import chat_is_opened_for, language_for, person_of, reads_in
from dialogs.flows import dispatcher
from dialogs.language.texts import CATALOGUE, language_of, text
from dialogs.notice_desk import NoticeDesk
from dialogs.org_file import Organisation, load_org
from storage.board import BoardItems
from storage.db import Database
from storage.models import Case, CasePost, InstalledTeam, Person
from storage.notices import NoticeBook, open_notices
from storage.repositories import Cases, Events, InstalledTeams, People, Tasks
from tests.cards import assert_valid_card
from tests.chat import card_texts
from tests.conftest import FakeClock

TENANT = "in-memory-tenant"
SERVICE_URL = "https://teams.in-memory.example/"
GENERAL = "General"
IT_CHANNEL = "IT-hjælp"


@dataclass
class Message:
    """One message as people see it in Teams; a case card's message changes when it is updated."""

    message_id: str
    conversation: str  # "a:<e-mail>" for a 1:1 chat, else a channel or a thread in it
    text: str = ""
    card: dict[str, Any] | None = None
    # E-mails whose <at>Name</at> tag notifies them: the bot knew their Teams id.
    mentions: tuple[str, ...] = ()
    key: str = ""  # the text's key, for notices and thread posts, whose values are known
    case: int = 0  # the case whose card this is
    to: str = ""  # the recipient of a 1:1 message

    @property
    def seen(self) -> str:
        """Everything a person reads in the message: its text and its card's text."""
        parts = [self.text] if self.text else []
        if self.card is not None:
            parts.extend(card_texts(self.card))
        return "\n".join(parts)

    @property
    def buttons(self) -> dict[str, dict[str, Any]]:
        """The card's buttons by their title."""
        if self.card is None:
            return {}
        return {a["title"]: a for a in self.card.get("actions", []) if "title" in a}

    @property
    def inputs(self) -> dict[str, str]:
        """The card's inputs, with the values they show before anyone changes them."""
        found: dict[str, str] = {}

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if str(node.get("type", "")).startswith("Input.") and "id" in node:
                    found[node["id"]] = str(node.get("value", ""))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(self.card)
        return found

    @property
    def in_channel(self) -> bool:
        return not self.conversation.startswith("a:")


@dataclass
class Said:
    """What the bot did with one message or button press: the turn and what people got."""

    turn: Turn
    replies: list[Message]
    elsewhere: list[Message]  # notices, case cards and thread posts, for anyone

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [r.card for r in self.replies if r.card is not None]


@dataclass(frozen=True)
class TeamsTeam:
    """A Teams team as the directory has it: the org team it was made for, its roster."""

    key: str
    name: str
    team_id: str
    roster: tuple[str, ...]
    channels: dict[str, str] = field(default_factory=dict)  # name -> channel id

    def channel_id(self, name: str | None = None) -> str:
        return self.channels[name or GENERAL]


class Timers:
    """The core's `Timers`: jobs kept by id, run when the test moves the clock past them."""

    def __init__(self) -> None:
        self.jobs: dict[str, tuple[datetime, str, dict[str, Any]]] = {}

    def schedule_reminder(self, job_id: str, at: datetime, kind: str, **data: Any) -> None:
        self.jobs[job_id] = (at, kind, data)

    def cancel(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)

    def job_ids(self) -> list[str]:
        return sorted(self.jobs)

    def due(self, now: datetime) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Take out the jobs due by `now`, earliest first."""
        for job_id, (_at, kind, data) in sorted(self.jobs.items(), key=lambda j: j[1][0]):
            if self.jobs[job_id][0] <= now:
                del self.jobs[job_id]
                yield job_id, kind, data


class Queue:
    """The notice queue flows see; broadcasting is the host's, so it only records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def _record(self, what: str, notice_id: str) -> int:
        self.calls.append((what, notice_id))
        return 0

    def send_now(self, notice_id: str) -> int:
        return self._record("send_now", notice_id)

    def schedule(self, notice_id: str) -> None:
        self._record("schedule", notice_id)

    def unschedule(self, notice_id: str) -> None:
        self._record("unschedule", notice_id)

    def retry_failed(self, notice_id: str) -> int:
        return self._record("retry_failed", notice_id)

    def correct(self, notice_id: str) -> int:
        return self._record("correct", notice_id)

    def retract(self, notice_id: str) -> int:
        return self._record("retract", notice_id)

    def refresh_report(self, notice_id: str) -> None:
        self._record("refresh_report", notice_id)


class InMemoryTeams:
    """The real core over real storage, with Teams in memory instead of HTTP and an emulator."""

    def __init__(
        self,
        data_dir: Path,
        clock: FakeClock,
        *,
        org: Organisation | None = None,
        flows: Dispatcher | None = None,
    ) -> None:
        self.clock = clock
        self.flows = flows or dispatcher()
        org = org or load_org(DEMO_ORG_FILE)
        self.db = Database.open(data_dir)
        self._notices_db = open_notices(data_dir)
        self.queue = Queue()
        self.services = Services(
            organisation=open_organisation(
                Settings(data_dir=data_dir, org_file=DEMO_ORG_FILE), self.db, org, clock
            ),
            people=People(self.db),
            teams=InstalledTeams(self.db),
            cases=Cases(self.db),
            events=Events(self.db),
            tasks=Tasks(self.db),
            notices=NoticeDesk(book=NoticeBook.on(self._notices_db), notice_queue=self.queue),
            board=BoardItems(self.db),
        )
        self.timers = Timers()
        # Who Teams knows: everyone the org file names, with the locale of their Teams.
        self.directory: dict[str, tuple[str, str]] = {
            email: (org.person(email).name, org.person(email).locale) for email in org.everyone()
        }
        self.teams_teams = {
            team.key: TeamsTeam(
                key=team.key,
                name=team.teams_team_name or team.name,
                team_id=f"19:{team.key}@thread.tacv2",
                roster=team.everyone,
                channels={
                    GENERAL: f"19:{team.key}@thread.tacv2",
                    IT_CHANNEL: f"19:{team.key}-it@thread.tacv2",
                },
            )
            for team in org.teams
        }
        self.messages: list[Message] = []
        self.chats: set[str] = set()  # e-mails with a 1:1 chat with the bot
        self.pending: dict[tuple[str, str], dict[str, Any]] = {}
        self.undelivered: list[tuple[str, str]] = []  # (e-mail, what) nobody could be sent
        self.announcements: list[Any] = []
        self._ids = iter(range(1, 1_000_000))

    def close(self) -> None:
        self.db.close()
        self._notices_db.close()

    # -- who and where ---------------------------------------------------------------------

    def add_user(self, email: str, name: str, locale: str = "da-DK") -> None:
        """Someone Teams knows whom the org file does not name."""
        self.directory[email.lower()] = (name, locale)

    def user_id(self, email: str) -> str:
        return f"29:{email.lower()}"

    def teams_team(self, key_or_team_id: str) -> TeamsTeam:
        found = self.teams_teams.get(key_or_team_id)
        if found is not None:
            return found
        return next(t for t in self.teams_teams.values() if t.team_id == key_or_team_id)

    def install_in(self, team: str, channel: str | None = None) -> str:
        """Add the bot to a team as Teams would: linked by name, roster read, welcome posted."""
        found = self.teams_team(team)
        channel_id = found.channel_id(channel)
        teams = self.services.teams
        teams.upsert(
            InstalledTeam(
                team_id=found.team_id,
                name=found.name,
                tenant_id=TENANT,
                service_url=SERVICE_URL,
                installed=True,
            )
        )
        organisation = self.services.organisation
        org_team = link_team.link_by_name(organisation, found.name, found.team_id, channel_id)
        if org_team is not None:
            self._read_roster(found.team_id, org_team.key)
            reply = welcome.team_welcome(found.name, self.services.org, org_team.name)
        else:
            reply = link_team.question(self.services, self.services.org.language, found.name)
        self._post(channel_id, self._reply_message(reply, channel_id, self.services.org.language))
        teams.mark_welcomed(found.team_id, channel_id)
        return channel_id

    def _read_roster(self, team_id: str, org_team: str) -> None:
        """What the host learns from a team's roster: who is who, and who works in `org_team`."""
        organisation = self.services.organisation
        team = self.services.org.team(org_team)
        if team is None or len(organisation.linked_to(team_id)) > 1:
            return
        people = self.services.people
        with people.batch():
            emails = [self._remember(email).email for email in self.teams_team(team_id).roster]
            organisation.add_roster(emails, team)

    def _remember(self, email: str, locale: str = "") -> Person:
        """The person as the bot keeps them once Teams named them: a writer's locale, if given."""
        name, _locale = self.directory[email.lower()]
        return self.services.people.upsert(
            Person(
                user_id=self.user_id(email),
                name=name,
                email=email.lower(),
                # Rosters and mentions carry no locale; only a message's own activity does.
                locale=locale,
                tenant_id=TENANT,
            )
        )

    # -- turns -----------------------------------------------------------------------------

    def run(
        self,
        email: str,
        *,
        text: str = "",
        value: dict[str, Any] | None = None,
        conversation: str,
        place: Place | None = None,
        locale: str | None = None,
        mentions: tuple[str, ...] = (),
    ) -> Said:
        """One message or button press, answered and delivered as the host would."""
        place = place or Place()
        # Teams sends the writer's own locale unless the test says otherwise.
        locale = locale or self.directory[email.lower()][1]
        person = self._remember(email, locale)
        if not place.team_id:
            self.chats.add(email.lower())
        key = (email.lower(), conversation)
        pending = self.pending.get(key)
        turn = Turn(
            person=person,
            lang=language_of(locale, person.language),
            services=self.services,
            text=text.strip(),
            locale=locale,
            in_channel=bool(place.team_id),
            pending=dict(pending) if pending else None,
            place=place,
            mentions=tuple(self._mentioned(m) for m in mentions),
        )
        if value is not None:
            self.flows.on_card(turn, value)
        else:
            self.flows.on_text(turn)
        if turn.pending is None:
            self.pending.pop(key, None)
        else:
            self.pending[key] = turn.pending
        mark = len(self.messages)
        replies = [
            self._post(conversation, self._reply_message(r, conversation, turn.lang))
            for r in turn.replies
        ]
        if turn.sync_roster:
            self._read_roster(turn.place.team_id, turn.sync_roster)
        self.deliver(turn)
        return Said(turn, replies, self.messages[mark + len(replies) :])

    def _mentioned(self, email: str) -> Mentioned:
        person = self._remember(email) if email.lower() in self.directory else None
        name = person.name if person else email
        return Mentioned(user_id=self.user_id(email), name=name, email=email.lower())

    def deliver(self, turn: Turn) -> None:
        """What a turn left for others, in the host's order: notices, case cards, thread posts."""
        today = self.services.organisation.today()
        for notice in turn.notices:
            self._send_1to1(
                notice.email, functools.partial(_notice_reply, notice, today), notice.key
            )
        for number in turn.changed_cases:
            self.publish(number)
        for post in turn.thread_posts:
            case = self.services.cases.get(post.case)
            root = next((p for p in case.posts if not p.to), None) if case else None
            if root is None:
                self.undelivered.append(("thread", post.key))
                continue
            lang = self.services.org.language
            words, notified = self._tagged(text(post.key, lang, **post.values), post.mentions)
            self._post(
                root.conversation_id,
                Message(
                    self._next_id(),
                    root.conversation_id,
                    words,
                    mentions=notified,
                    key=post.key,
                    case=post.case,
                ),
            )
        self.announcements.extend(turn.announcements)

    def publish(self, number: int) -> None:
        """The case's card where its helpers work: drawn anew where it is, posted where missing."""
        cases = self.services.cases
        case = cases.get(number)
        if case is None:
            return
        posts = list(case.posts)
        for post in posts:
            lang = language_for(self.services.people, post.to, self.services.org.language)
            self._redraw(post.activity_id, self._card_message(case, lang, post.to, post))
        new = self._post_missing(case, posts)
        if new:
            current = cases.get(number) or case
            cases.save(replace(current, posts=(*current.posts, *new)))
        current = cases.get(number) or case
        case_cards.plan_close(self.system_turn(), current, self.timers)

    def _post_missing(self, case: Case, posts: list[CasePost]) -> list[CasePost]:
        new: list[CasePost] = []
        covered: set[str] = set()
        channel = self._channel_of(case.team) if case_cards.in_channel(case) else None
        if channel is not None:
            covered = case_cards.seen_in_channel(case, self.services)
            if not any(not p.to for p in posts):
                message = self._card_message(case, self.services.org.language, "")
                thread = f"{channel};messageid={message.message_id}"
                message.conversation = thread
                self._post(thread, message)
                new.append(CasePost(thread, message.message_id, {"conversation": {"id": thread}}))
        for helper in case_cards.direct(case, (p.to for p in posts if p.to), covered):
            lang = self._reachable(helper)
            if lang is None:
                self.undelivered.append((helper, f"case {case.number}"))
                continue
            chat = f"a:{helper.lower()}"
            message = self._card_message(case, lang, helper)
            message.conversation = chat
            self._post(chat, message)
            reference = {"conversation": {"id": chat}}
            new.append(CasePost(chat, message.message_id, reference, to=helper))
        return new

    def _channel_of(self, team_key: str) -> str | None:
        """The team's case channel, if the bot is installed in the team it is linked to."""
        team = self.services.org.team(team_key)
        link = self.services.organisation.link_of(team) if team else None
        installed = self.services.installed_team(link.team_id) if link else None
        if link is None or installed is None or not installed.installed:
            return None
        return link.channel_id or link.team_id

    def _card_message(
        self, case: Case, lang: str, to: str, post: CasePost | None = None
    ) -> Message:
        now = self.services.organisation.now()
        words, mentions = case_cards.headline(case, self.services, lang, to)
        words, notified = self._tagged(words, mentions)
        return Message(
            post.activity_id if post else self._next_id(),
            post.conversation_id if post else "",
            words,
            case_card(case, self.services, lang, now, to),
            mentions=notified,
            case=case.number,
            to=to,
        )

    def _send_1to1(self, email: str, build: Callable[[str], Reply], key: str) -> None:
        lang = self._reachable(email)
        if lang is None:
            self.undelivered.append((email, key))
            return
        chat = f"a:{email.lower()}"
        reply = build(lang)
        message = self._reply_message(reply, chat, lang)
        self._post(chat, replace(message, key=key, to=email.lower()))

    def _reachable(self, email: str) -> str | None:
        """The person's language if the bot can write to them 1:1, as the host's outbox can."""
        person = person_of(self.services.people, email)
        if person is None:
            return None
        # Teams opens a chat with the leads for the bot, if it has met them; others must write.
        has_chat = email.lower() in self.chats or chat_is_opened_for(email, self.services.org)
        return reads_in(person) if has_chat else None

    def system_turn(self) -> Turn:
        """A turn for what the bot does by itself, such as closing a case nobody answered."""
        return Turn(
            person=Person(user_id=""), lang=self.services.org.language, services=self.services
        )

    def wait(self, **delta: float) -> list[str]:
        """Let time pass: the clock moves on, and solved cases due to close close."""
        self.clock.advance(**delta)
        ran = []
        for job_id, kind, data in list(self.timers.due(self.clock())):
            if kind == case_cards.CLOSE_CASE:
                turn = self.system_turn()
                follow_case.close_if_due(turn, int(data["case"]))
                self.deliver(turn)
            ran.append(job_id)
        return ran

    # -- messages --------------------------------------------------------------------------

    def _next_id(self) -> str:
        return str(next(self._ids))

    def _reply_message(self, reply: Reply, conversation: str, lang: str) -> Message:
        # Replies may tag anyone: Teams finds a person the bot has not met yet by e-mail.
        for email in reply.mentions:
            if email.lower() in self.directory:
                self._remember(email)
        words, notified = self._tagged(reply.text, reply.mentions)
        return Message(self._next_id(), conversation, words, reply.card, mentions=notified)

    def _tagged(self, words: str, emails: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """Tags of people the bot knows notify them; other tags are written as plain names."""
        notified = []
        for email in dict.fromkeys(emails):
            name = self.services.name_of(email)
            if person_of(self.services.people, email) is None:
                words = words.replace(f"<at>{name}</at>", name)
            else:
                notified.append(email.lower())
        return words, tuple(notified)

    def _post(self, conversation: str, message: Message) -> Message:
        # Every card any in-process test produces must be one Teams can render.
        if message.card is not None:
            _assert_valid(message.card)
        message.conversation = conversation
        self.messages.append(message)
        return message

    def _redraw(self, message_id: str, drawn: Message) -> None:
        if drawn.card is not None:
            _assert_valid(drawn.card)
        for message in self.messages:
            if message.message_id == message_id:
                message.text, message.card = drawn.text, drawn.card
                message.mentions = drawn.mentions

    def seen_by(self, email: str) -> list[Message]:
        """Every message the person can see: their 1:1 chat, and their teams' channels."""
        email = email.lower()
        channels = {
            channel
            for team in self.teams_teams.values()
            if email in team.roster and self.services.installed_team(team.team_id)
            for channel in team.channels.values()
        }
        return [
            m
            for m in self.messages
            if m.conversation == f"a:{email}" or m.conversation.split(";")[0] in channels
        ]

    def channel(self, team: str, name: str | None = None) -> list[Message]:
        """Every message in a team's channel and its threads, oldest first."""
        channel_id = self.teams_team(team).channel_id(name)
        return [m for m in self.messages if m.conversation.split(";")[0] == channel_id]

    def case_posts(self, number: int) -> list[Message]:
        """The case's card wherever it is shown, and the posts in its thread."""
        case = self.services.cases.get(number)
        threads = {p.conversation_id for p in case.posts if not p.to} if case else set()
        return [m for m in self.messages if m.case == number or m.conversation in threads]


def _notice_reply(notice: Notice, today: date, lang: str) -> Reply:
    """A notice as its recipient reads it, as the host's outbox renders it."""
    return Reply(
        text=render_notice(notice.key, notice.values, lang, today),
        card=notice.card(lang) if notice.card else None,
    )


def _assert_valid(card: dict[str, Any]) -> None:
    """Fail on a card Teams could not render, as the HTTP tests' teardown does."""
    assert_valid_card(card)


def told(messages: list[Message], key: str, lang: str, **values: Any) -> bool:
    """Whether a paragraph of the messages is the text `key`, with the given values filled in."""
    pattern = _pattern(CATALOGUE[key][1 if lang == "en" else 0], values)
    return any(re.search(pattern, m.seen) for m in messages)


def _pattern(template: str, values: dict[str, Any]) -> str:
    """A template as a regular expression: known values literal, others any text, whole lines."""
    parts = []
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        if name in values:
            parts.append(re.escape(format(values[name], spec or "")))
        else:
            parts.append(".+?")
    return r"(?:^|\n)" + "".join(parts) + r"(?:$|\n)"
