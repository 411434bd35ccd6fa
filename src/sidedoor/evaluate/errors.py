"""Typed errors of `sidedoor evaluate`."""

from __future__ import annotations

from sidedoor.errors import SidedoorError


class NothingToEvaluate(SidedoorError):
    """The input holds no recruiter outreach and no job posting."""

    hint = "Check what intake read with `sidedoor inbox parse FILE`."


class UnknownTarget(SidedoorError):
    """Neither an existing file nor an opportunity id."""

    hint = "Give a file (message, export, posting) or an id from `sidedoor inbox list`."
