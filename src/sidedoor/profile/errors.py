"""Typed errors of the profile."""

from __future__ import annotations

from sidedoor.errors import SidedoorError


class ProfileImportError(SidedoorError):
    """A résumé or export that cannot be read as a profile."""

    hint = ("Use a JSON Resume (.json), a PDF or DOCX résumé, or LinkedIn's export (the ZIP "
            "or its Profile.csv, Positions.csv, Skills.csv, Education.csv, Certifications.csv).")


class NoProfile(SidedoorError):
    """The store has no profile yet."""

    hint = "Run `sidedoor profile import RESUME` (or `sidedoor profile edit FILE`)."


class ProfileEditError(SidedoorError):
    """An edit that cannot be applied: an unknown field or a value of the wrong type."""

    hint = "See `sidedoor profile dump` for the fields and their shapes (docs/profile.md)."
