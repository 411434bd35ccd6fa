"""Typed errors of the intake readers. Each names the file and says what to do next."""

from __future__ import annotations

from sidedoor.errors import SidedoorError


class IntakeError(SidedoorError):
    """A file or message could not be read as an opportunity."""

    hint = "Check the file, or paste the message text into a .txt file and parse that."

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        self.path = path
        self.detail = message
        super().__init__(f"{path}: {message}" if path else message, hint=hint)


class UnknownFormat(IntakeError):
    """The file is not one of the formats intake reads."""

    hint = (
        "Supported: .txt, .eml, .mbox, .msg, LinkedIn .zip / messages.csv, .html, .pdf, "
        ".docx, .csv / .json / .jsonl feeds. Pass --format to say which it is."
    )


class FileTooLarge(IntakeError):
    """The input is over the size limit."""

    hint = "Split the file, or raise the limit with --max-bytes if you trust it."


class UnsafeArchive(IntakeError):
    """A ZIP whose members are too many, too big, or compress suspiciously well (a zip bomb)."""

    hint = "Unpack the archive yourself and parse messages.csv directly."


class MalformedInput(IntakeError):
    """The file claims a format but its content is damaged or not what the format needs."""


class DecodeError(IntakeError):
    """The bytes could not be decoded as text in any encoding tried."""

    hint = "Save the file as UTF-8 and try again."
