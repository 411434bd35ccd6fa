"""What a dataset (O*NET, ESCO, OEWS) looks like to the installer.

A :class:`Dataset` names its files (their checksums make the install idempotent) and a list
of :class:`Step` s; each step reads files through a :class:`Sink` and inserts rows through it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sidedoor.knowledge.models import SourceFileInfo, SourceInfo
from sidedoor.knowledge.sources import SourceFile, SourceTree, Table


class Sink(Protocol):
    """Where steps read tables from and write rows to (the installer implements it)."""

    def table(self, file: SourceFile, *, delimiter: str) -> Table:
        """Open a source table (its row count is recorded for the sources table)."""
        ...

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """Insert rows into a store table; returns how many were inserted."""
        ...


@dataclass(frozen=True)
class Step:
    label: str
    run: Callable[[Sink], None]


@dataclass
class Dataset:
    name: str
    title: str
    version: str
    origin: str
    licence: str
    attribution: str
    key: str  # this dataset's part of the release key, e.g. 'onet-29.3'
    files: list[SourceFile]
    steps: list[Step]
    tree: SourceTree | None = None
    required_tables: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        """sha256 over the checksums of every file read: equal data, equal fingerprint."""
        digest = hashlib.sha256(self.key.encode())
        for file in sorted(self.files, key=lambda f: f.basename.lower()):
            sha256, size = file.digest
            digest.update(f"\n{file.basename.lower()}:{sha256}:{size}".encode())
        return digest.hexdigest()

    def describe(
        self, file_rows: dict[str, int | None], row_counts: dict[str, int]
    ) -> SourceInfo:
        infos: list[SourceFileInfo] = []
        archive = self.tree.archive_info() if self.tree is not None else None
        if archive is not None:
            infos.append(archive)
        infos.extend(f.info(rows=file_rows.get(f.display)) for f in self.files)
        return SourceInfo(
            name=self.name,
            title=self.title,
            version=self.version,
            origin=self.origin,
            licence=self.licence,
            attribution=self.attribution,
            files=infos,
            row_counts=row_counts,
        )
