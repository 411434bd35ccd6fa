"""OEWS wage lookup: exact SOC code first, then the broad group BLS publishes instead.

Every figure BLS did not release stays None and is named in ``not_released``, with a note
saying why (from BLS's footnote codes) — nothing is estimated.
"""

from __future__ import annotations

import sqlite3

from sidedoor.knowledge.models import WageFigures, Wages

FIGURES = ("mean", "pct10", "pct25", "median", "pct75", "pct90")
BASIS = {"hourly": "h", "annual": "a"}

# BLS OEWS footnote codes.
REASONS = {
    "4": {
        "hourly": "BLS reports only annual wages for this occupation: it is not usually "
        "worked year-round full time by the hour, so hourly wages were not released",
        "annual": "BLS reports only hourly wages for this occupation: it is not usually "
        "worked year-round full time, so annual wages were not released",
    },
    "5": "top-coded by BLS (at or above the highest wage BLS publishes); the exact figure "
    "was not released",
    "8": "the estimate was not released by BLS",
}
NOT_RELEASED = "not released by BLS"
SELECT = """
SELECT w.*, a.area_title FROM oews_wages w JOIN oews_areas a ON a.area = w.area
WHERE w.area = ? AND w.occ_code = ?
"""


def broader_code(soc_code: str) -> str | None:
    """The SOC broad group ('13-1021' -> '13-1020'); None if the code is one already."""
    broad = soc_code[:6] + "0"
    return None if broad == soc_code else broad


def lookup(db: sqlite3.Connection, soc_code: str, area: str = "99") -> Wages | None:
    """Wages for ``soc_code`` in ``area``; the broad group's when BLS publishes only that."""
    row = db.execute(SELECT, (area, soc_code)).fetchone()
    basis = "exact"
    broad = broader_code(soc_code)
    if row is None and broad is not None:
        row = db.execute(SELECT, (area, broad)).fetchone()
        basis = "broader"
    if row is None:
        return None
    found = db.execute("SELECT attribution FROM sources WHERE name = 'oews'").fetchone()
    wages = _wages(row, soc_code, basis)
    if found is not None:
        wages.source = str(found[0])
    return wages


def missing_note(soc_code: str, area_title: str) -> str:
    """What to say when BLS publishes nothing for a code (nor its broad group)."""
    if soc_code.startswith("55-"):
        return (f"BLS OEWS does not cover military occupations, so there are no wage "
                f"figures for SOC {soc_code}.")
    broad = broader_code(soc_code)
    also = f" or its broad group {broad}" if broad else ""
    return f"BLS OEWS publishes no wage figures for SOC {soc_code}{also} ({area_title})."


def _footnotes(raw: str | None) -> dict[str, str]:
    codes: dict[str, str] = {}
    for part in (raw or "").split("|"):
        column, _, code = part.partition("=")
        if code:
            codes[column.strip().upper()] = code.strip()
    return codes


def _wages(row: sqlite3.Row, soc_code: str, basis: str) -> Wages:
    footnotes = _footnotes(row["footnotes"])
    notes: list[str] = []
    if basis == "broader":
        notes.append(
            f"BLS publishes no separate figures for SOC {soc_code}; these are for the "
            f"broader group {row['occ_code']} {row['occ_title']}, which includes it."
        )
    figures: dict[str, WageFigures] = {}
    not_released: list[str] = []
    topcoded: list[str] = []
    for kind, prefix in BASIS.items():
        values = {name: row[f"{prefix}_{name}"] for name in FIGURES}
        figures[kind] = WageFigures(**values)
        missing = [name for name, value in values.items() if value is None]
        not_released += [f"{kind}.{name}" for name in missing]
        codes = {footnotes.get(f"{prefix}_{name}".upper(), "") for name in missing}
        topcoded += [f"{kind}.{name}" for name in missing
                     if footnotes.get(f"{prefix}_{name}".upper()) == "5"]
        if missing:
            notes.append(_missing_note(kind, missing, codes))
    if row["tot_emp"] is None:
        notes.append(f"Employment: {NOT_RELEASED}.")
    return Wages(
        area=row["area"],
        area_title=row["area_title"],
        soc_code=soc_code,
        occ_code=row["occ_code"],
        occ_title=row["occ_title"],
        basis="exact" if basis == "exact" else "broader",
        tot_emp=row["tot_emp"],
        annual=figures["annual"],
        hourly=figures["hourly"],
        not_released=not_released,
        topcoded=topcoded,
        notes=notes,
    )


def _missing_note(kind: str, missing: list[str], codes: set[str]) -> str:
    which = "all" if len(missing) == len(FIGURES) else ", ".join(missing)
    reasons = []
    for code in sorted(codes):
        reason = REASONS.get(code)
        if isinstance(reason, dict):
            reasons.append(reason[kind])
        elif reason:
            reasons.append(reason)
    why = "; ".join(reasons) or NOT_RELEASED
    return f"{kind.capitalize()} wages ({which}): {why}."
