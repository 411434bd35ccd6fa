"""A realistic, deterministic sample store: rows for every table.

Used by the export/import tests (the lossless round trip must cover every table and every
kind of value: unicode, NULLs, JSON, timestamps with offsets, floats, bytes) and to measure
the store at a given size. ``scale=1`` gives about 60 rows; ``scale=180`` about 10,000.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Table

from sidedoor.store import schema as s
from sidedoor.store.db import Store

Rows = dict[str, list[dict[str, Any]]]

_T0 = datetime(2025, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
_CET = timezone(timedelta(hours=1))
_IST = timezone(timedelta(hours=5, minutes=30))

_NAMES = [
    "Zoë Ångström-Núñez",
    "Priya Raman",
    "Łukasz Wróbel",
    "Siobhán O'Connor",
    "李娜",
    "José Álvarez",
    "Ana-Maria Popescu",
    "Kwame Mensah",
    "Chloé Dubois",
    "Ólafur Jónsson",
]
_COMPANIES = [
    "Acme Widgets GmbH",
    "Nordlicht Software AB",
    "Café Résumé S.A.",
    "Umbrella Health",
    "Globex & Söhne",
    "Initech",
    "北京数据科技",
    "Hooli",
]
_TITLES = [
    ("Senior Web Developer", "15-1254.00"),
    ("Software Developer", "15-1252.00"),
    ("Data Scientist", "15-2051.00"),
    ("Product Manager", "11-2021.00"),
    ("DevOps Engineer", "15-1244.00"),
    ("UX Designer", "15-1255.00"),
]
_SKILLS = [
    ("Python", "technology"),
    ("JavaScript", "technology"),
    ("PostgreSQL", "technology"),
    ("Active Listening", "skill"),
    ("Critical Thinking", "skill"),
    ("Mathematics", "knowledge"),
    ("Kommunikation", "skill"),
    ("AWS Certified", "certification"),
]


def _ts(rng: random.Random, *, zone: timezone = UTC) -> datetime:
    moment = _T0 + timedelta(seconds=rng.randrange(0, 3_000_000))
    if rng.random() < 0.3:
        moment = moment.replace(microsecond=0)
    return moment.astimezone(zone)


def _pick(rng: random.Random, items: list[Any]) -> Any:
    return items[rng.randrange(len(items))]


def sample_rows(scale: int = 1, *, seed: int = 2025) -> Rows:
    """Rows for every table in ``schema.metadata``, keyed by table name, ids from 1."""
    rng = random.Random(seed)
    rows: Rows = {t.name: [] for t in s.metadata.sorted_tables}
    people = max(1, scale // 60)
    for p in range(1, people + 1):
        rows["profile"].append(
            {
                "id": p,
                "name": _NAMES[(p - 1) % len(_NAMES)],
                "headline": "Web developer → ML?",
                "email": f"person{p}@example.org",
                "phone": None if p % 2 else "+41 44 123 45 67",
                "location": "Zürich, Schweiz",
                "postal_code": "8001",
                "country_code": "CH",
                "geoname_id": 2657896,
                "latitude": 47.36667,
                "longitude": 8.55,
                "summary": "Builds things for the web.\nLikes tea ☕ and long walks.",
                "resume_text": "ZOË ÅNGSTRÖM-NÚÑEZ\nExperience …",
                "resume_source": "resume.pdf",
                "resume_json": {"basics": {"name": _NAMES[0], "label": "Developer"}, "work": []},
                "aspirations": [{"kind": "title", "value": "Staff Engineer"}, "lead a team"],
                "deal_breakers": ["relocation", {"commute_minutes_over": 60}],
                "preferences": {"remote": "hybrid", "weights": {"pay": 0.5, "growth": 0.3}},
                "min_base_pay": 110000.0,
                "pay_currency": "CHF",
                "max_commute_minutes": 45,
                "remote_preference": "hybrid",
                "created_at": _ts(rng),
                "updated_at": _ts(rng, zone=_CET),
            }
        )
        for j in range(3):
            title, code = _TITLES[j]
            rows["jobs_held"].append(
                {
                    "id": len(rows["jobs_held"]) + 1,
                    "profile_id": p,
                    "title": title,
                    "employer": _COMPANIES[j],
                    "occupation_code": code,
                    "industry": "Software",
                    "start_date": date(2015 + 3 * j, 9, 1),
                    "end_date": None if j == 2 else date(2018 + 3 * j, 8, 31),
                    "is_current": j == 2,
                    "description": "Shipped the checkout; cut latency 40 %.",
                    "location": "Zürich",
                    "postal_code": "8005",
                    "country_code": "CH",
                    "workplace": "hybrid",
                    "remote_days": 2.5,
                    "commute_mode": "transit",
                    "commute_minutes": 35,
                    "commute_distance_km": 12.3,
                    "commute_cost_monthly": 85.0,
                    "base_pay": 98500.0 + 0.1 * j,
                    "pay_period": "year",
                    "currency": "CHF",
                    "hours_per_week": 41.5,
                    "bonus": None if j else 5000.0,
                    "equity": 1e-7 * j,
                    "equity_notes": "RSUs vest 25 %/yr",
                    "retirement_match": 6.0,
                    "health_premium": 312.45,
                    "pto_days": 25.0,
                    "benefits": [{"name": "GA travelcard", "value": 3860}],
                    "notes": None,
                    "created_at": _ts(rng),
                    "updated_at": _ts(rng),
                }
            )
        for k, (label, kind) in enumerate(_SKILLS):
            rows["profile_skills"].append(
                {
                    "id": len(rows["profile_skills"]) + 1,
                    "profile_id": p,
                    "label": label,
                    "kind": kind,
                    "code": f"2.A.1.{k}" if kind == "skill" else None,
                    "taxonomy": "onet" if kind == "skill" else None,
                    "level": 1 + k % 5,
                    "years": 0.5 * k,
                    "source": "resume",
                    "source_ref": "resume.pdf",
                    "job_held_id": len(rows["jobs_held"]) if k % 2 else None,
                    "created_at": _ts(rng),
                }
            )
        rows["stories"].append(
            {
                "id": len(rows["stories"]) + 1,
                "profile_id": p,
                "job_held_id": 1,
                "title": "Saved the Black Friday launch",
                "situation": "Checkout fell over at 3 a.m.",
                "task": "Restore service",
                "action": "Rolled back, added a circuit breaker",
                "result": "0 minutes down the next year",
                "skills": ["incident response"],
                "tags": None,
                "created_at": _ts(rng),
                "updated_at": _ts(rng),
            }
        )

    for r in range(1, 2 * scale + 1):
        rows["recruiters"].append(
            {
                "id": r,
                "name": _pick(rng, _NAMES),
                "email": f"recruiter{r}@talent.example",
                "phone": None,
                "profile_url": f"https://www.linkedin.com/in/recruiter-{r}",
                "agency": "TalentBridge Partners" if r % 3 else None,
                "company": None if r % 3 else _pick(rng, _COMPANIES),
                "title": "Senior Recruiter",
                "location": "Berlin",
                "notes": "Friendly 👋; prefers calls on Fridays",
                "created_at": _ts(rng),
                "updated_at": _ts(rng),
            }
        )
    channels = list(s.CHANNELS)
    for m in range(1, 6 * scale + 1):
        body = f"Hi Zoë, I have a role that might interest you (#{m}). Gehalt: 120–140 k€."
        rows["source_messages"].append(
            {
                "id": m,
                "channel": channels[m % len(channels)],
                "external_id": f"<msg-{m}@mail>",
                "thread_key": f"thread-{(m + 1) // 2}",
                "sender_name": _pick(rng, _NAMES),
                "sender_address": f"recruiter{1 + m % (2 * scale)}@talent.example",
                "recipient": "person1@example.org",
                "subject": "Opportunité / Opportunity",
                "sent_at": _ts(rng, zone=_IST if m % 2 else _CET),
                "body": body,
                "body_html": f"<p>{body}</p>" if m % 2 else None,
                "raw": ("Subject: hi\r\n\r\n" + body).encode("latin-1", "replace") + b"\xe9\x00",
                "raw_type": "message/rfc822",
                "origin": "inbox.mbox",
                "headers": {"Message-ID": f"<msg-{m}@mail>", "X-Count": m},
                "content_sha256": hashlib.sha256(body.encode()).hexdigest(),
                "recruiter_id": 1 + m % (2 * scale),
                "created_at": _ts(rng),
            }
        )
    for o in range(1, 3 * scale + 1):
        title, code = _pick(rng, _TITLES)
        rows["opportunities"].append(
            {
                "id": o,
                "title": title,
                "company": _pick(rng, _COMPANIES),
                "recruiter_id": 1 + o % (2 * scale),
                "profile_id": 1 if o % 4 else None,
                "stage": s.STAGES[o % len(s.STAGES)],
                "source_channel": "linkedin",
                "url": None,
                "location": "Remote (EU)",
                "summary": "Series B, 80 people",
                "next_action": "Ask about the bonus",
                "next_action_at": _ts(rng),
                "fields": {"team_size": 7, "stack": ["Python", "Go"], "visa": None},
                "created_at": _ts(rng),
                "updated_at": _ts(rng),
            }
        )
        for m in (2 * o - 1, 2 * o):
            rows["opportunity_messages"].append(
                {
                    "opportunity_id": o,
                    "message_id": m,
                    "role": "origin" if m % 2 else "reply",
                    "created_at": _ts(rng),
                }
            )
        for n in range(2):
            rows["positions"].append(
                {
                    "id": len(rows["positions"]) + 1,
                    "opportunity_id": o,
                    "title": title if n == 0 else f"Lead {title}",
                    "company": None,
                    "department": "Platform",
                    "occupation_code": code,
                    "occupation_confidence": 0.8734,
                    "description": "You will … ✨",
                    "workplace": "hybrid",
                    "office_days": 2.0,
                    "employment_type": "full_time",
                    "seniority": "senior",
                    "pay_min": 120000.0,
                    "pay_max": 140000.5,
                    "pay_currency": "EUR",
                    "pay_period": "year",
                    "locations": [{"text": "München", "geoname_id": 2867714}],
                    "benefits": ["30 days PTO"],
                    "skills": [{"label": "Python", "required": True}],
                    "evidence": {"pay_min": "120–140 k€"},
                    "url": "https://jobs.example/123",
                    "posted_at": _ts(rng),
                    "valid_through": None,
                    "source_message_id": 2 * o - 1,
                    "created_at": _ts(rng),
                    "updated_at": _ts(rng),
                }
            )
        for key, value in (("base_pay", 131000), ("remote_days", 2.5), ("bonus", None)):
            rows["opportunity_facts"].append(
                {
                    "id": len(rows["opportunity_facts"]) + 1,
                    "opportunity_id": o,
                    "position_id": len(rows["positions"]),
                    "key": key,
                    "value": value,
                    "source": "recruiter",
                    "is_what_if": key == "bonus",
                    "note": None,
                    "source_message_id": 2 * o,
                    "recorded_at": _ts(rng),
                }
            )
        for e, (kind, before, after) in enumerate(
            (("stage_change", "new", "interested"), ("interview", None, None), ("note", None, None))
        ):
            rows["tracker_events"].append(
                {
                    "id": len(rows["tracker_events"]) + 1,
                    "opportunity_id": o,
                    "kind": kind,
                    "stage_from": before,
                    "stage_to": after,
                    "title": "Call with the hiring manager",
                    "note": "Ask about on-call" if e else None,
                    "happened_at": _ts(rng),
                    "due_at": _ts(rng) if kind == "interview" else None,
                    "done_at": None,
                    "duration_minutes": 45 if kind == "interview" else None,
                    "location": "https://meet.example/abc",
                    "recruiter_id": 1 + o % (2 * scale),
                    "source_message_id": None,
                    "data": {"ics_uid": f"sd-{o}-{e}"},
                    "created_at": _ts(rng),
                }
            )
    for q_session in range(1, scale + 1):
        rows["practice_sessions"].append(
            {
                "id": q_session,
                "profile_id": 1,
                "opportunity_id": q_session,
                "position_id": 2 * q_session - 1,
                "title": "Practice for the Platform role",
                "mode": "typed",
                "backend": "deterministic",
                "settings": {"questions": 5},
                "summary": {"communication": 71.5, "technical": 64.0},
                "started_at": _ts(rng),
                "ended_at": _ts(rng),
                "created_at": _ts(rng),
            }
        )
        for q in range(1, 6):
            question_id = len(rows["practice_questions"]) + 1
            rows["practice_questions"].append(
                {
                    "id": question_id,
                    "session_id": q_session,
                    "ordinal": q,
                    "text": "Tell me about a time you disagreed with a decision.",
                    "kind": "behavioral",
                    "competency": "Active Listening",
                    "basis": {"task": "Confer with team", "source": "posting"},
                    "rubric": None,
                    "created_at": _ts(rng),
                }
            )
            for attempt in (1, 2) if q % 2 else (1,):
                rows["practice_answers"].append(
                    {
                        "id": len(rows["practice_answers"]) + 1,
                        "question_id": question_id,
                        "attempt": attempt,
                        "answer_text": "Situation… Task… Action… Résultat…",
                        "story_id": 1 if attempt == 2 else None,
                        "started_at": _ts(rng),
                        "submitted_at": _ts(rng),
                        "score": 72.5 + attempt / 3,
                        "feedback": {"strengths": ["structure"], "improve": ["quantify"]},
                        "scorer": "deterministic",
                        "created_at": _ts(rng),
                    }
                )
    return rows


def fill_store(store: Store, scale: int = 1, *, seed: int = 2025) -> dict[str, int]:
    """Insert ``sample_rows(scale)`` into an empty store; returns rows per table."""
    rows = sample_rows(scale, seed=seed)
    tables: dict[str, Table] = dict(s.metadata.tables)
    with store.begin() as conn:
        for table in s.metadata.sorted_tables:
            if rows[table.name]:
                conn.execute(tables[table.name].insert(), rows[table.name])
    return {name: len(r) for name, r in rows.items()}
