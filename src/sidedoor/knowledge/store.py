"""Read API of the knowledge store.

    with open_knowledge(settings.resolved_knowledge_dir) as knowledge:
        report = knowledge.occupation("15-1252")
        hits = knowledge.search("software developer")

Each :class:`Knowledge` holds its own read-only SQLite connection (``mode=ro``); there are
no module-level connections or caches.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sidedoor.errors import DataNotInstalled, UnknownOccupation
from sidedoor.knowledge.models import (
    KnowledgeStatus,
    OccupationReport,
    SearchHit,
    SourceFileInfo,
    SourceInfo,
    Wages,
)

if TYPE_CHECKING:
    from sidedoor.knowledge.search import TitleIndex
    from sidedoor.settings import Settings

STORE_FILE = "knowledge.sqlite3"
SCHEMA_VERSION = "1"
CODE_PATTERN = re.compile(r"\s*(\d{2})-?(\d{4})(?:\.(\d{2}))?\s*")
REINSTALL = "Rebuild it with `sidedoor data install --force`."


def store_path(knowledge_dir: Path) -> Path:
    return Path(knowledge_dir) / STORE_FILE


def normalise_code(text: str) -> str | None:
    """'15-1252', '151252', '15-1252.00' -> '15-1252.00'; None if it is not code-shaped."""
    found = CODE_PATTERN.fullmatch(text)
    if not found:
        return None
    return f"{found.group(1)}-{found.group(2)}.{found.group(3) or '00'}"


def open_knowledge(knowledge_dir: Path) -> Knowledge:
    """Open the knowledge store in ``knowledge_dir`` read-only; DataNotInstalled if absent."""
    path = store_path(knowledge_dir)
    if not path.is_file():
        raise DataNotInstalled(f"No knowledge data installed (looked in {path.parent}).")
    return Knowledge(path)


def open_from_settings(settings: Settings) -> Knowledge:
    return open_knowledge(settings.resolved_knowledge_dir)


class Knowledge:
    """One open knowledge store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            self.db.row_factory = sqlite3.Row
            self.meta = {str(k): str(v) for k, v in self.db.execute("SELECT key, value FROM meta")}
        except sqlite3.Error as exc:
            raise DataNotInstalled(
                f"The knowledge store {path} cannot be read ({exc}).", hint=REINSTALL
            ) from None
        if self.meta.get("schema_version") != SCHEMA_VERSION:
            self.db.close()
            raise DataNotInstalled(
                f"The knowledge store {path} has schema version "
                f"{self.meta.get('schema_version')!r}; this sidedoor reads {SCHEMA_VERSION!r}.",
                hint=REINSTALL,
            )
        self._titles: TitleIndex | None = None

    def __enter__(self) -> Knowledge:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def release_key(self) -> str:
        return self.meta.get("release_key", "")

    def status(self) -> KnowledgeStatus:
        sources = [
            SourceInfo(
                name=row["name"],
                title=row["title"],
                version=row["version"],
                origin=row["origin"],
                licence=row["licence"],
                attribution=row["attribution"],
                files=[SourceFileInfo(**f) for f in json.loads(row["files_json"])],
                row_counts=json.loads(row["row_counts_json"]),
            )
            for row in self.db.execute("SELECT * FROM sources ORDER BY rowid")
        ]
        return KnowledgeStatus(
            path=str(self.path),
            release_key=self.release_key,
            installed_at=self.meta.get("installed_at", ""),
            schema_version=self.meta.get("schema_version", ""),
            sidedoor_version=self.meta.get("sidedoor_version", ""),
            size_bytes=self.path.stat().st_size,
            sources=sources,
        )

    def titles(self) -> TitleIndex:
        """Every searchable title, loaded on first use and kept for this instance."""
        if self._titles is None:
            from sidedoor.knowledge.search import TitleIndex

            self._titles = TitleIndex.load(self.db)
        return self._titles

    def resolve_code(self, code: str) -> str:
        """The installed O*NET-SOC code ``code`` means; UnknownOccupation if there is none."""
        normal = normalise_code(code)
        if normal is not None:
            if self._exists(normal):
                return normal
            siblings = self._codes_like(normal[:7])
            if "." not in code and len(siblings) == 1:
                return siblings[0]
        raise UnknownOccupation(code.strip(), self.nearest_codes(code))

    def occupation(self, code: str) -> OccupationReport:
        """Everything about one occupation; codes with or without '.00' are accepted."""
        from sidedoor.knowledge.occupation import build_report

        return build_report(self.db, self.resolve_code(code))

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Occupations whose title, alternate, short or reported titles match ``text``."""
        from sidedoor.knowledge.search import search

        return search(self.db, self.titles(), text, limit)

    def nearest_codes(self, code: str, n: int = 5) -> list[tuple[str, str]]:
        """(code, title) of the installed codes closest to ``code``; words go to title search."""
        if normalise_code(code) is None and re.search(r"[^\W\d_]", code):
            return [(hit.code, hit.title) for hit in self.search(code, n)]
        from rapidfuzz import fuzz, process

        titles = self.titles().occupation_titles
        target = normalise_code(code) or code.strip()
        ranked = process.extract(target, list(titles), scorer=fuzz.ratio, limit=n * 4)
        ordered = sorted(ranked, key=lambda m: (-m[1], m[0] != target[:7] + ".00", m[0]))
        return [(str(match), titles[str(match)]) for match, _, _ in ordered[:n]]

    def wages(self, soc_code: str, area: str = "99") -> Wages | None:
        """OEWS wages for a SOC code ('XX-XXXX') in an area (default national), falling
        back to the broad group BLS publishes instead; None if BLS publishes neither."""
        from sidedoor.knowledge.wages import lookup

        return lookup(self.db, soc_code[:7], area)

    def _exists(self, code: str) -> bool:
        found = self.db.execute("SELECT 1 FROM occupations WHERE code = ?", (code,)).fetchone()
        return found is not None

    def _codes_like(self, soc_code: str) -> list[str]:
        rows = self.db.execute(
            "SELECT code FROM occupations WHERE soc_code = ? ORDER BY code", (soc_code,)
        )
        return [str(r[0]) for r in rows]
