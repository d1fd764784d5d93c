"""The live organisation: the org file with the chat's overlay, absences and Teams links."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dialogs.org_file import Organisation, Team, load_org
from dialogs.organisation.absence_spans import away_until, overlaps, span_of
from dialogs.organisation.overlay import effective_org
from dialogs.organisation.roles import IT_LEAD, PROJECT_LEAD, roles_of
from dialogs.organisation.team_links import team_for_channel, team_named_like
from dialogs.who_helps import Helpers, who_helps
from storage.models import Absence, Membership, Person, TeamChange, TeamLink
from storage.repositories import Absences, Memberships, TeamChanges, TeamLinks

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, in UTC, from the machine's clock."""
    return datetime.now(UTC)


class OrgService:
    """Answers who is who, and keeps the chat's changes as an overlay that wins over the file."""

    def __init__(
        self,
        org_file: Path,
        *,
        changes: TeamChanges,
        memberships: Memberships,
        absences: Absences,
        links: TeamLinks,
        clock: Clock = system_clock,
        org: Organisation | None = None,
    ) -> None:
        self.org_file = org_file
        self._changes = changes
        self._memberships = memberships
        self._absences = absences
        self._links = links
        self._clock = clock
        self._file_org = org if org is not None else load_org(org_file)
        self._org = self._effective()
        # Told after each reload, so what was planned under the old file can be planned again.
        self.reload_listeners: list[Callable[[], None]] = []

    # -- the organisation ---------------------------------------------------------------------

    @property
    def org(self) -> Organisation:
        """The effective organisation: the file, overruled by changes made in chat."""
        return self._org

    @property
    def file_org(self) -> Organisation:
        """The organisation exactly as the org file says."""
        return self._file_org

    def reload(self) -> Organisation:
        """Read the org file again; raises OrgError and keeps the old one if it is broken."""
        self._file_org = load_org(self.org_file)
        self._org = self._effective()
        for listener in self.reload_listeners:
            listener()
        return self._org

    def _effective(self) -> Organisation:
        return effective_org(self._file_org, self._changes.all(), self._memberships.all())

    # -- time ----------------------------------------------------------------------------------

    def now(self) -> datetime:
        """Now, in the organisation's time zone."""
        return self._clock().astimezone(ZoneInfo(self._org.timezone))

    def today(self) -> date:
        return self.now().date()

    # -- who belongs where ---------------------------------------------------------------------

    def team_of(self, person: Person) -> Team | None:
        """The person's own team: the file, their own choice, or a linked team's roster."""
        key = _person_key(person)
        return self._org.team_of(key) if key else None

    def set_team(self, person: Person, team: Team, source: str = "chosen") -> None:
        self._memberships.save(Membership(person=_person_key(person), team=team.key, source=source))
        self._org = self._effective()

    def add_roster(self, emails: Iterable[str], team: Team) -> int:
        """Put roster members the org knows nothing about into `team`; how many were new."""
        added = 0
        for email in emails:
            if email and self._file_org.team_of(email) is None and not self._memberships.get(email):
                self._memberships.save(Membership(person=email, team=team.key, source="roster"))
                added += 1
        if added:
            self._org = self._effective()
        return added

    def roles(self, email: str) -> set[str]:
        """The roles the person holds in the organisation as it stands now."""
        return roles_of(email, self._org)

    def is_lead(self, email: str) -> bool:
        """The project lead or the IT lead, who may do anything for any team."""
        return bool(self.roles(email) & {PROJECT_LEAD, IT_LEAD})

    def may_manage(self, email: str, team: Team) -> bool:
        """Names superusers and sets the portfolio: the team's leader and the leads."""
        return self.is_lead(email) or email.lower() in team.leaders

    def may_set_up(self, email: str, team: Team) -> bool:
        """Links Teams teams and channels: also the team's own superusers and deputies."""
        email = email.lower()
        return self.may_manage(email, team) or email in team.superusers + team.deputies

    def led_by(self, email: str) -> list[Team]:
        return [team for team in self._org.teams if email.lower() in team.leaders]

    # -- chat changes to teams -----------------------------------------------------------------

    def change_team(
        self,
        team: Team,
        by: str,
        *,
        superusers: tuple[str, ...] | None = None,
        deputies: tuple[str, ...] | None = None,
        portfolio_project_lead: tuple[str, ...] | None = None,
    ) -> Team:
        """Set superusers, deputies or the portfolio of `team`, over what the file says."""
        stored = self._changes.get(team.key) or TeamChange(team=team.key)
        # What is not given this time keeps what the chat set before.
        changed = replace(
            stored,
            changed_by=by.lower(),
            superusers=stored.superusers if superusers is None else superusers,
            deputies=stored.deputies if deputies is None else deputies,
            portfolio_project_lead=stored.portfolio_project_lead
            if portfolio_project_lead is None
            else portfolio_project_lead,
        )
        self._changes.save(changed)
        self._org = self._effective()
        return self._org.team(team.key) or team

    # -- absence -------------------------------------------------------------------------------

    def set_away(self, email: str, first_day: date, last_day: date, by: str = "") -> Absence:
        email = email.lower()
        self._forget_past(email)
        # A new absence that overlaps another replaces it, so "sick until Friday" after
        # "away until Wednesday" leaves one stretch.
        for absence in self._absences.of(email):
            if overlaps(absence, first_day, last_day):
                self._absences.remove(absence.absence_id)
        return self._absences.add(
            Absence(
                absence_id=f"{email}|{first_day.isoformat()}",
                email=email,
                first_day=first_day.isoformat(),
                last_day=last_day.isoformat(),
                registered_by=by.lower() or email,
            )
        )

    def set_back(self, email: str) -> bool:
        """End the person's absence today; False if they were not away."""
        email = email.lower()
        today = self.today()
        ended = False
        for absence in self._absences.of(email):
            first, last = span_of(absence)
            if first <= today <= last:
                self._absences.remove(absence.absence_id)
                if first < today:
                    kept = replace(absence, last_day=(today - timedelta(days=1)).isoformat())
                    self._absences.add(kept)
                ended = True
        return ended

    def away_today(self) -> dict[str, date]:
        """Everyone away today, with the last day of their absence (back-to-back ones joined)."""
        return away_until(self._absences.all(), self.today())

    def upcoming_absences(self, email: str) -> list[tuple[date, date]]:
        today = self.today()
        spans = (span_of(absence) for absence in self._absences.of(email))
        return [(first, last) for first, last in spans if last >= today]

    def helpers(self, team: Team) -> Helpers:
        return who_helps(team, self._org, self.away_today())

    def _forget_past(self, email: str) -> None:
        today = self.today()
        for absence in self._absences.of(email):
            if date.fromisoformat(absence.last_day) < today:
                self._absences.remove(absence.absence_id)

    # -- Teams teams and channels --------------------------------------------------------------

    def link(self, team: Team, team_id: str, channel_id: str, how: str, by: str = "") -> TeamLink:
        return self._links.save(
            TeamLink(
                org_team=team.key, team_id=team_id, channel_id=channel_id, how=how, linked_by=by
            )
        )

    def link_of(self, team: Team) -> TeamLink | None:
        return self._links.get(team.key)

    def linked_to(self, team_id: str) -> list[Team]:
        """The org teams that work in this Teams team."""
        keys = [link.org_team for link in self._links.all() if link.team_id == team_id]
        return [team for key in keys if (team := self._org.team(key)) is not None]

    def team_for_channel(self, team_id: str, channel_id: str) -> Team | None:
        """The org team whose cases go to this channel, else the one org team of the Teams team."""
        return team_for_channel(self._org, self._links.all(), team_id, channel_id)

    def team_named_like(self, teams_team_name: str) -> Team | None:
        """The org team a Teams team is for, by its `teams_team_name` or its own name."""
        return team_named_like(self._org, teams_team_name)


def _person_key(person: Person) -> str:
    return (person.email or person.user_id).strip().lower()
