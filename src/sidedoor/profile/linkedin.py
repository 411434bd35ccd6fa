"""LinkedIn's data export -> ImportedProfile.

Reads ``Profile.csv``, ``Positions.csv``, ``Skills.csv``, ``Education.csv``,
``Certifications.csv`` and ``Email Addresses.csv`` from the export ZIP (any folder), a folder,
or the CSV files themselves. Columns are matched by name, ignoring case, spaces and
underscores; a "Notes:" preamble before the header row is skipped; dates are "Mar 2019" or
"2019". ZIPs are read within intake's archive limits.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from sidedoor.profile.dates import parse_date
from sidedoor.profile.errors import ProfileImportError
from sidedoor.profile.models import (
    Certification,
    EducationEntry,
    ImportedProfile,
    SkillEntry,
    WorkEntry,
)

FILES = ("profile.csv", "positions.csv", "skills.csv", "education.csv", "certifications.csv",
         "email addresses.csv")
_DEGREE_ABBR = re.compile(r"\s+-\s+[A-Z][A-Za-z.]{0,6}$")


def _k(name: str) -> str:
    return re.sub(r"[\s_]+", "", name).casefold()


def _rows(text: str) -> list[dict[str, str]]:
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    start = 0
    for i, line in enumerate(lines[:10]):  # skip a "Notes:" preamble before the header
        if "," in line and not line.lower().startswith("notes"):
            start = i
            break
    reader = csv.DictReader(io.StringIO("".join(lines[start:])))
    return [{_k(k): (v or "").strip() for k, v in row.items() if k} for row in reader]


def is_linkedin_name(name: str) -> bool:
    return Path(name).name.casefold() in FILES


def read_export(path: Path) -> dict[str, str]:
    """The export's CSVs by lower-case file name, from a ZIP, a folder or one CSV file."""
    if path.is_dir():
        return {p.name.casefold(): p.read_text(encoding="utf-8-sig")
                for p in path.rglob("*.csv") if is_linkedin_name(p.name)}
    if path.suffix.lower() == ".zip":
        from sidedoor.intake.readers.archive import open_zip, read_member
        from sidedoor.intake.readers.base import Limits

        limits = Limits()
        archive = open_zip(path.read_bytes(), str(path), limits)
        found = {}
        for name in archive.namelist():
            if is_linkedin_name(name):
                data = read_member(archive, name, str(path), limits, limits.max_bytes)
                found[Path(name).name.casefold()] = data.decode("utf-8-sig", errors="replace")
        return found
    return {path.name.casefold(): path.read_text(encoding="utf-8-sig")}


def parse_linkedin(files: dict[str, str], source: str) -> ImportedProfile:
    if not any(name in files for name in FILES):
        raise ProfileImportError(f"{source} holds none of LinkedIn's profile files.")
    prof = (_rows(files["profile.csv"]) or [{}])[0] if "profile.csv" in files else {}
    name = " ".join(p for p in (prof.get("firstname"), prof.get("lastname")) if p) or None
    emails = _rows(files.get("email addresses.csv", ""))
    primary = next((e for e in emails if e.get("primary", "").lower() == "yes"), None)
    email = (primary or (emails[0] if emails else {})).get("emailaddress") or None
    work = [
        WorkEntry(title=r.get("title") or "(no title)", employer=r.get("companyname") or None,
                  start=parse_date(r.get("startedon")), end=parse_date(r.get("finishedon")),
                  location=r.get("location") or None, description=r.get("description") or None)
        for r in _rows(files.get("positions.csv", ""))
    ]
    education = []
    for r in _rows(files.get("education.csv", "")):
        degree, area = _degree(r.get("degreename", ""), r.get("fieldofstudy", ""))
        if r.get("schoolname"):
            education.append(EducationEntry(
                institution=r["schoolname"], degree=degree, area=area,
                start=parse_date(r.get("startdate")), end=parse_date(r.get("enddate"))))
    certs = [
        Certification(name=r["name"], issuer=r.get("authority") or None,
                      date=parse_date(r.get("startedon")))
        for r in _rows(files.get("certifications.csv", "")) if r.get("name")
    ]
    skills = [
        SkillEntry(label=r["name"], source="linkedin", source_ref=f"{source} (Skills.csv)")
        for r in _rows(files.get("skills.csv", "")) if r.get("name")
    ]
    return ImportedProfile(
        name=name, headline=prof.get("headline") or None, email=email,
        location=prof.get("geolocation") or None, postal_code=prof.get("zipcode") or None,
        summary=prof.get("summary") or None, work=work, education=education,
        certifications=certs, skills=skills, source_format="linkedin", source_ref=source,
    )


def _degree(degree: str, field: str) -> tuple[str | None, str | None]:
    """'Bachelor of Science - BS, Computer Science' -> ('Bachelor of Science',
    'Computer Science'); a separate field-of-study column wins."""
    head, _, rest = degree.partition(",")
    head = _DEGREE_ABBR.sub("", head.strip())
    return head or None, (field or rest).strip() or None
