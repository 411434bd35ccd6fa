"""Practice sessions in the user's store, saved as you go.

    sid = start_session(store, question_set)
    for q in pending(store, sid): ...
    record_answer(store, q.row_id, text, started_at=t0, feedback=fb)   # committed at once
    end_session(store, sid)

Each answer is committed in its own transaction when it is submitted, so a session that is
killed loses only the answer being typed; ``latest_open_session`` finds it again to resume.
Retrying a question adds attempt 2, 3… (``practice_answers.attempt``).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from sidedoor.practice.errors import NoSuchSession
from sidedoor.practice.models import (
    AnswerRecord,
    Feedback,
    Probe,
    Question,
    QuestionSet,
    SessionRecord,
)
from sidedoor.store import Store
from sidedoor.store.schema import practice_answers, practice_questions, practice_sessions, profile
from sidedoor.store.types import utcnow


@dataclass(frozen=True)
class SessionQuestion:
    """A question as stored in a session: its row id, order and the question itself."""

    row_id: int
    ordinal: int
    question: Question
    attempts: int
    best_score: float | None


def start_session(store: Store, qset: QuestionSet, *, backend: str = "deterministic",
                  mode: str = "typed") -> int:
    """Store a new session with its questions (one transaction); returns the session id."""
    with store.begin() as conn:
        profile_id = conn.execute(select(func.min(profile.c.id))).scalar()
        sid = _inserted(conn.execute(insert(practice_sessions).values(
            profile_id=profile_id, opportunity_id=qset.opportunity_id,
            position_id=qset.position_id, title=qset.title, mode=mode, backend=backend,
            settings={"occupation_code": qset.occupation_code,
                      "occupation_title": qset.occupation_title, "company": qset.company,
                      "digest": qset.digest, "notes": qset.notes,
                      "ask_them": [a.model_dump(mode="json") for a in qset.ask_them]},
            started_at=utcnow())))
        conn.execute(insert(practice_questions), [
            _question_row(sid, n, q) for n, q in enumerate(qset.questions, start=1)])
    return sid


def _question_row(sid: int, ordinal: int, q: Question) -> dict[str, Any]:
    return {
        "session_id": sid, "ordinal": ordinal, "text": q.text, "kind": q.kind,
        "competency": q.probes[0].label if q.probes else None,
        "basis": {**q.basis, "question_id": q.id, "role_specific": q.role_specific,
                  "probes": [p.model_dump(mode="json") for p in q.probes],
                  "original_text": q.original_text},
        "rubric": {"strong_answer": q.strong_answer, "talking_points": q.talking_points,
                   "terms": q.terms},
    }


def question_from_row(row: Any) -> Question:
    basis = dict(row.basis or {})
    rubric = dict(row.rubric or {})
    probes = [Probe.model_validate(p) for p in basis.pop("probes", [])]
    qid = str(basis.pop("question_id", row.id))
    role_specific = bool(basis.pop("role_specific", False))
    original = basis.pop("original_text", None)
    return Question(id=qid, kind=row.kind or "general", text=row.text, probes=probes,
                    strong_answer=list(rubric.get("strong_answer") or []),
                    talking_points=list(rubric.get("talking_points") or []),
                    terms=list(rubric.get("terms") or []), basis=basis,
                    role_specific=role_specific, original_text=original)


def questions(store: Store, session_id: int) -> list[SessionQuestion]:
    """Every question of a session in order, with attempts so far and the best score."""
    with store.connect() as conn:
        _session_row(conn, session_id)
        stats = {int(r[0]): (int(r[1]), r[2]) for r in conn.execute(
            select(practice_answers.c.question_id, func.count(), func.max(practice_answers.c.score))
            .join(practice_questions, practice_questions.c.id == practice_answers.c.question_id)
            .where(practice_questions.c.session_id == session_id)
            .group_by(practice_answers.c.question_id))}
        rows = conn.execute(select(practice_questions).where(
            practice_questions.c.session_id == session_id).order_by(
            practice_questions.c.ordinal)).all()
    return [SessionQuestion(r.id, r.ordinal, question_from_row(r), *stats.get(r.id, (0, None)))
            for r in rows]


def pending(store: Store, session_id: int) -> list[SessionQuestion]:
    """Questions not answered yet, in order."""
    return [q for q in questions(store, session_id) if q.attempts == 0]


def record_answer(store: Store, question_row_id: int, text: str, *, started_at: datetime | None,
                  feedback: Feedback | None, story_id: int | None = None) -> AnswerRecord:
    """Save one answer (the next attempt) with its feedback, committed at once."""
    with store.begin() as conn:
        attempt = int(conn.execute(select(func.coalesce(func.max(practice_answers.c.attempt), 0))
                                   .where(practice_answers.c.question_id == question_row_id))
                      .scalar_one()) + 1
        ordinal = conn.execute(select(practice_questions.c.ordinal).where(
            practice_questions.c.id == question_row_id)).scalar_one()
        submitted = utcnow()
        aid = _inserted(conn.execute(insert(practice_answers).values(
            question_id=question_row_id, attempt=attempt, answer_text=text, story_id=story_id,
            started_at=started_at, submitted_at=submitted,
            score=float(feedback.score) if feedback else None,
            feedback=feedback.model_dump(mode="json") if feedback else None,
            scorer=feedback.scorer if feedback else None)))
    return AnswerRecord(id=aid, question_id=question_row_id, ordinal=int(ordinal),
                        attempt=attempt, answer_text=text,
                        score=float(feedback.score) if feedback else None,
                        started_at=started_at.isoformat() if started_at else None,
                        submitted_at=submitted.isoformat())


def link_story(store: Store, answer_id: int, story_id: int) -> None:
    with store.begin() as conn:
        conn.execute(update(practice_answers).where(practice_answers.c.id == answer_id)
                     .values(story_id=story_id))


def end_session(store: Store, session_id: int) -> dict[str, Any]:
    """Mark the session ended and store its summary (mean score and component means)."""
    with store.begin() as conn:
        _session_row(conn, session_id)
        rows = conn.execute(
            select(practice_answers.c.score, practice_answers.c.feedback)
            .join(practice_questions, practice_questions.c.id == practice_answers.c.question_id)
            .where(practice_questions.c.session_id == session_id)).all()
        scores = [float(r.score) for r in rows if r.score is not None]
        components: dict[str, list[float]] = {}
        for r in rows:
            for name, comp in ((r.feedback or {}).get("breakdown") or {}).items():
                components.setdefault(name, []).append(float(comp["score"]))
        summary = {"answers": len(rows),
                   "mean_score": round(statistics.fmean(scores), 1) if scores else None,
                   "components": {k: round(statistics.fmean(v), 1)
                                  for k, v in sorted(components.items())}}
        conn.execute(update(practice_sessions).where(practice_sessions.c.id == session_id)
                     .values(ended_at=utcnow(), summary=summary))
    return summary


def latest_open_session(store: Store, *, opportunity_id: int | None = None,
                        occupation_code: str | None = None) -> int | None:
    """The most recent unfinished session (for the given target, when one is given)."""
    with store.connect() as conn:
        rows = conn.execute(select(practice_sessions).where(
            practice_sessions.c.ended_at.is_(None)).order_by(
            practice_sessions.c.started_at.desc(), practice_sessions.c.id.desc())).all()
    for r in rows:
        code = (r.settings or {}).get("occupation_code")
        if opportunity_id is not None and r.opportunity_id != opportunity_id:
            continue
        if occupation_code is not None and (code or "")[:7] != occupation_code[:7]:
            continue
        return int(r.id)
    return None


def list_sessions(store: Store) -> list[SessionRecord]:
    with store.connect() as conn:
        counts = {int(r[0]): (int(r[1]), int(r[2]), r[3]) for r in conn.execute(
            select(practice_questions.c.session_id, func.count(func.distinct(
                practice_questions.c.id)), func.count(func.distinct(
                    practice_answers.c.question_id)), func.avg(practice_answers.c.score))
            .outerjoin(practice_answers,
                       practice_answers.c.question_id == practice_questions.c.id)
            .group_by(practice_questions.c.session_id))}
        rows = conn.execute(select(practice_sessions).order_by(practice_sessions.c.id)).all()
    out = []
    for r in rows:
        n_q, n_a, mean = counts.get(int(r.id), (0, 0, None))
        out.append(SessionRecord(
            id=r.id, title=r.title, opportunity_id=r.opportunity_id,
            occupation_code=(r.settings or {}).get("occupation_code"),
            started_at=r.started_at.isoformat(),
            ended_at=r.ended_at.isoformat() if r.ended_at else None, questions=n_q,
            answered=n_a, mean_score=round(float(mean), 1) if mean is not None else None))
    return out


def session_info(store: Store, session_id: int) -> dict[str, Any]:
    """The session row as a dict (title, settings, summary, times)."""
    with store.connect() as conn:
        return dict(_session_row(conn, session_id)._mapping)


def answers(store: Store, session_id: int) -> list[AnswerRecord]:
    with store.connect() as conn:
        rows = conn.execute(
            select(practice_answers, practice_questions.c.ordinal)
            .join(practice_questions, practice_questions.c.id == practice_answers.c.question_id)
            .where(practice_questions.c.session_id == session_id)
            .order_by(practice_questions.c.ordinal, practice_answers.c.attempt)).all()
    return [AnswerRecord(
        id=r.id, question_id=r.question_id, ordinal=r.ordinal, attempt=r.attempt,
        answer_text=r.answer_text, score=r.score,
        started_at=r.started_at.isoformat() if r.started_at else None,
        submitted_at=r.submitted_at.isoformat() if r.submitted_at else None) for r in rows]


def _session_row(conn: Connection, session_id: int) -> Any:
    row = conn.execute(select(practice_sessions).where(
        practice_sessions.c.id == session_id)).one_or_none()
    if row is None:
        raise NoSuchSession(f"No practice session {session_id}.")
    return row


def _inserted(result: Any) -> int:
    """The new row's id (``inserted_primary_key`` is typed optional)."""
    return int(result.inserted_primary_key[0])
