"""The user's store: the current schema, described once.

This ``MetaData`` is the single description of the schema as of ``HEAD_REVISION``; engines
(intake, compare, doors, practice, tracker) write and read through these ``Table`` objects.
Migrations in ``migrations/versions/`` build the same tables and never import this module;
``tests/test_store.py`` proves the two agree, and ``docs/store.md`` lists these tables
(checked by a test too).

Conventions:

- every table has an integer ``id`` primary key (except link tables), never reused;
- timestamps are ``UTCDateTime`` (timezone-aware, UTC); calendar dates are ``Date``;
- free-form or evolving structures are JSON columns (``None`` is SQL NULL);
- money amounts are floats in the currency given next to them (ISO 4217 code), per ``period``
  where a column says so; percentages are 0-100;
- occupation codes are O*NET-SOC codes ("15-1252.00"); skills and places keep their source's
  code next to the label where one is known.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)

from sidedoor.store.types import UTCDateTime, json_type, utcnow

#: The Alembic revision this schema corresponds to (the newest migration).
HEAD_REVISION = "0001"

#: Constraint names, so later migrations (SQLite batch mode included) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Where a source message came from.
CHANNELS = ("email", "linkedin", "text", "posting", "feed")
#: Stages of an opportunity, in the order they usually happen (the tracker's columns).
STAGES = (
    "new",
    "interested",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
    "archived",
)

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _created_at() -> Column[object]:
    return Column(
        "created_at",
        UTCDateTime(),
        nullable=False,
        default=utcnow,
        server_default=func.current_timestamp(),
    )


def _updated_at() -> Column[object]:
    return Column(
        "updated_at",
        UTCDateTime(),
        nullable=False,
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


def _fk(column: str, target: str, ondelete: str, *, nullable: bool = True) -> Column[int]:
    return Column(column, Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


profile = Table(
    "profile",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("headline", Text),
    Column("email", Text),
    Column("phone", Text),
    Column("location", Text, comment="home, as the user wrote it"),
    Column("postal_code", Text),
    Column("country_code", Text, comment="ISO 3166-1 alpha-2"),
    Column("geoname_id", Integer, comment="GeoNames id of the home place"),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("summary", Text),
    Column("resume_text", Text, comment="plain text of the latest résumé"),
    Column("resume_source", Text, comment="file or export it came from"),
    Column("resume_json", json_type(), comment="JSON Resume document, when there is one"),
    Column("aspirations", json_type(), comment="list of goals: titles, industries, growth"),
    Column("deal_breakers", json_type(), comment="list of hard no's"),
    Column("preferences", json_type(), comment="other weights and wishes"),
    Column("min_base_pay", Float),
    Column("pay_currency", Text),
    Column("max_commute_minutes", Integer),
    Column("remote_preference", Text, comment="onsite | hybrid | remote | any"),
    _created_at(),
    _updated_at(),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "One row per person: who they are, where they live, their résumé, what they want "
            "and what they refuse."
        )
    },
)

jobs_held = Table(
    "jobs_held",
    metadata,
    _id(),
    _fk("profile_id", "profile.id", "CASCADE", nullable=False),
    Column("title", Text, nullable=False),
    Column("employer", Text),
    Column("occupation_code", Text, comment="O*NET-SOC"),
    Column("industry", Text),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("is_current", Boolean, nullable=False, server_default=false()),
    Column("description", Text),
    Column("location", Text),
    Column("postal_code", Text),
    Column("country_code", Text),
    Column("workplace", Text, comment="onsite | hybrid | remote"),
    Column("remote_days", Float, comment="days a week worked remotely"),
    Column("commute_mode", Text, comment="car | transit | bike | walk | mixed"),
    Column("commute_minutes", Integer, comment="one way"),
    Column("commute_distance_km", Float, comment="one way"),
    Column("commute_cost_monthly", Float),
    Column("base_pay", Float),
    Column("pay_period", Text, comment="year | month | week | day | hour"),
    Column("currency", Text),
    Column("hours_per_week", Float),
    Column("bonus", Float, comment="expected yearly bonus"),
    Column("equity", Float, comment="yearly value of equity grants"),
    Column("equity_notes", Text),
    Column("retirement_match", Float, comment="employer match, percent of base pay"),
    Column("health_premium", Float, comment="employee's monthly health premium"),
    Column("pto_days", Float),
    Column("benefits", json_type(), comment="other benefits: list of {name, value, note}"),
    Column("notes", Text),
    _created_at(),
    _updated_at(),
    Index(None, "profile_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "A person's jobs, current and past: what the comparison measures an opportunity "
            "against (pay, commute, flexibility, benefits)."
        )
    },
)

profile_skills = Table(
    "profile_skills",
    metadata,
    _id(),
    _fk("profile_id", "profile.id", "CASCADE", nullable=False),
    Column("label", Text, nullable=False),
    Column(
        "kind",
        Text,
        nullable=False,
        comment="skill | knowledge | technology | tool | certification | language",
    ),
    Column("code", Text, comment="O*NET element id, ESCO URI or commodity code"),
    Column("taxonomy", Text, comment="onet | esco | none"),
    Column("level", Float, comment="self-rated 1-5"),
    Column("years", Float),
    Column("source", Text, nullable=False, comment="resume | linkedin | manual | inferred"),
    Column("source_ref", Text, comment="file, export or message it came from"),
    _fk("job_held_id", "jobs_held.id", "SET NULL"),
    _created_at(),
    UniqueConstraint("profile_id", "kind", "label"),
    Index(None, "job_held_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "A person's skills, technologies, knowledge and credentials, with where each came from."
        )
    },
)

recruiters = Table(
    "recruiters",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("email", Text),
    Column("phone", Text),
    Column("profile_url", Text, comment="LinkedIn or other public profile"),
    Column("agency", Text, comment="staffing agency, if not in-house"),
    Column("company", Text, comment="employer they recruit for, if in-house"),
    Column("title", Text),
    Column("location", Text),
    Column("notes", Text),
    _created_at(),
    _updated_at(),
    Index(None, "email"),
    Index(None, "profile_url"),
    sqlite_autoincrement=True,
    info={"doc": "Recruiters as first-class records: one can bring several opportunities."},
)

source_messages = Table(
    "source_messages",
    metadata,
    _id(),
    Column("channel", Text, nullable=False),
    Column("external_id", Text, comment="Message-ID, LinkedIn conversation id, URL…"),
    Column("thread_key", Text, comment="groups the messages of one conversation"),
    Column("sender_name", Text),
    Column("sender_address", Text, comment="email address or profile URL"),
    Column("recipient", Text),
    Column("subject", Text),
    Column("sent_at", UTCDateTime()),
    Column("body", Text, comment="plain text"),
    Column("body_html", Text),
    Column("raw", LargeBinary, comment="the original bytes (.eml, HTML page, CSV row)"),
    Column("raw_type", Text, comment="MIME type of raw"),
    Column("origin", Text, comment="file or feed it was imported from"),
    Column("headers", json_type()),
    Column("content_sha256", Text, nullable=False, comment="dedupe key over the content"),
    _fk("recruiter_id", "recruiters.id", "SET NULL"),
    _created_at(),
    CheckConstraint("channel IN ('email', 'linkedin', 'text', 'posting', 'feed')", name="channel"),
    UniqueConstraint("content_sha256"),
    Index(None, "channel", "external_id"),
    Index(None, "thread_key"),
    Index(None, "sent_at"),
    Index(None, "recruiter_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "Everything brought in (recruiter messages, postings, feed items), deduplicated "
            "by content hash and threaded."
        )
    },
)

opportunities = Table(
    "opportunities",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("company", Text),
    _fk("recruiter_id", "recruiters.id", "SET NULL"),
    _fk("profile_id", "profile.id", "SET NULL"),
    Column("stage", Text, nullable=False, server_default=text("'new'")),
    Column("source_channel", Text),
    Column("url", Text),
    Column("location", Text),
    Column("summary", Text),
    Column("next_action", Text),
    Column("next_action_at", UTCDateTime()),
    Column("fields", json_type(), comment="anything else learned, by name"),
    _created_at(),
    _updated_at(),
    Index(None, "stage"),
    Index(None, "recruiter_id"),
    Index(None, "profile_id"),
    Index(None, "updated_at"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "One recruiter approach or posting the user is considering, and its stage in the "
            "tracker."
        )
    },
)

opportunity_messages = Table(
    "opportunity_messages",
    metadata,
    _fk("opportunity_id", "opportunities.id", "CASCADE", nullable=False),
    _fk("message_id", "source_messages.id", "CASCADE", nullable=False),
    Column("role", Text, comment="origin | reply | follow_up | posting"),
    _created_at(),
    PrimaryKeyConstraint("opportunity_id", "message_id"),
    Index(None, "message_id"),
    info={"doc": "Which messages belong to which opportunity (many to many)."},
)

positions = Table(
    "positions",
    metadata,
    _id(),
    _fk("opportunity_id", "opportunities.id", "CASCADE", nullable=False),
    Column("title", Text, nullable=False),
    Column("company", Text),
    Column("department", Text),
    Column("occupation_code", Text, comment="O*NET-SOC"),
    Column("occupation_confidence", Float, comment="0-1, from the title matcher"),
    Column("description", Text),
    Column("workplace", Text, comment="onsite | hybrid | remote"),
    Column("office_days", Float, comment="days a week in the office"),
    Column(
        "employment_type", Text, comment="full_time | part_time | contract | temporary | internship"
    ),
    Column("seniority", Text),
    Column("pay_min", Float),
    Column("pay_max", Float),
    Column("pay_currency", Text),
    Column("pay_period", Text, comment="year | month | week | day | hour"),
    Column("locations", json_type(), comment="list of {text, geoname_id, postal_code, ...}"),
    Column("benefits", json_type()),
    Column("skills", json_type(), comment="list of {label, kind, code, required}"),
    Column("evidence", json_type(), comment="field -> the text it was read from"),
    Column("url", Text),
    Column("posted_at", UTCDateTime()),
    Column("valid_through", UTCDateTime()),
    _fk("source_message_id", "source_messages.id", "SET NULL"),
    _created_at(),
    _updated_at(),
    Index(None, "opportunity_id"),
    Index(None, "occupation_code"),
    Index(None, "source_message_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "The concrete roles of an opportunity (a recruiter often has several), as read "
            "from the text."
        )
    },
)

opportunity_facts = Table(
    "opportunity_facts",
    metadata,
    _id(),
    _fk("opportunity_id", "opportunities.id", "CASCADE", nullable=False),
    _fk("position_id", "positions.id", "CASCADE"),
    Column("key", Text, nullable=False, comment="e.g. base_pay, remote_days, bonus"),
    Column("value", json_type()),
    Column("source", Text, nullable=False, comment="posting | recruiter | user | inferred"),
    Column("is_what_if", Boolean, nullable=False, server_default=false()),
    Column("note", Text),
    _fk("source_message_id", "source_messages.id", "SET NULL"),
    Column("recorded_at", UTCDateTime(), nullable=False, default=utcnow),
    Index(None, "opportunity_id", "key", "recorded_at"),
    Index(None, "position_id"),
    Index(None, "source_message_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "Facts learned about an opportunity, and what-if values, with their history "
            "(latest per key wins)."
        )
    },
)

stories = Table(
    "stories",
    metadata,
    _id(),
    _fk("profile_id", "profile.id", "CASCADE"),
    _fk("job_held_id", "jobs_held.id", "SET NULL"),
    Column("title", Text, nullable=False),
    Column("situation", Text),
    Column("task", Text),
    Column("action", Text),
    Column("result", Text),
    Column("skills", json_type(), comment="labels or codes the story shows"),
    Column("tags", json_type()),
    _created_at(),
    _updated_at(),
    Index(None, "profile_id"),
    Index(None, "job_held_id"),
    sqlite_autoincrement=True,
    info={"doc": "The STAR story bank, reused across practice sessions."},
)

practice_sessions = Table(
    "practice_sessions",
    metadata,
    _id(),
    _fk("profile_id", "profile.id", "CASCADE"),
    _fk("opportunity_id", "opportunities.id", "SET NULL"),
    _fk("position_id", "positions.id", "SET NULL"),
    Column("title", Text),
    Column("mode", Text, nullable=False, server_default=text("'typed'"), comment="typed | spoken"),
    Column("backend", Text, comment="deterministic, or the LLM model id"),
    Column("settings", json_type()),
    Column("summary", json_type(), comment="scores by area when the session ends"),
    Column("started_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("ended_at", UTCDateTime()),
    _created_at(),
    Index(None, "profile_id"),
    Index(None, "opportunity_id"),
    Index(None, "position_id"),
    sqlite_autoincrement=True,
    info={"doc": "A practice interview, usually built from one opportunity or position."},
)

practice_questions = Table(
    "practice_questions",
    metadata,
    _id(),
    _fk("session_id", "practice_sessions.id", "CASCADE", nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", Text, comment="behavioral | technical | situational | motivation | role"),
    Column("competency", Text, comment="skill or area the question probes"),
    Column("basis", json_type(), comment="what it was built from: task, skill, posting text"),
    Column("rubric", json_type()),
    _created_at(),
    UniqueConstraint("session_id", "ordinal"),
    sqlite_autoincrement=True,
    info={"doc": "The questions of a practice session, in order, with what they were built from."},
)

practice_answers = Table(
    "practice_answers",
    metadata,
    _id(),
    _fk("question_id", "practice_questions.id", "CASCADE", nullable=False),
    Column("attempt", Integer, nullable=False, server_default=text("1")),
    Column("answer_text", Text),
    _fk("story_id", "stories.id", "SET NULL"),
    Column("started_at", UTCDateTime()),
    Column("submitted_at", UTCDateTime()),
    Column("score", Float, comment="0-100"),
    Column("feedback", json_type(), comment="per-criterion notes and suggestions"),
    Column("scorer", Text, comment="deterministic, or the LLM model id"),
    _created_at(),
    UniqueConstraint("question_id", "attempt"),
    Index(None, "story_id"),
    sqlite_autoincrement=True,
    info={"doc": "Typed (later spoken) answers, one per attempt, with score and feedback."},
)

tracker_events = Table(
    "tracker_events",
    metadata,
    _id(),
    _fk("opportunity_id", "opportunities.id", "CASCADE", nullable=False),
    Column(
        "kind",
        Text,
        nullable=False,
        comment="stage_change | note | message | interview | follow_up | offer | reminder",
    ),
    Column("stage_from", Text),
    Column("stage_to", Text),
    Column("title", Text),
    Column("note", Text),
    Column("happened_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("due_at", UTCDateTime(), comment="for follow-ups and interviews"),
    Column("done_at", UTCDateTime()),
    Column("duration_minutes", Integer),
    Column("location", Text, comment="address or video link"),
    _fk("recruiter_id", "recruiters.id", "SET NULL"),
    _fk("source_message_id", "source_messages.id", "SET NULL"),
    Column("data", json_type()),
    _created_at(),
    Index(None, "opportunity_id", "happened_at"),
    Index(None, "due_at"),
    Index(None, "recruiter_id"),
    Index(None, "source_message_id"),
    sqlite_autoincrement=True,
    info={
        "doc": (
            "The tracker's history per opportunity: stage changes, interviews, follow-ups "
            "(with due dates), notes."
        )
    },
)
