"""Pluggable coders intake calls when given: job title -> occupation, text -> skills.

Both default to None: then `occupation` is null and `skills` is empty. The language engines
(`sidedoor.language.titles`, `sidedoor.language.skills`) are wired in by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class TitleCoder(Protocol):
    """Job title -> candidate occupations as (code, title, score), best first."""

    def __call__(self, title: str, /) -> Sequence[tuple[str, str, float]]: ...


class SkillSpanLike(Protocol):
    """What a skill extractor returns per skill: a span of the text it was given."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def label(self) -> str: ...

    @property
    def kind(self) -> str | None: ...

    @property
    def required(self) -> bool | None: ...


class SkillExtractor(Protocol):
    """Text -> skill spans (offsets into the text passed in)."""

    def __call__(self, text: str, /) -> Sequence[SkillSpanLike]: ...
