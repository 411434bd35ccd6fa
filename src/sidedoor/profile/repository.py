"""The profile in the user's store: repository functions over ``profile``, ``jobs_held`` and
``profile_skills`` (SQLAlchemy Core, so SQLite and PostgreSQL alike).

The store holds one person: the profile row with the lowest id. Imports never overwrite what
is already there without ``replace=True``: a differing stored value is kept and reported.
Baseline fields the schema has no column for (bonus target %, equity grant and vesting,
on-call) are kept in ``jobs_held.benefits`` as ``{"name": FIELD, "value": ...}`` entries;
education and certifications live in ``profile.resume_json`` (JSON Resume).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from sidedoor.profile.errors import NoProfile
from sidedoor.profile.jsonresume import to_json_resume
from sidedoor.profile.models import (
    Certification,
    CurrentJob,
    DealBreaker,
    EducationEntry,
    ImportedProfile,
    ImportReport,
    ProfileView,
    SkillEntry,
    SkillKind,
    WorkEntry,
)
from sidedoor.store import Store
from sidedoor.store.schema import jobs_held, profile, profile_skills

#: CurrentJob fields kept in jobs_held.benefits (no column of their own yet).
EXTRA_FIELDS = ("bonus_percent", "equity_grant", "equity_vesting_years", "on_call")
PROFILE_FIELDS = ("name", "headline", "email", "phone", "location", "postal_code",
                  "country_code", "summary")
JOB_COLUMNS = ("title", "employer", "occupation_code", "location", "postal_code",
               "country_code", "workplace", "remote_days", "hours_per_week", "commute_mode",
               "commute_minutes", "commute_distance_km", "commute_cost_monthly", "base_pay",
               "pay_period", "currency", "bonus", "equity", "retirement_match",
               "health_premium", "pto_days")


def profile_id(conn: Connection) -> int | None:
    row = conn.execute(select(profile.c.id).order_by(profile.c.id).limit(1)).first()
    return int(row[0]) if row else None


def _require(conn: Connection) -> int:
    pid = profile_id(conn)
    if pid is None:
        raise NoProfile("There is no profile in your store yet.")
    return pid


def _ensure(conn: Connection, name: str = "Me") -> int:
    """The profile's id, creating the profile (named ``name``) when there is none yet: a
    current job or a skill can be the first thing someone records."""
    pid = profile_id(conn)
    if pid is None:
        pid = _new_id(conn.execute(insert(profile).values(name=name)))
    return pid


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _to_date(text: str | None) -> date | None:
    if not text:
        return None
    found = re.match(r"(\d{4})(?:-(\d{2}))?", text)
    if not found:
        return None
    return date(int(found.group(1)), int(found.group(2) or 1), 1)


def _from_date(value: date | None) -> str | None:
    return None if value is None else f"{value.year}-{value.month:02d}"


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").casefold()).strip()


def save_import(store: Store, imported: ImportedProfile, *, replace: bool = False
                ) -> ImportReport:
    """Store an imported profile: fill the profile, add or update jobs, add skills."""
    with store.begin() as conn:
        pid = profile_id(conn)
        created = pid is None
        kept: dict[str, str] = {}
        values = {f: getattr(imported, f) for f in PROFILE_FIELDS if getattr(imported, f)}
        resume = {"resume_text": imported.resume_text, "resume_source": imported.source_ref,
                  "resume_json": to_json_resume(imported)}
        if pid is None:
            pid = _new_id(conn.execute(insert(profile).values(
                name=imported.name or "Me", **{k: v for k, v in values.items() if k != "name"},
                **resume)))
        else:
            stored = conn.execute(select(profile).where(profile.c.id == pid)).one()._mapping
            changes: dict[str, Any] = dict(resume)
            for field, value in values.items():
                old = stored[field]
                if old in (None, "") or replace:
                    changes[field] = value
                elif _norm(str(old)) != _norm(str(value)):
                    kept[field] = str(old)
            conn.execute(update(profile).where(profile.c.id == pid).values(**changes))
        added, updated = _merge_jobs(conn, pid, imported.work)
        skills_added = _add_skills(conn, pid, imported)
    return ImportReport(source=imported.source_ref, source_format=imported.source_format,
                        profile_id=pid, created=created, jobs_added=added, jobs_updated=updated,
                        skills_added=skills_added, kept=kept, notes=list(imported.warnings))


def _merge_jobs(conn: Connection, pid: int, work: list[WorkEntry]) -> tuple[int, int]:
    existing = [dict(r._mapping) for r in conn.execute(
        select(jobs_held).where(jobs_held.c.profile_id == pid))]
    added = updated = 0
    latest_current = max((w.start or "" for w in work if w.end is None), default=None)
    for w in work:
        start = _to_date(w.start)
        match = next((r for r in existing if _norm(r["title"]) == _norm(w.title)
                      and _norm(r["employer"]) == _norm(w.employer)
                      and (r["start_date"] in (None, start))), None)
        row = {"title": w.title, "employer": w.employer, "start_date": start,
               "end_date": _to_date(w.end), "description": w.description,
               "location": w.location, "occupation_code": w.occupation_code,
               "is_current": w.end is None and (w.start or "") == latest_current}
        if match is None:
            conn.execute(insert(jobs_held).values(profile_id=pid, **row))
            added += 1
            continue
        fill = {k: v for k, v in row.items() if v is not None and match.get(k) in (None, "")}
        if fill:
            conn.execute(update(jobs_held).where(jobs_held.c.id == match["id"]).values(**fill))
            updated += 1
    return added, updated


def _add_skills(conn: Connection, pid: int, imported: ImportedProfile) -> int:
    have = {(r.kind, r.label.casefold()) for r in conn.execute(
        select(profile_skills.c.kind, profile_skills.c.label)
        .where(profile_skills.c.profile_id == pid))}
    rows = []
    entries = list(imported.skills) + [
        SkillEntry(label=c.name, kind="certification",
                   source="linkedin" if imported.source_format == "linkedin" else "resume",
                   source_ref=f"{imported.source_ref} (certifications)"
                   + (f": {c.issuer}" if c.issuer else ""))
        for c in imported.certifications]
    for s in entries:
        key = (s.kind, s.label.casefold())
        if key in have:
            continue
        have.add(key)
        rows.append({"profile_id": pid, "label": s.label, "kind": s.kind, "code": s.code,
                     "taxonomy": s.taxonomy, "source": s.source, "source_ref": s.source_ref})
    if rows:
        conn.execute(insert(profile_skills), rows)
    return len(rows)


def load_profile(store: Store) -> ProfileView:
    with store.connect() as conn:
        return load_with(conn)


def load_with(conn: Connection) -> ProfileView:
    pid = _require(conn)
    p = conn.execute(select(profile).where(profile.c.id == pid)).one()._mapping
    jobs = [dict(r._mapping) for r in conn.execute(
        select(jobs_held).where(jobs_held.c.profile_id == pid)
        .order_by(jobs_held.c.is_current.desc(), jobs_held.c.start_date.desc(),
                  jobs_held.c.id))]
    current = next((j for j in jobs if j["is_current"]), None)
    skills = [SkillEntry(label=r.label, kind=r.kind, source=r.source, source_ref=r.source_ref,
                         code=r.code, taxonomy=r.taxonomy)
              for r in conn.execute(select(profile_skills)
                                    .where(profile_skills.c.profile_id == pid)
                                    .order_by(profile_skills.c.id))]
    resume = p["resume_json"] or {}
    return ProfileView(
        id=pid, **{f: p[f] for f in PROFILE_FIELDS}, resume_source=p["resume_source"],
        aspirations=[str(a) for a in p["aspirations"] or []],
        deal_breakers=[DealBreaker(**d) for d in p["deal_breakers"] or []],
        current_job=_current(current) if current else None,
        work=[WorkEntry(title=j["title"], employer=j["employer"],
                        start=_from_date(j["start_date"]), end=_from_date(j["end_date"]),
                        location=j["location"], description=j["description"],
                        occupation_code=j["occupation_code"]) for j in jobs],
        education=[EducationEntry(**{k: e.get(v) for k, v in (
            ("institution", "institution"), ("degree", "studyType"), ("area", "area"),
            ("start", "startDate"), ("end", "endDate"))})
            for e in resume.get("education") or [] if e.get("institution")],
        certifications=[Certification(name=c["name"], issuer=c.get("issuer"),
                                      date=c.get("date"))
                        for c in resume.get("certificates") or [] if c.get("name")],
        skills=skills,
    )


def _current(row: dict[str, Any]) -> CurrentJob:
    benefits = list(row["benefits"] or [])
    extra = {b["name"]: b.get("value") for b in benefits
             if isinstance(b, dict) and b.get("name") in EXTRA_FIELDS}
    others = [b for b in benefits if not (isinstance(b, dict) and b.get("name") in EXTRA_FIELDS)]
    return CurrentJob(id=row["id"], **{c: row[c] for c in JOB_COLUMNS}, **extra,
                      benefits=others)


def set_current_job(store: Store, values: dict[str, Any]) -> CurrentJob:
    """Create or update the current job with ``values`` (CurrentJob field names); creates
    the profile (named "Me") when there is none yet."""
    with store.begin() as conn:
        pid = _ensure(conn)
        row = conn.execute(select(jobs_held).where(jobs_held.c.profile_id == pid,
                                                   jobs_held.c.is_current.is_(True))
                           .order_by(jobs_held.c.start_date.desc()).limit(1)).first()
        current = _current(dict(row._mapping)) if row else None
        merged = (current.model_dump() if current else {}) | values
        if not merged.get("title"):
            merged["title"] = "Current job"
        job = CurrentJob.model_validate(merged)
        if job.equity is None and job.equity_grant and job.equity_vesting_years:
            job.equity = job.equity_grant / job.equity_vesting_years
        if job.bonus is None and job.bonus_percent is not None and job.base_pay:
            job.bonus = job.base_pay * job.bonus_percent / 100
        columns = {c: getattr(job, c) for c in JOB_COLUMNS}
        columns["benefits"] = job.benefits + [
            {"name": f, "value": getattr(job, f)} for f in EXTRA_FIELDS
            if getattr(job, f) is not None]
        if row is None:
            job.id = _new_id(conn.execute(insert(jobs_held).values(
                profile_id=pid, is_current=True, **columns)))
        else:
            conn.execute(update(jobs_held).where(jobs_held.c.id == row.id).values(**columns))
    return job


def update_profile(store: Store, values: dict[str, Any]) -> None:
    """Set profile columns (PROFILE_FIELDS, aspirations, deal_breakers); creates the
    profile when there is none (``name`` then defaults to "Me")."""
    with store.begin() as conn:
        pid = profile_id(conn)
        if "deal_breakers" in values:
            values = values | {"deal_breakers": [
                d.model_dump() if isinstance(d, DealBreaker) else d
                for d in values["deal_breakers"]]}
        if pid is None:
            conn.execute(insert(profile).values(**({"name": "Me"} | values)))
        else:
            conn.execute(update(profile).where(profile.c.id == pid).values(**values))


def add_manual_skills(store: Store, labels: list[str], kind: SkillKind = "skill") -> int:
    """Add skills by hand (source "manual"); creates the profile when there is none yet."""
    with store.begin() as conn:
        pid = _ensure(conn)
        imported = ImportedProfile(source_format="manual", source_ref="manual",
                                   skills=[SkillEntry(label=x, kind=kind,
                                                      source="manual") for x in labels])
        return _add_skills(conn, pid, imported)
