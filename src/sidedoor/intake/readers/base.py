"""What every reader hands to the extractors: documents with text, messages and structured hints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sidedoor.intake.models import EmploymentType, ItemKind, Origin, Period


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or broken file from exhausting memory or time."""

    max_bytes: int = 20 * 1024 * 1024  # one input file
    max_items: int = 100_000  # messages / rows / postings in one file
    max_text_chars: int = 200_000  # text analysed per item (the rest is cut, with a warning)
    zip_max_members: int = 2_000
    zip_max_total: int = 200 * 1024 * 1024  # uncompressed bytes read from one archive
    zip_max_ratio: float = 100.0  # uncompressed / compressed, per member
    pdf_max_pages: int = 50


@dataclass
class RawMessage:
    """One message as read, before extraction."""

    body: str
    sender: str | None = None
    sender_email: str | None = None
    sender_profile_url: str | None = None
    to: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601
    subject: str | None = None
    quoted: str | None = None
    signature: str | None = None
    direction: Literal["inbound", "outbound", "unknown"] = "unknown"
    attachments: list[str] = field(default_factory=list)
    draft: bool = False
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    forwarded: bool = False  # the text forwarded this message: it is the one analysed
    forwarded_by: str | None = None  # who forwarded it, when known
    forward_note: str | None = None  # what the forwarder wrote above it


@dataclass
class StructuredPosting:
    """A posting's fields as given by JSON-LD, microdata or a feed row (all optional)."""

    origin: Origin
    title: str | None = None
    company: str | None = None
    description: str | None = None
    locations: list[str] = field(default_factory=list)
    remote: bool | None = None
    remote_from: list[str] = field(default_factory=list)
    employment_type: EmploymentType | None = None
    pay_min: float | None = None
    pay_max: float | None = None
    currency: str | None = None
    period: Period | None = None
    benefits: list[str] = field(default_factory=list)
    date_posted: str | None = None
    valid_through: str | None = None
    url: str | None = None
    industry: str | None = None
    company_size: str | None = None
    skills: list[str] = field(default_factory=list)


@dataclass
class PageCue:
    """One thing a job page says about its title or employer, and where: `start`/`end` point
    into Document.text when the value is in the job's visible text; `origin` "header" when it
    comes from the page's <title>, meta tags, logo or footer only."""

    value: str
    weight: float
    source: str  # "heading", "page title", "logo", "company field", "copyright", …
    start: int | None = None
    end: int | None = None
    origin: Origin = "text"


@dataclass
class PageField:
    """A labelled field on a job page ("Salary: £37,155 - £40,200"): its line in Document.text
    (start/end) and where the value begins."""

    label: str
    kind: str  # pay, identifier, workplace, location, company, department or other
    start: int
    end: int
    value_start: int


@dataclass
class PageHints:
    """What a job page's own layout says (its heading, employer cues, labelled fields), for
    pages read from their visible text."""

    title: PageCue | None = None
    companies: list[PageCue] = field(default_factory=list)
    fields: list[PageField] = field(default_factory=list)


@dataclass
class Document:
    """One item to extract from: a message, a conversation or a posting."""

    kind: ItemKind
    format: str
    messages: list[RawMessage] = field(default_factory=list)
    text: str = ""  # for postings; for messages the pipeline builds the text from `messages`
    structured: list[StructuredPosting] = field(default_factory=list)
    index: int | None = None
    encoding: str | None = None
    url: str | None = None
    conversation_id: str | None = None
    title: str | None = None
    thread_key: str | None = None
    warnings: list[str] = field(default_factory=list)
    page: PageHints | None = None  # a web page's own hints (readers/html.py)
