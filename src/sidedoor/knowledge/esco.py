"""ESCO: the official CSV package (`skills_en.csv`, `occupations_en.csv`, ...) or the mirror's
`esco-1.2.0/` (whose `skills.csv` runs label, alternative labels and definition together)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sidedoor.knowledge.dataset import Dataset, Sink, Step
from sidedoor.knowledge.sources import SourceFile, SourceTree, text

TITLE = "ESCO {version}"
LICENCE = "© European Union; reuse authorised with attribution (Commission Decision 2011/833/EU)"
ATTRIBUTION = "ESCO classification, European Commission (ESCO v{version})."
DOWNLOAD_PAGE = "https://esco.ec.europa.eu/en/use-esco/download"

OFFICIAL_SKILLS = "skills_en.csv"
MIRROR_SKILLS = "skills.csv"
FILES = {
    "occupations": "occupations_en.csv",
    "isco_groups": "ISCOGroups_en.csv",
    "broader": "broaderRelationsOccPillar_en.csv",
}
REQUIRED_TABLES = ("esco_skills", "esco_occupations", "isco_groups")

HOW_TO_ADD = (
    "ESCO was not installed: ESCO's portal builds its CSV packages on request. Download "
    f"'ESCO dataset - classification - en - csv' from {DOWNLOAD_PAGE}, then run "
    "`sidedoor data install --esco PATH_TO_ZIP` (or set esco_url in the config)."
)


def is_esco(tree: SourceTree) -> bool:
    return tree.find(OFFICIAL_SKILLS, MIRROR_SKILLS) is not None


def detect_version(tree: SourceTree) -> str:
    skills = tree.find(OFFICIAL_SKILLS, MIRROR_SKILLS)
    for name in (tree.root.name, skills.display if skills else ""):
        found = re.search(r"(?:esco|v)[-_ ]?(\d+\.\d+(?:\.\d+)?)", name, re.IGNORECASE)
        if found:
            return found.group(1)
    return "unknown"


def dataset(tree: SourceTree, origin: str) -> Dataset:
    version = detect_version(tree)
    skills = tree.require(OFFICIAL_SKILLS, MIRROR_SKILLS, what="ESCO skills")
    files = {key: tree.require(name, what=f"ESCO {key}") for key, name in FILES.items()}
    steps = [
        Step("ESCO skills", lambda sink: _skills(sink, skills)),
        Step("ESCO occupations", lambda sink: _occupations(sink, files["occupations"])),
        Step("ISCO groups", lambda sink: _isco_groups(sink, files["isco_groups"])),
        Step("ESCO hierarchy", lambda sink: _broader(sink, files["broader"])),
    ]
    return Dataset(
        name="esco",
        title=TITLE.format(version=version),
        version=version,
        origin=origin,
        licence=LICENCE,
        attribution=ATTRIBUTION.format(version=version),
        key=f"esco-{version}",
        files=[skills, *files.values()],
        steps=steps,
        tree=tree,
        required_tables=REQUIRED_TABLES,
    )


def _uri(value: str) -> str:
    uri = value.strip()
    if not uri.startswith("http"):
        raise ValueError(f"{uri[:60]!r} is not an ESCO concept URI")
    return uri


def _label(value: str) -> str:
    label = text(value)
    if label is None:
        raise ValueError("empty preferredLabel")
    return label


def _skills(sink: Sink, file: SourceFile) -> None:
    table = sink.table(file, delimiter=",")
    columns = ("uri", "preferred_label", "alt_labels", "description", "text")
    if table.has("conceptUri"):  # the official package
        def official(v: Sequence[str]) -> tuple[object, ...]:
            label, alts, description = text(v[1]), text(v[2]), text(v[3])
            parts = [label, *(alts or "").splitlines(), description]
            body = " ".join(p.strip() for p in parts if p and p.strip())
            return (_uri(v[0]), label, alts, description, body)

        rows = table.convert(["conceptUri", "preferredLabel", "altLabels", "description"],
                             official)
    else:  # the mirror: label, alternative labels and definition run together
        rows = table.convert(
            ["id", "description"], lambda v: (_uri(v[0]), None, None, None, v[1].strip())
        )
    sink.insert("esco_skills", columns, rows)


def _occupations(sink: Sink, file: SourceFile) -> None:
    table = sink.table(file, delimiter=",")
    names = ["conceptUri", "iscoGroup", "code", "preferredLabel", "altLabels", "hiddenLabels",
             "description"]
    rows = table.convert(
        names,
        lambda v: (_uri(v[0]), text(v[1]), text(v[2]), _label(v[3]), text(v[4]), text(v[5]),
                   text(v[6])),
    )
    columns = ("uri", "isco_group", "code", "preferred_label", "alt_labels", "hidden_labels",
               "description")
    sink.insert("esco_occupations", columns, rows)


def _isco_groups(sink: Sink, file: SourceFile) -> None:
    rows = sink.table(file, delimiter=",").convert(
        ["code", "conceptUri", "preferredLabel", "description"],
        lambda v: (v[0].strip(), _uri(v[1]), _label(v[2]), text(v[3])),
    )
    sink.insert("isco_groups", ("code", "uri", "preferred_label", "description"), rows)


def _broader(sink: Sink, file: SourceFile) -> None:
    rows = sink.table(file, delimiter=",").convert(
        ["conceptUri", "broaderUri"], lambda v: (_uri(v[0]), _uri(v[1]))
    )
    sink.insert("esco_broader", ("uri", "broader_uri"), rows)
