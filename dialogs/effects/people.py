"""Who someone is to the bot when the core only has their e-mail: their record and language."""

from __future__ import annotations

from dialogs.language.texts import language_of
from dialogs.org_file import Organisation
from storage.models import Person
from storage.repositories import People


def person_of(people: People, email: str) -> Person | None:
    """The person the bot has met under this e-mail; Teams ids are accepted too."""
    return people.by_email(email) or people.get(email)


def reads_in(person: Person) -> str:
    """The language a person reads the bot in: the one they chose, else their Teams locale's."""
    return language_of(person.locale, person.language)


def language_for(people: People, email: str, default: str) -> str:
    """The language someone reads the bot in; `default` (the organisation's) if unknown."""
    person = person_of(people, email) if email else None
    return default if person is None else reads_in(person)


def chat_is_opened_for(email: str, org: Organisation) -> bool:
    """Whether the bot opens a 1:1 chat itself: escalations must reach the leads."""
    return email in (org.project_lead, org.it_lead)
