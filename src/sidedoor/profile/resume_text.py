"""A résumé's plain text (from PDF, DOCX or .txt) -> ImportedProfile.

Deterministic and explained: the text is cut into sections at heading lines ("Experience",
"Education", "Skills", "Certifications", "Summary", "Languages"); the lines before the first
heading hold the name (first line), e-mail, phone and location. In Experience, a line with a
date range ("Mar 2019 – Present") closes an entry: the one or two lines before it (or the
text before the range on the same line) give title and employer, split at " — ", " | ",
" at " or ", " (a line that reads like a job title is the title when they are on two lines);
text after the range is the location; bullets are the description. Education entries end at
a line with a year; Certifications are one per line ("Name — Issuer (Jun 2021)"); Skills are
split at commas, semicolons, bullets and pipes, after a "Category:" prefix is dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from sidedoor.profile.dates import DATE, RANGE, is_present, parse_date
from sidedoor.profile.errors import ProfileImportError
from sidedoor.profile.models import (
    Certification,
    EducationEntry,
    ImportedProfile,
    SkillEntry,
    SourceFormat,
    WorkEntry,
)

HEADINGS = {
    "experience": ("experience", "work experience", "professional experience", "employment",
                   "employment history", "work history", "career history", "berufserfahrung"),
    "education": ("education", "education and training", "academic background", "ausbildung"),
    "skills": ("skills", "technical skills", "core skills", "key skills", "competencies",
               "core competencies", "technologies", "skills and tools", "kenntnisse"),
    "certifications": ("certifications", "certificates", "licenses and certifications",
                       "certifications and licenses", "licences and certifications"),
    "summary": ("summary", "profile", "professional summary", "about", "about me", "objective"),
    "languages": ("languages", "sprachen"),
}
_HEADING = {v: k for k, vs in HEADINGS.items() for v in vs}
_BULLET = re.compile(r"^\s*[•\-*▪◦●·–]\s+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_URL = re.compile(r"(?:https?://|www\.|linkedin\.com|github\.com)\S*", re.I)
_SEPARATORS = (" — ", " – ", " | ", " @ ", " at ", ", ")
_INSTITUTION = re.compile(r"\b(?:university|college|school|institute|academy|polytechnic|"
                          r"universit[äa]t|hochschule|école|conservatory)\b", re.I)
_TITLE_WORD = re.compile(
    r"\b(?:engineer|developer|manager|analyst|designer|director|lead|specialist|consultant|"
    r"scientist|administrator|nurse|teacher|coordinator|assistant|officer|architect|intern|"
    r"accountant|technician|programmer|head|vp|president|associate|representative|"
    r"supervisor|advisor|editor|writer|researcher|owner|founder)\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_TRAILING_DATE = re.compile(rf"[\s,(—–-]*(?P<date>{DATE})\)?\s*$", re.I)


def read_resume_file(path: Path) -> tuple[str, SourceFormat]:
    """The text of a PDF, DOCX or text résumé (intake's readers, within their limits)."""
    from sidedoor.intake.errors import IntakeError
    from sidedoor.intake.readers.base import Limits
    from sidedoor.intake.readers.documents import read_docx, read_pdf

    data = path.read_bytes()
    limits = Limits()
    if len(data) > limits.max_bytes:
        raise ProfileImportError(f"{path} is larger than {limits.max_bytes:,} bytes.")
    try:
        if data[:5] == b"%PDF-":
            return read_pdf(data, str(path), limits).text, "pdf"
        if data[:2] == b"PK":
            return read_docx(data, str(path), limits).text, "docx"
    except IntakeError as exc:
        raise ProfileImportError(f"{path}: {exc.message}", hint=exc.hint) from exc
    from sidedoor.intake.textutil import decode_bytes

    return decode_bytes(data)[0], "text"


def _heading(line: str) -> str | None:
    key = re.sub(r"\s+", " ", line.strip().strip(":").replace("&", "and")).casefold()
    return _HEADING.get(key) if len(key) <= 40 else None


def split_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"header": []}
    current = "header"
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        name = _heading(line)
        if name:
            current = name
            sections.setdefault(current, [])
            continue
        sections[current].append(line)
    return sections


def parse_resume_text(text: str, source: str, fmt: SourceFormat = "text") -> ImportedProfile:
    sections = split_sections(text)
    header = sections.get("header", [])
    if not header:
        raise ProfileImportError(f"{source}: no name line at the top of the résumé.")
    joined = " | ".join(header)
    email = _EMAIL.search(joined)
    phone = _PHONE.search(_EMAIL.sub(" ", joined))
    location = None
    headline = None
    for line in header[1:]:
        parts = [p.strip() for p in re.split(r"\s[|·•]\s", line)]
        for part in parts:
            if _EMAIL.search(part) or _URL.search(part) or _PHONE.fullmatch(part):
                continue
            if location is None and "," in part and len(part) < 60:
                location = part
        if headline is None and len(parts) == 1 and not _EMAIL.search(line) and "," not in line:
            headline = line
    certs = [c for c in (_certification(line) for line in sections.get("certifications", []))
             if c is not None]
    skills = [SkillEntry(label=label, source="resume", source_ref=f"{source} (skills section)")
              for label in _skill_labels(sections.get("skills", []))]
    skills += [SkillEntry(label=re.sub(r"\s*\(.*?\)", "", label), kind="language",
                          source="resume", source_ref=f"{source} (languages)")
               for label in _skill_labels(sections.get("languages", []))]
    postal = None
    if location:
        zip_found = re.search(r"\s+(\d{5})(?:-\d{4})?$", location)
        if zip_found:
            postal, location = zip_found.group(1), location[: zip_found.start()].strip(" ,")
    return ImportedProfile(
        name=header[0], headline=headline, postal_code=postal,
        email=email.group(0) if email else None,
        phone=phone.group(0).strip() if phone else None, location=location,
        summary=" ".join(sections.get("summary", [])) or None,
        work=_work(sections.get("experience", [])),
        education=_education(sections.get("education", [])),
        certifications=certs, skills=skills, source_format=fmt, source_ref=source,
        resume_text=text,
    )


def _split_pair(line: str) -> tuple[str, str | None]:
    for sep in _SEPARATORS:
        if sep in line:
            left, _, right = line.partition(sep)
            return left.strip(), right.strip() or None
    return line.strip(), None


def _title_and_employer(lines: list[str]) -> tuple[str, str | None]:
    lines = [x.strip(" |,—–-") for x in lines if x.strip(" |,—–-")]
    if not lines:
        return "(no title)", None
    if len(lines) == 1 or any(sep in lines[0] for sep in _SEPARATORS[:4]):
        return _split_pair(lines[0])
    first, second = lines[-2], lines[-1]
    if _TITLE_WORD.search(second) and not _TITLE_WORD.search(first):
        return second, first
    return first, second


def _work(lines: list[str]) -> list[WorkEntry]:
    entries: list[WorkEntry] = []
    pending: list[str] = []
    for line in lines:
        if _BULLET.match(line):
            if entries:
                _describe(entries[-1], _BULLET.sub("• ", line))
            continue
        found = RANGE.search(line)
        if not found:
            pending.append(line)
            continue
        before = line[: found.start()].strip(" |,—–-(")
        after = line[found.end():].strip(" |,—–-)")
        if before and any(sep in before for sep in _SEPARATORS[:4]):
            head, used = [before], 0
        elif before:
            head, used = [*pending[-1:], before], min(len(pending), 1)
        else:
            head, used = pending[-2:], min(len(pending), 2)
        for extra in pending[: len(pending) - used]:
            if entries:
                _describe(entries[-1], extra)
        title, employer = _title_and_employer(head)
        end = found.group("end")
        entries.append(WorkEntry(title=title, employer=employer,
                                 start=parse_date(found.group("start")),
                                 end=None if is_present(end) else parse_date(end),
                                 location=after or None))
        pending = []
    for extra in pending:
        if entries:
            _describe(entries[-1], extra)
    return entries


def _describe(entry: WorkEntry, line: str) -> None:
    entry.description = f"{entry.description}\n{line}" if entry.description else line


def _education(lines: list[str]) -> list[EducationEntry]:
    out: list[EducationEntry] = []
    group: list[str] = []
    for line in lines:
        group.append(_BULLET.sub("", line))
        if not _YEAR.search(line):
            continue
        text = " — ".join(group)
        group = []
        start = end = None
        found = RANGE.search(text)
        if found:
            start, end = parse_date(found.group("start")), parse_date(found.group("end"))
            text = text[: found.start()] + text[found.end():]
        else:
            years = list(_YEAR.finditer(text))
            end = years[-1].group(0)
            text = text[: years[-1].start()] + text[years[-1].end():]
        parts = [p.strip(" ,|()—–-") for p in re.split(r"\s[—–|]\s|,\s(?=[^,]*\b(?:university|"
                                                        r"college|school|institute)\b)", text,
                                                        flags=re.I)]
        parts = [p for p in parts if p]
        institution = next((p for p in parts if _INSTITUTION.search(p)), parts[-1] if parts else "")
        rest = [p for p in parts if p != institution]
        degree, area = _degree(" , ".join(rest)) if rest else (None, None)
        if institution:
            out.append(EducationEntry(institution=institution, degree=degree, area=area,
                                      start=start, end=end))
    return out


def _degree(text: str) -> tuple[str | None, str | None]:
    text = re.sub(r"\s+,\s+", ", ", text).strip(" ,")
    for sep in (" in ", ", "):
        if sep in text:
            left, _, right = text.partition(sep)
            return left.strip() or None, right.strip() or None
    return text or None, None


def _certification(line: str) -> Certification | None:
    line = _BULLET.sub("", line).strip()
    if not line:
        return None
    date = None
    found = _TRAILING_DATE.search(line)
    if found and found.start() > 0:
        date = parse_date(found.group("date"))
        line = line[: found.start()].strip(" ,(—–-")
    for sep in (" — ", " | ", " – "):
        if sep in line:
            name, _, issuer = line.rpartition(sep)
            return Certification(name=name.strip(), issuer=issuer.strip() or None, date=date)
    name, _, issuer = line.rpartition(", ")
    if name:
        return Certification(name=name.strip(), issuer=issuer.strip() or None, date=date)
    return Certification(name=line, date=date)


def _skill_labels(lines: list[str]) -> list[str]:
    labels: list[str] = []
    for line in lines:
        line = _BULLET.sub("", line)
        head, sep, rest = line.partition(":")
        if sep and len(head) <= 30:
            line = rest
        for part in re.split(r"\s*[,;•|·]\s*", line):
            part = part.strip(" .")
            if part and part not in labels:
                labels.append(part)
    return labels
