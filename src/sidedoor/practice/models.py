"""Report objects of practice: question sets, feedback, sessions, progress.

``Feedback.model_dump(mode="json")`` is the stable interface of `sidedoor practice feedback
--json/--jsonl` (docs/practice.md): keys are added, never renamed or re-typed.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel as _PydanticModel
from pydantic import ConfigDict, Field

from sidedoor.practice.text import Token

QuestionKind = Literal[
    "background", "motivation", "behavioral", "situational", "technical", "role", "gap",
    "transition", "weakness", "general",
]
ProbeKind = Literal[
    "background", "motivation", "task", "work_style", "skill", "knowledge", "technology",
    "tool", "certification", "gap", "transition",
]
ROLE_SPECIFIC: frozenset[str] = frozenset({"behavioral", "technical", "role", "gap", "transition"})


class BaseModel(_PydanticModel):
    """Validators are built on first use, so importing the models stays cheap."""

    model_config = ConfigDict(defer_build=True)


# ------------------------------------------------------------------ questions


class Probe(BaseModel):
    """What a question probes: a task, work style, skill, technology…, from O*NET or the posting."""

    kind: ProbeKind
    label: str
    id: str | None = Field(default=None, description="O*NET element id, task id or skill id.")


class Question(BaseModel):
    """One interview question, with what it probes and what a strong answer covers."""

    id: str = Field(description="Stable id: a hash of kind and text.")
    kind: QuestionKind
    text: str
    probes: list[Probe] = Field(default_factory=list)
    strong_answer: list[str] = Field(default_factory=list,
                                     description="What a strong answer covers.")
    talking_points: list[str] = Field(default_factory=list,
                                      description="Talking points the feedback checks.")
    terms: list[str] = Field(default_factory=list, description="Job terms worth using.")
    basis: dict[str, Any] = Field(default_factory=dict, description="What it was built from.")
    role_specific: bool = False
    original_text: str | None = Field(default=None,
                                      description="The text before an LLM rephrased it.")


class AskThem(BaseModel):
    """A question for the user to ask the interviewer, from what the posting does not say."""

    topic: str
    text: str
    why: str
    evidence: str | None = Field(default=None, description="The posting's words, when it hedges.")


class QuestionSet(BaseModel):
    """A set shaped like a real interview for one role, plus the questions to ask them."""

    title: str
    company: str | None = None
    occupation_code: str | None = None
    occupation_title: str | None = None
    opportunity_id: int | None = None
    position_id: int | None = None
    questions: list[Question]
    ask_them: list[AskThem] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    digest: str = Field(description="Hash of the inputs: same digest, same set.")
    backend: str = "deterministic"


# ------------------------------------------------------------------ feedback


class Mark(BaseModel):
    """Words in the answer: ``answer[start:end] == text``."""

    start: int
    end: int
    text: str
    label: str

    @classmethod
    def of(cls, source: str, first: Token, last: Token, label: str) -> Mark:
        return cls.model_construct(start=first.start, end=last.end,
                                   text=source[first.start:last.end], label=label)

    @classmethod
    def at(cls, source: str, start: int, end: int, label: str) -> Mark:
        return cls.model_construct(start=start, end=end, text=source[start:end], label=label)


class Rate(BaseModel):
    """A countable delivery habit (fillers, hedges, restarts)."""

    count: int
    per_100_words: float
    by_word: dict[str, int] = Field(default_factory=dict)
    spans: list[Mark] = Field(default_factory=list)


class RepeatedWord(BaseModel):
    word: str
    count: int
    alternatives: list[str] = Field(default_factory=list)
    spans: list[Mark] = Field(default_factory=list)


class Repetition(BaseModel):
    overused: list[RepeatedWord] = Field(default_factory=list)
    restarts: Rate


class TalkingPoint(BaseModel):
    name: str
    covered: bool
    spans: list[Mark] = Field(default_factory=list)


class TermUse(BaseModel):
    term: str
    spans: list[Mark] = Field(default_factory=list)


class Terms(BaseModel):
    used: list[TermUse] = Field(default_factory=list)
    unused: list[str] = Field(default_factory=list)


class Specificity(BaseModel):
    numbers: list[Mark] = Field(default_factory=list)
    scale: list[Mark] = Field(default_factory=list)
    tools: list[Mark] = Field(default_factory=list)
    outcomes: list[Mark] = Field(default_factory=list)
    cliches: list[Mark] = Field(default_factory=list)


class Ownership(BaseModel):
    i_count: int
    we_count: int
    i_actions: list[Mark] = Field(default_factory=list)
    we_actions: list[Mark] = Field(default_factory=list)


class Length(BaseModel):
    words: int
    seconds: float = Field(description="Speaking time at the assumed rate.")
    words_per_minute: int
    range_seconds: tuple[int, int]
    verdict: Literal["short", "ok", "long"]


class Relevance(BaseModel):
    score: float = Field(description="0-1; 1 when no question was given.")
    question_words: list[str] = Field(default_factory=list)
    matched: list[str] = Field(default_factory=list)


class Insights(BaseModel):
    fillers: Rate
    hedges: Rate
    repetition: Repetition
    talking_points: list[TalkingPoint]
    terms: Terms
    specificity: Specificity
    ownership: Ownership
    length: Length
    relevance: Relevance


class Component(BaseModel):
    score: float = Field(description="0-100.")
    weight: float = Field(description="Share of the overall score (weights sum to 1).")


class Feedback(BaseModel):
    """Feedback on one answer: the overall 0-100 score, its breakdown, insights, suggestions."""

    score: int
    kind: QuestionKind
    breakdown: dict[str, Component]
    insights: Insights
    suggestions: list[str]
    notes: list[str] = Field(default_factory=list, description="Extra notes from a backend.")
    scorer: str = "deterministic"


# ------------------------------------------------------------------ sessions and progress


class AnswerRecord(BaseModel):
    id: int
    question_id: int
    ordinal: int
    attempt: int
    answer_text: str | None
    score: float | None
    started_at: str | None
    submitted_at: str | None


class SessionRecord(BaseModel):
    id: int
    title: str | None
    opportunity_id: int | None
    occupation_code: str | None
    started_at: str
    ended_at: str | None
    questions: int
    answered: int
    mean_score: float | None


class StoryRecord(BaseModel):
    id: int
    title: str
    situation: str | None
    task: str | None
    action: str | None
    result: str | None
    skills: list[str]
    score: float | None = None


class AreaProgress(BaseModel):
    """One skill, work style or talking point over time."""

    area: str
    kind: Literal["probe", "talking_point", "component"]
    attempts: int
    latest: float
    mean: float
    trend: float = Field(description="Latest minus first, in points.")
    due: bool = Field(description="Due for practice (spaced repetition).")
    history: list[tuple[str, float]] = Field(default_factory=list)


class Progress(BaseModel):
    sessions: int
    answers: int
    scores: list[tuple[str, float]] = Field(default_factory=list, description="(when, score).")
    areas: list[AreaProgress] = Field(default_factory=list, description="Weakest first.")


class Readiness(BaseModel):
    """How ready the user is for one question set, from their practice so far."""

    questions: int = Field(description="Role-specific questions in the set.")
    practised: int = Field(description="Of those, how many probe areas already practised.")
    score: float = Field(description="0-100: mean latest score over the set's role-specific "
                                     "questions (0 for areas never practised).")
    weakest: list[str] = Field(default_factory=list, description="Areas to practise first.")
