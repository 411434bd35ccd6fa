"""Small helpers over SQLAlchemy Core shared by the repository modules."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import CursorResult


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row a single-row INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise RuntimeError("the database did not return the new row's id")
    return int(key[0])
