"""Intake: recruiter messages and job postings, in every form people have them, as typed items.

    from sidedoor.intake import parse_path
    result = parse_path("inmail.eml")      # ParseResult(items=[ParsedItem…], errors=[…])

Readers (one module per format) live in `readers/`, extractors (one per field family) in
`extract/`; `analyze.build_item` joins them. Nothing here prints or touches the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sidedoor.intake.pipeline import parse_bytes, parse_path, parse_text

__all__ = ["parse_bytes", "parse_path", "parse_text"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from sidedoor.intake import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
