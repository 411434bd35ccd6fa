"""Regenerate the compact OEWS copy bundled in src/sidedoor/knowledge/bundled/.

Reads BLS's OEWS files (default: ../shared/data/oews-2025) through the same code the
installer uses, keeps only the columns the knowledge store has, and writes two
deterministic gzip CSV files plus a manifest with the checksums of the files they came from.

    python scripts/bundle_oews.py [OEWS_FOLDER]

BLS data is U.S. public domain; credit: "U.S. Bureau of Labor Statistics, Occupational
Employment and Wage Statistics, May 2025".
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from sidedoor.knowledge import oews
from sidedoor.knowledge.sources import SourceFile, SourceTree, Table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "oews-2025"


class _Collector:
    """A Sink that keeps rows in memory instead of inserting them."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Sequence[object]]] = {}
        self.tables: list[Table] = []

    def table(self, file: SourceFile, *, delimiter: str) -> Table:
        table = Table(file, delimiter=delimiter)
        self.tables.append(table)
        return table

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        before = len(self.rows.setdefault(table, []))
        self.rows[table].extend(rows)
        return len(self.rows[table]) - before


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _write(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(v) for v in row] for row in rows)
    data = gzip.compress(buffer.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    dataset = oews.dataset(SourceTree(source), str(source))
    collector = _Collector()
    for step in dataset.steps:
        step.run(collector)
    areas = sorted(collector.rows["oews_areas"], key=lambda r: str(r[0]))
    wages = sorted(collector.rows["oews_wages"], key=lambda r: (str(r[1]), str(r[0])))
    target = oews.bundle_dir()
    target.mkdir(parents=True, exist_ok=True)
    areas_sha = _write(target / oews.BUNDLE_AREAS, oews.AREA_COLUMNS, areas)
    wages_sha = _write(target / oews.BUNDLE_WAGES, oews.WAGES_TABLE_COLUMNS, wages)
    names = ", ".join(f.basename for f in dataset.files)
    manifest = {
        "title": oews.TITLE,
        "version": dataset.version,
        "credit": oews.ATTRIBUTION.format(v=dataset.version),
        "licence": oews.LICENCE,
        "derived_from_description": f"derived from BLS OEWS {dataset.version}: {names}",
        "derived_from": [t.info().model_dump() for t in collector.tables],
        "files": {
            oews.BUNDLE_AREAS: {"sha256": areas_sha, "rows": len(areas)},
            oews.BUNDLE_WAGES: {"sha256": wages_sha, "rows": len(wages)},
        },
        "generator": "scripts/bundle_oews.py",
    }
    (target / oews.BUNDLE_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    size = sum((target / n).stat().st_size for n in (oews.BUNDLE_AREAS, oews.BUNDLE_WAGES))
    print(f"wrote {len(areas)} areas and {len(wages)} wage rows to {target} ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
