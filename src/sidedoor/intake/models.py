"""The typed objects intake produces: one `ParsedItem` per message, conversation or posting.

The JSON shape of `ParsedItem` (``model_dump(mode="json")``) is the interface of
`sidedoor inbox parse --json`; docs/intake.md documents it. Add fields, never rename them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Origin = Literal["text", "jsonld", "microdata", "feed", "header", "quoted"]
Workplace = Literal["remote", "hybrid", "onsite", "unknown"]
Period = Literal["hour", "day", "week", "month", "year"]
Basis = Literal["base", "total", "unknown"]
EmploymentType = Literal[
    "full_time", "part_time", "contract", "contract_to_hire", "temporary", "internship", "per_diem"
]
Seniority = Literal[
    "intern",
    "junior",
    "mid",
    "senior",
    "staff",
    "principal",
    "lead",
    "manager",
    "director",
    "vp",
    "executive",
]
ItemKind = Literal["message", "conversation", "posting"]
Direction = Literal["inbound", "outbound", "unknown"]
NextStepKind = Literal["call", "meeting", "reply", "send_cv", "apply", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a value came from: a character span of `ParsedItem.text`, or a structured origin.

    `start`/`end` index `ParsedItem.text` (Python string offsets, end exclusive). When the
    value came from structured data (JSON-LD, a feed column, an e-mail header) and cannot be
    found in the text, `start` and `end` are null and `text` holds the value as given.
    Origin "quoted": read from the earlier messages a reply quotes (not part of the text);
    `start`/`end` are null and `text` is the quoted phrase.
    """

    start: int | None
    end: int | None
    text: str
    origin: Origin = "text"

    @classmethod
    def span(cls, text: str, start: int, end: int) -> Evidence:
        """`text[start:end]` as evidence."""
        return cls(start=start, end=end, text=text[start:end])


class Cue(_Model):
    """One signal the outreach classifier saw, with its weight (positive = recruiter-like)."""

    name: str
    weight: float
    evidence: Evidence


class Pay(_Model):
    min: float | None = None
    max: float | None = None
    currency: str | None = None  # ISO 4217
    period: Period | None = None
    annual_min: float | None = None
    annual_max: float | None = None
    basis: Basis = "unknown"
    disclosed: bool = False
    bonus: str | None = None
    equity: str | None = None
    sign_on: str | None = None


class Recruiter(_Model):
    name: str | None = None
    email: str | None = None
    profile_url: str | None = None
    phone: str | None = None
    title: str | None = None
    agency: bool | None = None
    company: str | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)


class Occupation(_Model):
    code: str
    title: str
    score: float


class Skill(_Model):
    label: str
    kind: str | None = None
    required: bool | None = None
    evidence: Evidence | None = None


class Benefit(_Model):
    name: str  # a term of the vocabulary in sidedoor.intake.extract.benefits.VOCABULARY
    detail: str | None = None  # "6%", "30 days", "£1,000"
    evidence: Evidence


class Position(_Model):
    key: str  # stable: sha256 of normalised title | company | first location
    title: str | None = None
    company: str | None = None
    occupation: Occupation | None = None
    occupation_candidates: list[Occupation] = Field(default_factory=list)
    workplace: Workplace = "unknown"
    office_days_per_week: float | None = None
    pay: Pay = Field(default_factory=Pay)
    locations: list[str] = Field(default_factory=list)
    remote_from: list[str] = Field(default_factory=list)
    relocation: bool | None = None
    benefits: list[Benefit] = Field(default_factory=list)
    employment_type: EmploymentType | None = None
    seniority: Seniority | None = None
    skills: list[Skill] = Field(default_factory=list)
    industry: str | None = None
    company_size: str | None = None
    date_posted: str | None = None
    valid_through: str | None = None
    url: str | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    # where its skills are read from until they are (`sidedoor.intake.analyze.code_position`):
    # a span of `ParsedItem.text`, or the text of the quoted message it came from; not part of
    # the interface (never serialised)
    _skills_from: tuple[int, int] | str | None = PrivateAttr(default=None)


class NextStep(_Model):
    kind: NextStepKind
    text: str
    when: str | None = None
    evidence: Evidence


class DateMention(_Model):
    text: str
    date: str | None = None  # ISO 8601 when the text names a calendar date
    evidence: Evidence


class Message(_Model):
    id: str  # sha256 of sender | date | normalised body
    sender: str | None = None
    sender_email: str | None = None
    sender_profile_url: str | None = None
    to: list[str] = Field(default_factory=list)
    date: str | None = None
    subject: str | None = None
    body: str = ""
    quoted: str | None = None
    signature: str | None = None
    direction: Direction = "unknown"
    offset: int | None = None  # where `body` starts in ParsedItem.text; null if not included
    attachments: list[str] = Field(default_factory=list)
    draft: bool = False
    message_id: str | None = None
    # a forwarded message is analysed as the message; who forwarded it and their note
    forwarded: bool = False
    forwarded_by: str | None = None
    forward_note: str | None = None


class Source(_Model):
    path: str | None = None
    format: str
    index: int | None = None  # position in a many-item file (0-based)
    sha256: str | None = None  # of the whole input file's bytes
    encoding: str | None = None
    url: str | None = None
    conversation_id: str | None = None
    title: str | None = None


class ParsedItem(_Model):
    id: str  # sha256 of the kind and normalised text: same content, same id
    kind: ItemKind
    is_recruiter_outreach: bool
    is_opportunity: bool
    confidence: float
    cues: list[Cue] = Field(default_factory=list)
    recruiter: Recruiter = Field(default_factory=Recruiter)
    positions: list[Position] = Field(default_factory=list)
    next_step: NextStep | None = None
    dates: list[DateMention] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    thread_key: str
    text: str
    source: Source
    warnings: list[str] = Field(default_factory=list)


class ItemError(_Model):
    """One item of a many-item file that could not be parsed; the others still were."""

    index: int | None
    error: str
    message: str
    hint: str


class ParseResult(_Model):
    items: list[ParsedItem] = Field(default_factory=list)
    errors: list[ItemError] = Field(default_factory=list)
    many: bool = False  # the format holds many items (mbox, LinkedIn export, feed)
