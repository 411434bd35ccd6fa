"""Column types shared by the live schema and by reflection (export/import).

Timestamps are stored in UTC and always come back timezone-aware; JSON columns keep SQL NULL
for Python ``None``. Migrations use the plain SQLAlchemy types these wrap (same DDL), so they
never depend on this module.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and returned timezone-aware (UTC) on every engine.

    Naive datetimes are refused: their meaning depends on the machine they were made on.
    SQLite keeps the UTC value as text; PostgreSQL uses ``timestamp with time zone``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} (give it a timezone)")
        utc = value.astimezone(UTC)
        # SQLite stores the text of the value; drop the offset so it compares as UTC text.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class JSONValue(TypeDecorator[Any]):
    """JSON on every engine (JSONB on PostgreSQL); Python ``None`` is stored as SQL NULL.

    The PostgreSQL type is chosen when a dialect asks, so importing the schema does not import
    the PostgreSQL dialect.
    """

    impl = JSON(none_as_null=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB(none_as_null=True))
        return dialect.type_descriptor(JSON(none_as_null=True))


def json_type() -> JSONValue:
    """A JSON column type (see ``JSONValue``)."""
    return JSONValue()
