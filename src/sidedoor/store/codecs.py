"""Reading the store's tables as they are, and turning their values into JSON and back.

Export and import reflect the tables from the database (not ``schema.py``), so they cover
every column of whichever revision a store is at. Each column type has a codec: timestamps
as ISO 8601 in UTC with the offset, dates ISO 8601, floats as JSON numbers (Python writes the
shortest exact form), decimals as strings, bytes as base64, JSON columns as JSON with object
keys sorted (PostgreSQL's JSONB sorts them anyway, so both engines write the same bytes).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    event,
    inspect,
)
from sqlalchemy.engine import Connection, Inspector
from sqlalchemy.types import TypeEngine

from sidedoor.errors import StoreError
from sidedoor.store.migrate import VERSION_TABLE
from sidedoor.store.types import JSONValue, UTCDateTime

Codec = Callable[[Any], Any]


def reflect_store(conn: Connection) -> MetaData:
    """The store's tables as they are in the database, typed for lossless transfer."""
    meta = MetaData()

    def adapt(_inspector: Inspector, _table: Table, column_info: Any) -> None:
        column_info["type"] = _transfer_type(column_info["type"])

    event.listen(meta, "column_reflect", adapt)
    names = sorted(n for n in inspect(conn).get_table_names() if n != VERSION_TABLE)
    meta.reflect(conn, only=names)
    return meta


def _transfer_type(reflected: TypeEngine[Any]) -> TypeEngine[Any]:
    if isinstance(reflected, DateTime):
        return UTCDateTime()
    if isinstance(reflected, JSON):
        return JSONValue()
    return reflected


def _canonical_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _canonical_json(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list):
        return [_canonical_json(v) for v in value]
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _need(ok: bool, what: str, value: Any) -> None:
    if not ok:
        raise ValueError(f"expected {what}, got {json.dumps(value, ensure_ascii=False)[:60]}")


def _decode_datetime(value: Any) -> datetime:
    _need(isinstance(value, str), "an ISO 8601 timestamp", value)
    parsed = datetime.fromisoformat(value)
    _need(parsed.tzinfo is not None, "a timestamp with a UTC offset", value)
    return parsed


def _decode_bytes(value: Any) -> bytes:
    _need(isinstance(value, str), "base64 text", value)
    return base64.b64decode(value, validate=True)


def _decode_int(value: Any) -> int:
    _need(isinstance(value, int) and not isinstance(value, bool), "an integer", value)
    return int(value)


def _decode_float(value: Any) -> float:
    _need(_is_number(value), "a number", value)
    return float(value)


def _decode_decimal(value: Any) -> Decimal:
    _need(isinstance(value, str) or _is_number(value), "a decimal number", value)
    return Decimal(str(value))


def _decode_bool(value: Any) -> bool:
    _need(isinstance(value, bool), "true or false", value)
    return bool(value)


def _decode_date(value: Any) -> date:
    _need(isinstance(value, str), "an ISO 8601 date", value)
    return date.fromisoformat(value)


def _decode_str(value: Any) -> str:
    _need(isinstance(value, str), "text", value)
    return str(value)


def codecs_for(column: Column[Any]) -> tuple[Codec, Codec]:
    """(encode to JSON, decode from JSON) for one column's type."""
    t = column.type
    if isinstance(t, UTCDateTime):
        return (lambda v: v.astimezone(UTC).isoformat()), _decode_datetime
    if isinstance(t, JSONValue):
        return _canonical_json, _canonical_json
    if isinstance(t, Boolean):
        return bool, _decode_bool
    if isinstance(t, Integer):
        return int, _decode_int
    if isinstance(t, Float):
        return float, _decode_float
    if isinstance(t, Numeric):
        return (lambda v: str(v) if isinstance(v, Decimal) else v), _decode_decimal
    if isinstance(t, Date):
        return (lambda v: v.isoformat()), _decode_date
    if isinstance(t, LargeBinary):
        return (lambda v: base64.b64encode(v).decode("ascii")), _decode_bytes
    if isinstance(t, String):
        return str, _decode_str
    raise StoreError(
        f"Column {column.table.name}.{column.name} has type {t!r}, which export/import "
        "does not handle yet.",
        hint="This is a bug in sidedoor: please report it.",
    )
