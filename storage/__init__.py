"""Everything the bot keeps on disk; the only package that imports TinyDB."""

from storage.db import SCHEMA_VERSION, Database
from storage.errors import StorageCorrupt, StorageError
from storage.models import Channel, ConversationRef, InstalledTeam, Person
from storage.repositories import ConversationRefs, InstalledTeams, People
from storage.state_store import ETagConflict, StateStore

__all__ = [
    "SCHEMA_VERSION",
    "Channel",
    "ConversationRef",
    "ConversationRefs",
    "Database",
    "ETagConflict",
    "InstalledTeam",
    "InstalledTeams",
    "People",
    "Person",
    "StateStore",
    "StorageCorrupt",
    "StorageError",
]
