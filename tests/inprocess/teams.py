"""Teams in memory around the bot's real core: people, chats, channels and threads, no HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.runtime import open_organisation
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs import follow_case, link_team, welcome
from dialogs.conversation import Mentioned, Place, Services, Turn
from dialogs.dispatch import Dispatcher
from dialogs.effects import case_cards
from dialogs.flows import dispatcher
from dialogs.language.texts import language_of
from dialogs.notice_desk import NoticeDesk
from dialogs.org_file import Organisation, load_org
from storage.board import BoardItems
from storage.db import Database
from storage.models import InstalledTeam, Person
from storage.notices import NoticeBook, open_notices
from storage.repositories import Cases, Events, InstalledTeams, People, Tasks
from tests.conftest import FakeClock
from tests.inprocess.delivery import Delivery
from tests.inprocess.directory import GENERAL, IT_CHANNEL, SERVICE_URL, TENANT, TeamsTeam
from tests.inprocess.host import Queue, Timers
from tests.inprocess.messages import Message, Said, told

__all__ = ["InMemoryTeams", "Message", "Said", "TeamsTeam", "told"]


class InMemoryTeams(Delivery):
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
