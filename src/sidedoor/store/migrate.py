"""Alembic, used programmatically: which revisions exist, and upgrading a connection.

Alembic is imported only when a store actually needs migrating (or a revision is unknown),
so opening an up-to-date store stays fast. No ``alembic.ini`` is read at run time; the
``alembic.ini`` next to ``env.py`` is for developers writing new migrations (docs/store.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sidedoor.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class Migrations:
    """The migration scripts a store is upgraded with: the bundled ones, plus any extra
    version folders (tests use these to stand in for a later release's migrations)."""

    extra_locations: tuple[Path, ...] = ()

    def config(self, connection: Connection | None = None) -> Config:
        from alembic.config import Config

        config = Config()
        locations = [MIGRATIONS_DIR / "versions", *self.extra_locations]
        config.set_main_option("script_location", _escape(str(MIGRATIONS_DIR)))
        config.set_main_option("path_separator", "os")
        config.set_main_option(
            "version_locations", _escape(os.pathsep.join(str(p) for p in locations))
        )
        if connection is not None:
            config.attributes["connection"] = connection
        return config

    def script(self) -> ScriptDirectory:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.config())

    @property
    def head(self) -> str:
        """The newest revision. Known without Alembic for the bundled scripts."""
        if not self.extra_locations:
            return HEAD_REVISION
        head = self.script().get_current_head()
        if head is None:  # pragma: no cover - there is always at least 0001
            raise RuntimeError("no migrations found")
        return head

    def knows(self, revision: str) -> bool:
        """Whether ``revision`` is one of ours (else the store comes from a newer sidedoor)."""
        if revision == HEAD_REVISION and not self.extra_locations:
            return True
        from alembic.util import CommandError

        try:
            found = self.script().get_revision(revision)
        except CommandError:
            return False
        # Alembic also resolves unique prefixes ("00" -> "0001"); a store names its exact id.
        return found is not None and found.revision == revision

    def upgrade(self, connection: Connection, target: str = "head") -> None:
        """Upgrade to ``target``. On a connection outside a transaction each migration runs
        and commits in its own transaction; inside one, everything joins it."""
        from alembic import command

        command.upgrade(self.config(connection), target)


def _escape(value: str) -> str:
    # Alembic's config is a ConfigParser: '%' would start an interpolation.
    return value.replace("%", "%%")
