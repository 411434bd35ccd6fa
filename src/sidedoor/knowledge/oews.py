"""BLS OEWS: wage percentiles and employment for every area (national, state, territory,
metropolitan and non-metropolitan), from BLS's CSV files or from the compact copy bundled
with sidedoor (see scripts/bundle_oews.py).

BLS marks figures it does not release with ``-``, ``*`` or ``**`` (stored as NULL) and
top-coded wages with ``#`` or footnote code 5 (stored as NULL with ``topcoded`` = 1: the
top-code threshold of a release is not in the files, so no number is made up for it).
``footnotes`` keeps BLS's per-column codes (``A_PCT90=5|...``); a ``#`` cell is recorded
there as code 5, so readers can tell which figure was top-coded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from sidedoor.errors import DataSourceError
from sidedoor.knowledge.dataset import Dataset, Sink, Step
from sidedoor.knowledge.sources import SourceFile, SourceTree, Table, integer, number, text

TITLE = "BLS Occupational Employment and Wage Statistics (OEWS)"
LICENCE = "U.S. public domain (https://www.bls.gov/opub/copyright-information.htm)"
ATTRIBUTION = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, {v}"
OFFICIAL_PAGE = "https://www.bls.gov/oes/tables.htm"

WAGE_COLUMNS = (
    "h_mean", "a_mean", "h_pct10", "h_pct25", "h_median", "h_pct75", "h_pct90",
    "a_pct10", "a_pct25", "a_median", "a_pct75", "a_pct90",
)
WAGES_TABLE_COLUMNS = (
    "area", "occ_code", "occ_title", "o_group", "tot_emp", "jobs_1000", "loc_quotient",
    *WAGE_COLUMNS, "topcoded", "footnotes",
)
AREA_COLUMNS = ("area", "area_title", "area_type", "prim_state_fips")
NOT_RELEASED = frozenset({"-", "*", "**", "~"})
TOPCODED = "#"
OCC_PATTERN = re.compile(r"\d{2}-\d{4}")
REQUIRED_TABLES = ("oews_wages", "oews_areas")

BUNDLE_MANIFEST = "oews-2025.json"
BUNDLE_AREAS = "oews-2025-areas.csv.gz"
BUNDLE_WAGES = "oews-2025-wages.csv.gz"

# name pattern per BLS file: oews_M2025_national.csv(.gz), ..._state..., ..._msa...
FILE_PATTERNS = {
    "national": r"(?:oews_)?m(\d{4})_national\.csv(?:\.gz)?",
    "state": r"(?:oews_)?m(\d{4})_state\.csv(?:\.gz)?",
    "msa": r"(?:oews_)?m(\d{4})_msa\.csv(?:\.gz)?",
}


def is_oews(tree: SourceTree) -> bool:
    return tree.match(FILE_PATTERNS["national"]) is not None


def dataset(tree: SourceTree, origin: str) -> Dataset:
    """OEWS from BLS's files: national, state (with territories) and MSA/non-metro."""
    files: dict[str, SourceFile] = {}
    for kind, pattern in FILE_PATTERNS.items():
        found = tree.match(pattern)
        if found is None:
            raise DataSourceError(
                f"{tree.root} has no OEWS {kind} file (like oews_M2025_{kind}.csv.gz).",
                hint=f"Put all three OEWS files there (see {OFFICIAL_PAGE}), or remove the "
                "folder to use the copy bundled with sidedoor.",
            )
        files[kind] = found
    year = re.search(r"m(\d{4})", files["national"].basename, re.IGNORECASE)
    version = f"May {year.group(1)}" if year else "unknown"
    steps = [Step(f"OEWS {kind}", _bls_step(file)) for kind, file in files.items()]
    return _dataset(version, origin, list(files.values()), steps, tree)


def bundled_dataset() -> Dataset:
    """OEWS from the compact copy shipped inside the package."""
    folder = bundle_dir()
    manifest = json.loads((folder / BUNDLE_MANIFEST).read_text(encoding="utf-8"))
    tree = SourceTree(folder)
    areas = tree.require(BUNDLE_AREAS, what="bundled OEWS areas")
    wages = tree.require(BUNDLE_WAGES, what="bundled OEWS wages")
    steps = [
        Step("OEWS areas", lambda sink: _bundled(sink, areas, "oews_areas", AREA_COLUMNS)),
        Step("OEWS wages", lambda sink: _bundled(sink, wages, "oews_wages", WAGES_TABLE_COLUMNS)),
    ]
    origin = f"bundled with sidedoor ({manifest['derived_from_description']})"
    return _dataset(manifest["version"], origin, [areas, wages], steps, None)


def bundle_dir() -> Path:
    return Path(__file__).resolve().parent / "bundled"


def _dataset(
    version: str, origin: str, files: list[SourceFile], steps: list[Step],
    tree: SourceTree | None,
) -> Dataset:
    year = version.rsplit(" ", 1)[-1]
    return Dataset(
        name="oews",
        title=TITLE,
        version=version,
        origin=origin,
        licence=LICENCE,
        attribution=ATTRIBUTION.format(v=version),
        key=f"oews-{year}",
        files=files,
        steps=steps,
        tree=tree,
        required_tables=REQUIRED_TABLES,
    )


def wage(value: str) -> tuple[float | None, bool]:
    """(value, topcoded) of a BLS wage cell."""
    try:
        return float(value), False
    except ValueError:
        pass
    value = value.strip()
    if value == TOPCODED:
        return None, True
    if value in NOT_RELEASED:
        return None, False
    return number(value), False


def count(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        value = value.strip()
        return None if value in NOT_RELEASED or value == TOPCODED else number(value)


def footnote_topcoded(footnotes: str | None) -> bool:
    """True when a FOOTNOTES cell carries code 5 (wage at or above the top code)."""
    if not footnotes:
        return False
    return any(part.rsplit("=", 1)[-1].strip() == "5" for part in footnotes.split("|"))


def _bls_step(file: SourceFile) -> Callable[[Sink], None]:
    def run(sink: Sink) -> None:
        table = sink.table(file, delimiter=",")
        names = ["AREA", "AREA_TITLE", "AREA_TYPE", "OCC_CODE", "OCC_TITLE", "O_GROUP",
                 "TOT_EMP", "JOBS_1000", "LOC_QUOTIENT", *(c.upper() for c in WAGE_COLUMNS)]
        optional = [n for n in ("PRIM_STATE_FIPS", "FOOTNOTES") if table.has(n)]
        parse = _BlsRows(optional)
        sink.insert("oews_wages", WAGES_TABLE_COLUMNS, table.convert(names + optional, parse))
        sink.insert("oews_areas", AREA_COLUMNS, parse.areas.values())

    return run


class _BlsRows:
    """Turns a BLS row into an oews_wages row, collecting the areas seen on the way."""

    wages = slice(9, 9 + len(WAGE_COLUMNS))

    def __init__(self, optional: list[str]) -> None:
        self.fips = 21 if "PRIM_STATE_FIPS" in optional else None
        self.footnotes = 21 + optional.index("FOOTNOTES") if "FOOTNOTES" in optional else None
        self.areas: dict[str, tuple[object, ...]] = {}

    def __call__(self, v: Sequence[str]) -> tuple[object, ...]:
        area, occ_code = v[0].strip(), v[3].strip()
        if not area or not OCC_PATTERN.fullmatch(occ_code):
            raise ValueError(f"bad AREA {area!r} or OCC_CODE {occ_code!r}")
        if area not in self.areas:
            fips = text(v[self.fips]) if self.fips is not None else None
            self.areas[area] = (area, v[1].strip(), integer(v[2]), fips)
        footnotes = text(v[self.footnotes]) if self.footnotes is not None else None
        cells = v[self.wages]
        try:  # the common case: every wage released
            values: list[float | None] = [float(cell) for cell in cells]
        except ValueError:
            parsed = [wage(cell) for cell in cells]
            values = [value for value, _ in parsed]
            marked = [f"{c.upper()}=5" for c, (_, flag) in zip(WAGE_COLUMNS, parsed, strict=True)
                      if flag]
            if marked:  # record which cells were '#', as BLS's footnote code 5
                footnotes = "|".join([footnotes, *marked] if footnotes else marked)
        topcoded = footnote_topcoded(footnotes)
        tot_emp = count(v[6])
        return (
            area, occ_code, v[4].strip(), text(v[5]),
            None if tot_emp is None else int(tot_emp), count(v[7]), count(v[8]),
            *values, int(topcoded), footnotes,
        )


def _bundled(sink: Sink, file: SourceFile, table_name: str, columns: tuple[str, ...]) -> None:
    """Read one of the bundled files: its columns are the table's, empty cells are NULL."""
    table: Table = sink.table(file, delimiter=",")
    sink.insert(table_name, columns, table.convert(list(columns), _BUNDLED[table_name]))


def _bundled_area(v: Sequence[str]) -> tuple[object, ...]:
    return (v[0], v[1], int(v[2]), v[3] or None)


def _bundled_wage(v: Sequence[str]) -> tuple[object, ...]:
    figures = [float(x) if x else None for x in v[5:19]]
    return (v[0], v[1], v[2], v[3] or None, int(v[4]) if v[4] else None, *figures, int(v[19]),
            v[20] or None)


_BUNDLED: dict[str, Callable[[Sequence[str]], tuple[object, ...]]] = {
    "oews_areas": _bundled_area,
    "oews_wages": _bundled_wage,
}
