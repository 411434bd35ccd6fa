"""Initial schema: profile, jobs held, skills, recruiters, messages, opportunities,
positions, facts, practice, stories and tracker events.

Revision ID: 0001
Revises:
Create Date: 2025-11-28

Self-contained: plain SQLAlchemy types only, never an import from sidedoor (the live schema
changes after this migration was written). Runs in its own transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The types as of this revision (kept here: migrations never import the live schema).
TIMESTAMP = sa.DateTime(timezone=True)  # UTC; SQLite keeps it as text
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")
NOW = sa.func.current_timestamp()


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("headline", sa.Text()),
        sa.Column("email", sa.Text()),
        sa.Column("phone", sa.Text()),
        sa.Column("location", sa.Text(), comment="home, as the user wrote it"),
        sa.Column("postal_code", sa.Text()),
        sa.Column("country_code", sa.Text(), comment="ISO 3166-1 alpha-2"),
        sa.Column("geoname_id", sa.Integer(), comment="GeoNames id of the home place"),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("summary", sa.Text()),
        sa.Column("resume_text", sa.Text(), comment="plain text of the latest résumé"),
        sa.Column("resume_source", sa.Text(), comment="file or export it came from"),
        sa.Column("resume_json", JSON, comment="JSON Resume document, when there is one"),
        sa.Column("aspirations", JSON, comment="list of goals: titles, industries, growth"),
        sa.Column("deal_breakers", JSON, comment="list of hard no's"),
        sa.Column("preferences", JSON, comment="other weights and wishes"),
        sa.Column("min_base_pay", sa.Float()),
        sa.Column("pay_currency", sa.Text()),
        sa.Column("max_commute_minutes", sa.Integer()),
        sa.Column("remote_preference", sa.Text(), comment="onsite | hybrid | remote | any"),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "recruiters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text()),
        sa.Column("phone", sa.Text()),
        sa.Column("profile_url", sa.Text(), comment="LinkedIn or other public profile"),
        sa.Column("agency", sa.Text(), comment="staffing agency, if not in-house"),
        sa.Column("company", sa.Text(), comment="employer they recruit for, if in-house"),
        sa.Column("title", sa.Text()),
        sa.Column("location", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recruiters")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_recruiters_email"), "recruiters", ["email"])
    op.create_index(op.f("ix_recruiters_profile_url"), "recruiters", ["profile_url"])

    op.create_table(
        "jobs_held",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("employer", sa.Text()),
        sa.Column("occupation_code", sa.Text(), comment="O*NET-SOC"),
        sa.Column("industry", sa.Text()),
        sa.Column("start_date", sa.Date()),
        sa.Column("end_date", sa.Date()),
        sa.Column("is_current", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("location", sa.Text()),
        sa.Column("postal_code", sa.Text()),
        sa.Column("country_code", sa.Text()),
        sa.Column("workplace", sa.Text(), comment="onsite | hybrid | remote"),
        sa.Column("remote_days", sa.Float(), comment="days a week worked remotely"),
        sa.Column("commute_mode", sa.Text(), comment="car | transit | bike | walk | mixed"),
        sa.Column("commute_minutes", sa.Integer(), comment="one way"),
        sa.Column("commute_distance_km", sa.Float(), comment="one way"),
        sa.Column("commute_cost_monthly", sa.Float()),
        sa.Column("base_pay", sa.Float()),
        sa.Column("pay_period", sa.Text(), comment="year | month | week | day | hour"),
        sa.Column("currency", sa.Text()),
        sa.Column("hours_per_week", sa.Float()),
        sa.Column("bonus", sa.Float(), comment="expected yearly bonus"),
        sa.Column("equity", sa.Float(), comment="yearly value of equity grants"),
        sa.Column("equity_notes", sa.Text()),
        sa.Column(
            "retirement_match",
            sa.Float(),
            nullable=True,
            comment="employer match, percent of base pay",
        ),
        sa.Column("health_premium", sa.Float(), comment="employee's monthly health premium"),
        sa.Column("pto_days", sa.Float()),
        sa.Column("benefits", JSON, comment="other benefits: list of {name, value, note}"),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_jobs_held_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs_held")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_jobs_held_profile_id"), "jobs_held", ["profile_id"])

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("company", sa.Text()),
        sa.Column("recruiter_id", sa.Integer()),
        sa.Column("profile_id", sa.Integer()),
        sa.Column("stage", sa.Text(), server_default=sa.text("'new'"), nullable=False),
        sa.Column("source_channel", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("location", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("next_action", sa.Text()),
        sa.Column("next_action_at", TIMESTAMP),
        sa.Column("fields", JSON, comment="anything else learned, by name"),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_opportunities_profile_id_profile"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recruiter_id"],
            ["recruiters.id"],
            name=op.f("fk_opportunities_recruiter_id_recruiters"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_opportunities_profile_id"), "opportunities", ["profile_id"])
    op.create_index(op.f("ix_opportunities_recruiter_id"), "opportunities", ["recruiter_id"])
    op.create_index(op.f("ix_opportunities_stage"), "opportunities", ["stage"])
    op.create_index(op.f("ix_opportunities_updated_at"), "opportunities", ["updated_at"])

    op.create_table(
        "source_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column(
            "external_id",
            sa.Text(),
            nullable=True,
            comment="Message-ID, LinkedIn conversation id, URL…",
        ),
        sa.Column(
            "thread_key",
            sa.Text(),
            nullable=True,
            comment="groups the messages of one conversation",
        ),
        sa.Column("sender_name", sa.Text()),
        sa.Column("sender_address", sa.Text(), comment="email address or profile URL"),
        sa.Column("recipient", sa.Text()),
        sa.Column("subject", sa.Text()),
        sa.Column("sent_at", TIMESTAMP),
        sa.Column("body", sa.Text(), comment="plain text"),
        sa.Column("body_html", sa.Text()),
        sa.Column(
            "raw",
            sa.LargeBinary(),
            nullable=True,
            comment="the original bytes (.eml, HTML page, CSV row)",
        ),
        sa.Column("raw_type", sa.Text(), comment="MIME type of raw"),
        sa.Column("origin", sa.Text(), comment="file or feed it was imported from"),
        sa.Column("headers", JSON),
        sa.Column(
            "content_sha256", sa.Text(), nullable=False, comment="dedupe key over the content"
        ),
        sa.Column("recruiter_id", sa.Integer()),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'linkedin', 'text', 'posting', 'feed')",
            name=op.f("ck_source_messages_channel"),
        ),
        sa.ForeignKeyConstraint(
            ["recruiter_id"],
            ["recruiters.id"],
            name=op.f("fk_source_messages_recruiter_id_recruiters"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_messages")),
        sa.UniqueConstraint("content_sha256", name=op.f("uq_source_messages_content_sha256")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_source_messages_channel_external_id"),
        "source_messages",
        ["channel", "external_id"],
    )
    op.create_index(op.f("ix_source_messages_recruiter_id"), "source_messages", ["recruiter_id"])
    op.create_index(op.f("ix_source_messages_sent_at"), "source_messages", ["sent_at"])
    op.create_index(op.f("ix_source_messages_thread_key"), "source_messages", ["thread_key"])

    op.create_table(
        "opportunity_messages",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), comment="origin | reply | follow_up | posting"),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["source_messages.id"],
            name=op.f("fk_opportunity_messages_message_id_source_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_messages_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "opportunity_id", "message_id", name=op.f("pk_opportunity_messages")
        ),
    )
    op.create_index(
        op.f("ix_opportunity_messages_message_id"), "opportunity_messages", ["message_id"]
    )

    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("company", sa.Text()),
        sa.Column("department", sa.Text()),
        sa.Column("occupation_code", sa.Text(), comment="O*NET-SOC"),
        sa.Column(
            "occupation_confidence",
            sa.Float(),
            nullable=True,
            comment="0-1, from the title matcher",
        ),
        sa.Column("description", sa.Text()),
        sa.Column("workplace", sa.Text(), comment="onsite | hybrid | remote"),
        sa.Column("office_days", sa.Float(), comment="days a week in the office"),
        sa.Column(
            "employment_type",
            sa.Text(),
            nullable=True,
            comment="full_time | part_time | contract | temporary | internship",
        ),
        sa.Column("seniority", sa.Text()),
        sa.Column("pay_min", sa.Float()),
        sa.Column("pay_max", sa.Float()),
        sa.Column("pay_currency", sa.Text()),
        sa.Column("pay_period", sa.Text(), comment="year | month | week | day | hour"),
        sa.Column("locations", JSON, comment="list of {text, geoname_id, postal_code, ...}"),
        sa.Column("benefits", JSON),
        sa.Column("skills", JSON, comment="list of {label, kind, code, required}"),
        sa.Column("evidence", JSON, comment="field -> the text it was read from"),
        sa.Column("url", sa.Text()),
        sa.Column("posted_at", TIMESTAMP),
        sa.Column("valid_through", TIMESTAMP),
        sa.Column("source_message_id", sa.Integer()),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_positions_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_message_id"],
            ["source_messages.id"],
            name=op.f("fk_positions_source_message_id_source_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_positions_occupation_code"), "positions", ["occupation_code"])
    op.create_index(op.f("ix_positions_opportunity_id"), "positions", ["opportunity_id"])
    op.create_index(op.f("ix_positions_source_message_id"), "positions", ["source_message_id"])

    op.create_table(
        "profile_skills",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Text(),
            nullable=False,
            comment="skill | knowledge | technology | tool | certification | language",
        ),
        sa.Column("code", sa.Text(), comment="O*NET element id, ESCO URI or commodity code"),
        sa.Column("taxonomy", sa.Text(), comment="onet | esco | none"),
        sa.Column("level", sa.Float(), comment="self-rated 1-5"),
        sa.Column("years", sa.Float()),
        sa.Column(
            "source", sa.Text(), nullable=False, comment="resume | linkedin | manual | inferred"
        ),
        sa.Column("source_ref", sa.Text(), comment="file, export or message it came from"),
        sa.Column("job_held_id", sa.Integer()),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["job_held_id"],
            ["jobs_held.id"],
            name=op.f("fk_profile_skills_job_held_id_jobs_held"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_profile_skills_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_skills")),
        sa.UniqueConstraint(
            "profile_id", "kind", "label", name=op.f("uq_profile_skills_profile_id_kind_label")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_profile_skills_job_held_id"), "profile_skills", ["job_held_id"])

    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("profile_id", sa.Integer()),
        sa.Column("job_held_id", sa.Integer()),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text()),
        sa.Column("task", sa.Text()),
        sa.Column("action", sa.Text()),
        sa.Column("result", sa.Text()),
        sa.Column("skills", JSON, comment="labels or codes the story shows"),
        sa.Column("tags", JSON),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.Column("updated_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["job_held_id"],
            ["jobs_held.id"],
            name=op.f("fk_stories_job_held_id_jobs_held"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_stories_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_stories_job_held_id"), "stories", ["job_held_id"])
    op.create_index(op.f("ix_stories_profile_id"), "stories", ["profile_id"])

    op.create_table(
        "tracker_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Text(),
            nullable=False,
            comment="stage_change | note | message | interview | follow_up | offer | reminder",
        ),
        sa.Column("stage_from", sa.Text()),
        sa.Column("stage_to", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("note", sa.Text()),
        sa.Column("happened_at", TIMESTAMP, nullable=False),
        sa.Column("due_at", TIMESTAMP, comment="for follow-ups and interviews"),
        sa.Column("done_at", TIMESTAMP),
        sa.Column("duration_minutes", sa.Integer()),
        sa.Column("location", sa.Text(), comment="address or video link"),
        sa.Column("recruiter_id", sa.Integer()),
        sa.Column("source_message_id", sa.Integer()),
        sa.Column("data", JSON),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_tracker_events_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recruiter_id"],
            ["recruiters.id"],
            name=op.f("fk_tracker_events_recruiter_id_recruiters"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_message_id"],
            ["source_messages.id"],
            name=op.f("fk_tracker_events_source_message_id_source_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracker_events")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_tracker_events_due_at"), "tracker_events", ["due_at"])
    op.create_index(
        op.f("ix_tracker_events_opportunity_id_happened_at"),
        "tracker_events",
        ["opportunity_id", "happened_at"],
    )
    op.create_index(op.f("ix_tracker_events_recruiter_id"), "tracker_events", ["recruiter_id"])
    op.create_index(
        op.f("ix_tracker_events_source_message_id"), "tracker_events", ["source_message_id"]
    )

    op.create_table(
        "opportunity_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer()),
        sa.Column("key", sa.Text(), nullable=False, comment="e.g. base_pay, remote_days, bonus"),
        sa.Column("value", JSON),
        sa.Column(
            "source", sa.Text(), nullable=False, comment="posting | recruiter | user | inferred"
        ),
        sa.Column("is_what_if", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("source_message_id", sa.Integer()),
        sa.Column("recorded_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_facts_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["position_id"],
            ["positions.id"],
            name=op.f("fk_opportunity_facts_position_id_positions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_message_id"],
            ["source_messages.id"],
            name=op.f("fk_opportunity_facts_source_message_id_source_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_facts")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_opportunity_facts_opportunity_id_key_recorded_at"),
        "opportunity_facts",
        ["opportunity_id", "key", "recorded_at"],
    )
    op.create_index(op.f("ix_opportunity_facts_position_id"), "opportunity_facts", ["position_id"])
    op.create_index(
        op.f("ix_opportunity_facts_source_message_id"), "opportunity_facts", ["source_message_id"]
    )

    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("profile_id", sa.Integer()),
        sa.Column("opportunity_id", sa.Integer()),
        sa.Column("position_id", sa.Integer()),
        sa.Column("title", sa.Text()),
        sa.Column(
            "mode",
            sa.Text(),
            server_default=sa.text("'typed'"),
            nullable=False,
            comment="typed | spoken",
        ),
        sa.Column("backend", sa.Text(), comment="deterministic, or the LLM model id"),
        sa.Column("settings", JSON),
        sa.Column("summary", JSON, comment="scores by area when the session ends"),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("ended_at", TIMESTAMP),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_practice_sessions_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["position_id"],
            ["positions.id"],
            name=op.f("fk_practice_sessions_position_id_positions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_practice_sessions_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_sessions")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_practice_sessions_opportunity_id"), "practice_sessions", ["opportunity_id"]
    )
    op.create_index(op.f("ix_practice_sessions_position_id"), "practice_sessions", ["position_id"])
    op.create_index(op.f("ix_practice_sessions_profile_id"), "practice_sessions", ["profile_id"])

    op.create_table(
        "practice_questions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Text(),
            nullable=True,
            comment="behavioral | technical | situational | motivation | role",
        ),
        sa.Column("competency", sa.Text(), comment="skill or area the question probes"),
        sa.Column(
            "basis",
            JSON,
            nullable=True,
            comment="what it was built from: task, skill, posting text",
        ),
        sa.Column("rubric", JSON),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name=op.f("fk_practice_questions_session_id_practice_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_questions")),
        sa.UniqueConstraint(
            "session_id", "ordinal", name=op.f("uq_practice_questions_session_id_ordinal")
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "practice_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("answer_text", sa.Text()),
        sa.Column("story_id", sa.Integer()),
        sa.Column("started_at", TIMESTAMP),
        sa.Column("submitted_at", TIMESTAMP),
        sa.Column("score", sa.Float(), comment="0-100"),
        sa.Column("feedback", JSON, comment="per-criterion notes and suggestions"),
        sa.Column("scorer", sa.Text(), comment="deterministic, or the LLM model id"),
        sa.Column("created_at", TIMESTAMP, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["practice_questions.id"],
            name=op.f("fk_practice_answers_question_id_practice_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_practice_answers_story_id_stories"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_answers")),
        sa.UniqueConstraint(
            "question_id", "attempt", name=op.f("uq_practice_answers_question_id_attempt")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_practice_answers_story_id"), "practice_answers", ["story_id"])


def downgrade() -> None:
    op.drop_table("practice_answers")
    op.drop_table("practice_questions")
    op.drop_table("practice_sessions")
    op.drop_table("opportunity_facts")
    op.drop_table("tracker_events")
    op.drop_table("stories")
    op.drop_table("profile_skills")
    op.drop_table("positions")
    op.drop_table("opportunity_messages")
    op.drop_table("source_messages")
    op.drop_table("opportunities")
    op.drop_table("jobs_held")
    op.drop_table("recruiters")
    op.drop_table("profile")
