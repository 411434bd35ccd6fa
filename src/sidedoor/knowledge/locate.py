"""Find the datasets in what the user points `--from` (and `--esco`) at.

Accepted for O*NET: a folder laid out like ../shared/data (with `onet-29.3/`), the official
`db_29_3_text.zip` or its extracted `db_29_3_text/` folder, either given directly or inside
the folder. ESCO: `esco-*/` in the folder, or `--esco` (the official CSV package as a zip
or folder). OEWS: `oews-*/` in the folder, else the copy bundled with sidedoor.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sidedoor.errors import DataSourceError
from sidedoor.knowledge import esco, oews, onet
from sidedoor.knowledge.dataset import Dataset
from sidedoor.knowledge.sources import SourceTree

LAYOUT_HINT = (
    "Point `--from` at a folder laid out like ../shared/data (onet-29.3/, esco-1.2.0/, "
    "oews-2025/), or at O*NET's db_29_3_text.zip or its extracted folder (see docs/data.md)."
)


@dataclass
class Located:
    datasets: list[Dataset]
    notes: list[str] = field(default_factory=list)

    @property
    def release_key(self) -> str:
        return "+".join(d.key for d in self.datasets)

    def fingerprint(self) -> str:
        return ";".join(f"{d.name}={d.fingerprint()}" for d in self.datasets)


def locate(
    source: Path, *, esco_path: Path | None = None, origins: Mapping[str, str] | None = None
) -> Located:
    """The datasets found at ``source``; DataSourceError when O*NET is missing or damaged."""
    origins = origins or {}
    source = source.expanduser()
    if not source.exists():
        raise DataSourceError(f"{source} does not exist.", hint=LAYOUT_HINT)
    onet_path = _find_onet(source)
    found = [onet.dataset(SourceTree(onet_path), origins.get("onet", str(onet_path)))]
    notes: list[str] = []

    esco_root = esco_path.expanduser() if esco_path is not None else _child(source, _is_esco)
    if esco_root is None:
        notes.append(esco.HOW_TO_ADD)
    else:
        tree = SourceTree(esco_root)
        if not esco.is_esco(tree):
            raise DataSourceError(
                f"{esco_root} holds no ESCO skills file (skills_en.csv or skills.csv).",
                hint=f"Use the CSV package from {esco.DOWNLOAD_PAGE}.",
            )
        found.append(esco.dataset(tree, origins.get("esco", str(esco_root))))

    oews_root = _child(source, lambda p: p.is_dir() and oews.is_oews(SourceTree(p)))
    if oews_root is None:
        found.append(oews.bundled_dataset())
        notes.append("OEWS: no oews-*/ folder given, so the copy bundled with sidedoor was used.")
    else:
        found.append(oews.dataset(SourceTree(oews_root), origins.get("oews", str(oews_root))))
    return Located(found, notes)


def _has_onet(path: Path) -> bool:
    if path.is_dir():
        return (path / onet.MARKER).is_file() or any(
            (child / onet.MARKER).is_file() for child in path.iterdir() if child.is_dir()
        )
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(n.rsplit("/", 1)[-1] == onet.MARKER for n in archive.namelist())
        except (OSError, zipfile.BadZipFile):
            return False
    return False


def _find_onet(source: Path) -> Path:
    if source.is_file():
        if _has_onet(source):
            return source
        raise DataSourceError(f"{source} is not O*NET's text release.", hint=LAYOUT_HINT)
    if (source / onet.MARKER).is_file():
        return source
    children = sorted(source.iterdir())
    for child in children:  # an extracted folder first, then an archive
        if child.is_dir() and (child / onet.MARKER).is_file():
            return child
    for child in children:
        if child.suffix.lower() == ".zip" and _has_onet(child):
            return child
    for child in children:
        if child.is_dir() and _has_onet(child):
            return child
    raise DataSourceError(
        f"No O*NET release in {source} (expected onet-29.3/, db_29_3_text/ or "
        f"db_29_3_text.zip with '{onet.MARKER}').",
        hint=LAYOUT_HINT,
    )


def _is_esco(path: Path) -> bool:
    if "esco" not in path.name.lower():
        return False
    if not (path.is_dir() or zipfile.is_zipfile(path)):
        return False
    return esco.is_esco(SourceTree(path))


def _child(source: Path, accept: Callable[[Path], bool]) -> Path | None:
    if not source.is_dir():
        return None
    return next((child for child in sorted(source.iterdir()) if accept(child)), None)
