"""Typed library errors.

Engines raise these; the CLI turns them into one-line messages with a hint on what to do
next, and the HTTP API into one JSON error shape. Each error carries a ``hint``.
"""

from __future__ import annotations


class SidedoorError(Exception):
    """Base class of every error sidedoor raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class ConfigError(SidedoorError):
    """The configuration file or an environment variable holds a value we cannot use."""

    hint = "Check `sidedoor config show` and fix the config file or the SIDEDOOR_* variable."


class DataNotInstalled(SidedoorError):
    """The knowledge store (O*NET, ESCO, OEWS) has not been installed yet."""

    hint = "Run `sidedoor data install` (or `sidedoor data install --from DIR` for a local copy)."


class DataSourceError(SidedoorError):
    """A data source folder, archive or download is missing, unreadable or malformed."""

    hint = "Point `--from` at a folder laid out like ../shared/data (see docs/data.md)."


class DataInstallError(SidedoorError):
    """Building the knowledge store failed; the previously installed store is untouched."""


class UnknownOccupation(SidedoorError):
    """An O*NET-SOC code that is not in the installed release."""

    def __init__(self, code: str, nearest: list[tuple[str, str]]) -> None:
        self.code = code
        self.nearest = nearest
        near = ", ".join(f"{c} {t}" for c, t in nearest)
        super().__init__(
            f"No occupation {code!r} in the installed O*NET release.",
            hint=(f"Nearest codes: {near}." if near else "")
            + " Try `sidedoor occupations search TEXT`.",
        )


class StoreError(SidedoorError):
    """The user's store cannot be used as asked."""


class StoreCorrupt(StoreError):
    """The store file is not a readable sidedoor database. It is never 'repaired'."""

    hint = (
        "Your file was left untouched. Restore it from a backup or `sidedoor export`, "
        "or point SIDEDOOR_HOME at a fresh folder."
    )


class StoreTooNew(StoreError):
    """The store was written by a newer sidedoor (its schema has migrations we don't know)."""

    hint = "Upgrade sidedoor (`pip install -U sidedoor`); your store was left untouched."


class StoreNotEmpty(StoreError):
    """An import would overwrite existing user data."""

    hint = "Import into an empty store, or pass `--replace` (a backup is written first)."


class ImportFormatError(StoreError):
    """An export file that is not a sidedoor export, or is damaged."""

    hint = "Use a file written by `sidedoor export`."
