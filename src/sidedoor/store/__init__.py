"""The user's store: profile, jobs held, recruiters, messages, opportunities, practice, tracker.

``open_store(url)`` (or ``Store.from_settings(settings)``) opens it, creating or upgrading it
as needed and refusing, untouched, anything it cannot safely use. ``schema`` describes the
tables; ``transfer`` exports and imports the whole store as one JSON document.
"""

from sidedoor.store.db import Store, open_store
from sidedoor.store.migrate import Migrations

__all__ = ["Migrations", "Store", "open_store"]
