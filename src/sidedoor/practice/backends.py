"""Practice backends: the deterministic default, and applying any backend safely.

The default rephrases nothing and adds no notes: questions and feedback come from the
deterministic engines. An LLM backend (:mod:`sidedoor.practice.openai_compat`) may reword
questions and add coaching notes; when it fails, the deterministic result stands and a note
says why. Scores are never the backend's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sidedoor.hookspecs import hookimpl
from sidedoor.practice.errors import BackendError
from sidedoor.practice.models import Feedback, Question, QuestionSet

DEFAULT_ID = "deterministic"


class PracticeBackend(Protocol):
    """What a practice backend provides (see :mod:`sidedoor.hookspecs`)."""

    id: str
    needs: tuple[str, ...]

    def rephrase(self, questions: list[Question], context: str) -> list[str]:
        """One wording per question, same order and meaning."""
        ...

    def enrich_feedback(self, question: str, answer: str, feedback: Feedback) -> list[str]:
        """Extra coaching notes on one answer."""
        ...


class DeterministicBackend:
    """The default: the engines' own questions and feedback, nothing added."""

    id = DEFAULT_ID
    needs: tuple[str, ...] = ()

    def rephrase(self, questions: list[Question], context: str) -> list[str]:
        return [q.text for q in questions]

    def enrich_feedback(self, question: str, answer: str, feedback: Feedback) -> list[str]:
        return []


@hookimpl
def register_practice_backends(register: Callable[[PracticeBackend], None],
                               settings: Any) -> None:
    register(DeterministicBackend())


def rephrase_set(qset: QuestionSet, backend: PracticeBackend) -> QuestionSet:
    """The set with the backend's wording (original kept in ``original_text``)."""
    if backend.id == DEFAULT_ID:
        return qset
    context = f"{qset.title}" + (f" at {qset.company}" if qset.company else "")
    try:
        texts = backend.rephrase(qset.questions, context)
    except BackendError as exc:
        return qset.model_copy(update={"notes": [*qset.notes, f"{backend.id}: {exc.message}; "
                                                 "questions kept as generated."]})
    questions = [q.model_copy(update={"text": t, "original_text": q.text})
                 if t and t != q.text else q for q, t in zip(qset.questions, texts, strict=True)]
    return qset.model_copy(update={"questions": questions, "backend": backend.id})


def enrich(feedback: Feedback, question: str, answer: str,
           backend: PracticeBackend) -> Feedback:
    """The feedback with the backend's notes added (or a note saying it failed)."""
    if backend.id == DEFAULT_ID:
        return feedback
    try:
        notes = backend.enrich_feedback(question, answer, feedback)
    except BackendError as exc:
        notes = [f"({backend.id} unavailable: {exc.message})"]
    return feedback.model_copy(update={"notes": [*feedback.notes, *notes]})
