"""Errors practice raises; the CLI shows them as one line with what to do next."""

from __future__ import annotations

from sidedoor.errors import SidedoorError


class PracticeError(SidedoorError):
    """Practice cannot do what was asked."""


class NoSuchOpportunity(PracticeError):
    hint = "List them with `sidedoor inbox list`, or use --occupation CODE or --file POSTING."


class NoSuchSession(PracticeError):
    hint = "List your sessions with `sidedoor practice sessions`."


class UnknownRole(PracticeError):
    """The occupation of a posting or opportunity cannot be told."""

    hint = "Pass --occupation CODE (find one with `sidedoor occupations search TITLE`)."


class BackendError(PracticeError):
    """The configured LLM backend failed; the deterministic result is used instead."""

    hint = "Check the llm_* settings with `sidedoor config show`, or unset llm_base_url."
