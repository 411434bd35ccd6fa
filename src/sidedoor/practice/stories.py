"""The STAR story bank: good stories kept from answers, offered again for later questions.

An answer becomes a story when its feedback finds a situation, an action of the speaker's and
a result (task optional) and it scores at least ``MIN_SCORE``. The story is split into its
situation, task, action and result sentences and tagged with the skills it shows: the
question's probes (work styles, skills, technologies, knowledge) and the job terms the answer
used. ``stories_for(question)`` ranks stored stories by the skills they share with a question.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from sqlalchemy import func, insert, select, update

from sidedoor.practice.models import Feedback, Question, StoryRecord
from sidedoor.store import Store
from sidedoor.store.schema import practice_answers, profile, stories

MIN_SCORE = 60
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_STAR = ("situation", "task", "action", "result")


def story_skills(question: Question, feedback: Feedback) -> list[str]:
    """The skills a story shows: the question's non-task probes and the terms used."""
    skills = [p.label for p in question.probes if p.kind not in {"task", "background",
                                                                   "motivation"}]
    skills += [u.term for u in feedback.insights.terms.used]
    return list(dict.fromkeys(skills))


def is_story(feedback: Feedback) -> bool:
    covered = {tp.name for tp in feedback.insights.talking_points if tp.covered}
    return {"situation", "action", "result"} <= covered and feedback.score >= MIN_SCORE


def split_star(answer: str, feedback: Feedback) -> dict[str, str]:
    """The answer's sentences grouped as situation, task, action and result."""
    spans = {tp.name: tp.spans for tp in feedback.insights.talking_points}
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(answer)
                 if m.group(0).strip()]
    if len(sentences) <= 1:
        sentences = _chunks(answer)
    parts: dict[str, list[str]] = {k: [] for k in _STAR}
    for start, end in sentences:
        text = answer[start:end].strip()
        found = [k for k in ("result", "task", "situation", "action")
                 if any(start <= s.start < end for s in spans.get(k, []))]
        parts[found[0] if found else ("action" if parts["situation"] else "situation")].append(
            text)
    return {k: " ".join(v) for k, v in parts.items() if v}


def _chunks(answer: str) -> list[tuple[int, int]]:
    """An unpunctuated transcript cut at 'so' / 'and then' into rough sentences."""
    cuts = [0] + [m.start() for m in re.finditer(r"\b(?:so|and then|but)\b", answer)] + [
        len(answer)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if answer[a:b].strip()]


def save_story(store: Store, question: Question, answer: str, feedback: Feedback, *,
               answer_id: int | None = None) -> int | None:
    """Keep the answer as a story when it is one; returns the story id (or None).

    A retry of the same question updates that question's story when it scores higher.
    """
    if not is_story(feedback):
        return None
    parts = split_star(answer, feedback)
    title = _title(question, parts)
    values: dict[str, Any] = {
        "title": title, "situation": parts.get("situation"), "task": parts.get("task"),
        "action": parts.get("action"), "result": parts.get("result"),
        "skills": story_skills(question, feedback),
        "tags": {"question_id": question.id, "question": question.text, "kind": question.kind,
                 "score": feedback.score},
    }
    with store.begin() as conn:
        existing = [r for r in conn.execute(select(stories)).all()
                    if (r.tags or {}).get("question_id") == question.id]
        if existing:
            row = existing[0]
            if (row.tags or {}).get("score", 0) >= feedback.score:
                sid = int(row.id)
            else:
                conn.execute(update(stories).where(stories.c.id == row.id).values(**values))
                sid = int(row.id)
        else:
            values["profile_id"] = conn.execute(select(func.min(profile.c.id))).scalar()
            sid = _inserted(conn.execute(insert(stories).values(**values)))
        if answer_id is not None:
            conn.execute(update(practice_answers).where(practice_answers.c.id == answer_id)
                         .values(story_id=sid))
    return sid


def _title(question: Question, parts: dict[str, str]) -> str:
    focus = next((p.label for p in question.probes if p.kind != "task"), None)
    words = (parts.get("situation") or parts.get("action") or question.text).split()
    head = " ".join(words[:9]).rstrip(",.;:") + ("…" if len(words) > 9 else "")
    return f"{focus}: {head}" if focus else head


def list_stories(store: Store) -> list[StoryRecord]:
    with store.connect() as conn:
        rows = conn.execute(select(stories).order_by(stories.c.id)).all()
    return [_record(r) for r in rows]


def _record(r: Any) -> StoryRecord:
    return StoryRecord(id=r.id, title=r.title, situation=r.situation, task=r.task,
                       action=r.action, result=r.result, skills=list(r.skills or []),
                       score=(r.tags or {}).get("score"))


def stories_for(store: Store, question: Question, limit: int = 2) -> list[StoryRecord]:
    """Stories that show a skill this question probes, best match first (not its own)."""
    wanted = {p.label.lower() for p in question.probes if p.kind != "task"}
    wanted |= {t.lower() for t in question.terms}
    if not wanted:
        return []
    with store.connect() as conn:
        rows = conn.execute(select(stories).order_by(stories.c.id)).all()
    ranked = []
    for row in rows:
        if (row.tags or {}).get("question_id") == question.id:
            continue
        story = _record(row)
        shared = wanted & {s.lower() for s in story.skills}
        if shared:
            ranked.append((-len(shared), -(story.score or 0), story.id, story))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked[:limit]]


def _inserted(result: Any) -> int:
    return int(result.inserted_primary_key[0])
