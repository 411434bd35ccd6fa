"""JSON Resume (jsonresume.org schema v1) -> ImportedProfile, and back (for storage)."""

from __future__ import annotations

import json
from typing import Any

from sidedoor.profile.dates import parse_date
from sidedoor.profile.errors import ProfileImportError
from sidedoor.profile.models import (
    Certification,
    EducationEntry,
    ImportedProfile,
    SkillEntry,
    WorkEntry,
)


def looks_like_json_resume(data: Any) -> bool:
    return isinstance(data, dict) and ("basics" in data or "work" in data)


def parse_json_resume(text: str, source: str) -> ImportedProfile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileImportError(f"{source} is not valid JSON ({exc}).") from None
    if not looks_like_json_resume(data):
        raise ProfileImportError(f"{source} is JSON but not a JSON Resume (no basics or work).")
    basics = data.get("basics") or {}
    loc = basics.get("location") or {}
    location = ", ".join(p for p in (loc.get("city"), loc.get("region")) if p) or None
    work = [
        WorkEntry(
            title=str(w.get("position") or "").strip() or "(no title)",
            employer=w.get("name") or w.get("company"),
            start=parse_date(w.get("startDate")),
            end=parse_date(w.get("endDate")),
            location=w.get("location"),
            description="\n".join(
                [w.get("summary") or "", *(f"• {h}" for h in w.get("highlights") or [])]
            ).strip() or None,
        )
        for w in data.get("work") or []
    ]
    education = [
        EducationEntry(
            institution=str(e.get("institution") or "").strip(),
            degree=e.get("studyType"),
            area=e.get("area"),
            start=parse_date(e.get("startDate")),
            end=parse_date(e.get("endDate")),
        )
        for e in data.get("education") or [] if e.get("institution")
    ]
    certs = [
        Certification(name=str(c.get("name")), issuer=c.get("issuer"),
                      date=parse_date(c.get("date")))
        for c in data.get("certificates") or [] if c.get("name")
    ]
    skills: list[SkillEntry] = []
    for group in data.get("skills") or []:
        labels = list(group.get("keywords") or []) or [group.get("name")]
        for label in labels:
            if label:
                skills.append(SkillEntry(label=str(label).strip(), source="resume",
                                         source_ref=f"{source} (skills: {group.get('name')})"))
    for lang in data.get("languages") or []:
        if lang.get("language"):
            skills.append(SkillEntry(label=lang["language"], kind="language", source="resume",
                                     source_ref=f"{source} (languages)"))
    return ImportedProfile(
        name=basics.get("name"), headline=basics.get("label"), email=basics.get("email"),
        phone=basics.get("phone"), location=location, postal_code=loc.get("postalCode"),
        country_code=loc.get("countryCode"), summary=basics.get("summary"),
        work=work, education=education, certifications=certs, skills=skills,
        source_format="json_resume", source_ref=source,
    )


def to_json_resume(p: ImportedProfile) -> dict[str, Any]:
    """The imported profile as a JSON Resume document (what `profile.resume_json` keeps)."""
    groups: dict[str, list[str]] = {}
    for s in p.skills:
        if s.source in ("resume", "linkedin") and s.kind not in ("certification", "language"):
            groups.setdefault(s.kind, []).append(s.label)
    return {
        "basics": {
            "name": p.name, "label": p.headline, "email": p.email, "phone": p.phone,
            "summary": p.summary,
            "location": {"city": p.location, "postalCode": p.postal_code,
                         "countryCode": p.country_code},
        },
        "work": [{"name": w.employer, "position": w.title, "startDate": w.start,
                  "endDate": w.end, "location": w.location, "summary": w.description}
                 for w in p.work],
        "education": [{"institution": e.institution, "studyType": e.degree, "area": e.area,
                       "startDate": e.start, "endDate": e.end} for e in p.education],
        "certificates": [{"name": c.name, "issuer": c.issuer, "date": c.date}
                         for c in p.certifications],
        "skills": [{"name": kind, "keywords": labels} for kind, labels in groups.items()],
        "languages": [{"language": s.label} for s in p.skills if s.kind == "language"],
    }
