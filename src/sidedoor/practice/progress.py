"""Progress over sessions: per skill (what questions probe), per talking point and per score
component, weakest first, with spaced repetition deciding what is due.

Spaced repetition (a Leitner schedule on the latest score): an area scored under 50 is due
again after 1 day, under 70 after 3, under 85 after 7, else after 21 days. Due areas come
first, then the lowest latest score. ``review_questions`` brings back earlier questions whose
areas are due, for the start of the next session.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from sidedoor.practice.models import AreaProgress, Progress, Question, QuestionSet, Readiness
from sidedoor.practice.sessions import question_from_row
from sidedoor.store import Store
from sidedoor.store.schema import practice_answers, practice_questions, practice_sessions
from sidedoor.store.types import utcnow

INTERVALS: tuple[tuple[float, int], ...] = ((50.0, 1), (70.0, 3), (85.0, 7))
LONGEST_INTERVAL_DAYS = 21
_PROBED = {"work_style", "skill", "knowledge", "technology", "tool", "certification", "gap",
           "transition"}


def interval_days(score: float) -> int:
    """Days until an area with this latest score is due again."""
    for upper, days in INTERVALS:
        if score < upper:
            return days
    return LONGEST_INTERVAL_DAYS


@dataclass(frozen=True)
class _Observation:
    when: datetime
    score: float
    question: Question
    feedback: dict[str, object]
    session_id: int
    question_row_id: int


def _observations(store: Store) -> list[_Observation]:
    with store.connect() as conn:
        rows = conn.execute(
            select(practice_answers.c.submitted_at, practice_answers.c.score,
                   practice_answers.c.feedback, practice_questions,
                   practice_sessions.c.id.label("sid"))
            .join(practice_questions, practice_questions.c.id == practice_answers.c.question_id)
            .join(practice_sessions, practice_sessions.c.id == practice_questions.c.session_id)
            .where(practice_answers.c.score.is_not(None))
            .order_by(practice_answers.c.submitted_at, practice_answers.c.id)).all()
    return [_Observation(r.submitted_at or utcnow(), float(r.score), question_from_row(r),
                         dict(r.feedback or {}), int(r.sid), int(r.id)) for r in rows]


def _areas(obs: _Observation) -> Iterable[tuple[str, str, float]]:
    """(area, kind, score) pairs one answer contributes."""
    for probe in obs.question.probes:
        if probe.kind in _PROBED:
            yield probe.label, "probe", obs.score
    insights = obs.feedback.get("insights")
    if isinstance(insights, dict):
        for tp in insights.get("talking_points") or []:
            yield tp["name"], "talking_point", 100.0 if tp["covered"] else 0.0
    breakdown = obs.feedback.get("breakdown")
    if isinstance(breakdown, dict):
        for name, comp in breakdown.items():
            if comp.get("weight", 0) > 0:
                yield name, "component", float(comp["score"])


def progress(store: Store, *, now: datetime | None = None) -> Progress:
    """Every area over time, weakest and most due first."""
    now = now or utcnow()
    observations = _observations(store)
    history: dict[tuple[str, str], list[tuple[datetime, float]]] = {}
    for obs in observations:
        for area, kind, score in _areas(obs):
            history.setdefault((area, kind), []).append((obs.when, score))
    areas = []
    for (area, kind), points in history.items():
        latest_when, latest = points[-1]
        if kind == "talking_point":  # covered or not: the share of the last three answers
            latest = statistics.fmean(s for _, s in points[-3:])
        due = now - latest_when >= timedelta(days=interval_days(latest))
        areas.append(AreaProgress(
            area=area, kind=kind, attempts=len(points), latest=round(latest, 1),
            mean=round(statistics.fmean(s for _, s in points), 1),
            trend=round(latest - points[0][1], 1), due=due,
            history=[(w.isoformat(), round(s, 1)) for w, s in points]))
    areas.sort(key=lambda a: (not a.due, a.latest, a.area))
    return Progress(sessions=len({o.session_id for o in observations}),
                    answers=len(observations),
                    scores=[(o.when.isoformat(), o.score) for o in observations], areas=areas)


def review_questions(store: Store, *, limit: int = 2, now: datetime | None = None,
                     exclude: Iterable[str] = ()) -> list[Question]:
    """Earlier questions worth another go: their areas are due, weakest first."""
    now = now or utcnow()
    skip = set(exclude)
    latest: dict[str, _Observation] = {}
    for obs in _observations(store):
        latest[obs.question.id] = obs  # the last attempt at each question counts
    due = [o for o in latest.values()
           if o.question.role_specific and o.question.id not in skip
           and now - o.when >= timedelta(days=interval_days(o.score))]
    due.sort(key=lambda o: (o.score, o.when))
    return [o.question for o in due[:limit]]


def prioritise(questions: list[Question], report: Progress) -> list[Question]:
    """Keep the opening (background, motivation) first; then questions probing weak, due
    areas before the rest, in their original order otherwise."""
    weak = {a.area.lower(): (not a.due, a.latest) for a in report.areas if a.kind == "probe"}

    def key(item: tuple[int, Question]) -> tuple[int, bool, float, int]:
        n, q = item
        opening = q.kind in {"background", "motivation"}
        marks = [weak[p.label.lower()] for p in q.probes if p.label.lower() in weak]
        best = min(marks) if marks else (True, 101.0)
        return (0 if opening else 1, best[0], best[1], n)

    return [q for _, q in sorted(enumerate(questions), key=key)]


def readiness(qset: QuestionSet, report: Progress) -> Readiness:
    """The user's readiness for ``qset``: for each role-specific question, the latest score of
    the areas it probes (0 when never practised), averaged; the weakest areas listed."""
    latest = {a.area.lower(): a.latest for a in report.areas if a.kind == "probe"}
    per_question: list[float] = []
    practised = 0
    weak: dict[str, float] = {}
    for q in qset.questions:
        if not q.role_specific:
            continue
        areas = [p.label for p in q.probes if p.kind in _PROBED]
        scores = [latest[a.lower()] for a in areas if a.lower() in latest]
        practised += bool(scores)
        per_question.append(statistics.fmean(scores) if scores else 0.0)
        for a in areas:
            weak.setdefault(a, latest.get(a.lower(), 0.0))
    return Readiness(questions=len(per_question), practised=practised,
                     score=round(statistics.fmean(per_question), 1) if per_question else 0.0,
                     weakest=[a for a, _ in sorted(weak.items(), key=lambda t: (t[1], t[0]))][:5])
