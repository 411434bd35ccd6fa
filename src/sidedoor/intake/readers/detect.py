"""Which reader a file needs: by extension, confirmed or overridden by its first bytes."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

FORMATS = (
    "text",
    "eml",
    "mbox",
    "msg",
    "linkedin-zip",
    "linkedin-csv",
    "html",
    "pdf",
    "docx",
    "feed-csv",
    "feed-json",
)
_EXT = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".eml": "eml",
    ".mbox": "mbox",
    ".mbx": "mbox",
    ".msg": "msg",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".json": "feed-json",
    ".jsonl": "feed-json",
    ".ndjson": "feed-json",
}
_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Received|Return-Path|MIME-Version|Message-ID|Delivered-To|X-[\w-]+):",
    re.I | re.M,
)


def detect(data: bytes, name: str | None) -> str | None:
    """The format name, or None when neither the name nor the content says."""
    head = data[:4096]
    ext = ""
    if name and "." in name.rsplit("/", 1)[-1]:
        ext = "." + name.rsplit(".", 1)[-1].lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "msg"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data, ext)
    if ext == ".csv" or ext == ".tsv":
        return "linkedin-csv" if _linkedin_header(head) else "feed-csv"
    if ext in _EXT and ext not in {".txt", ".text", ".md"}:
        return _EXT[ext]
    sniffed = _sniff_text(head)
    if sniffed:
        return sniffed
    if ext in _EXT:
        return _EXT[ext]
    if not ext and _printable(head):
        return "text"
    return None


def _zip_kind(data: bytes, ext: str) -> str | None:
    try:
        names = zipfile.ZipFile(BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "docx" if ext == ".docx" else "linkedin-zip"  # let the reader report the damage
    if "word/document.xml" in names:
        return "docx"
    return "linkedin-zip"


def _linkedin_header(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].upper().replace(b"_", b" ")
    columns = {c.strip(b' "') for c in first.split(b",")}
    return b"CONVERSATION ID" in columns or {b"CONTENT", b"FROM"} <= columns


def _sniff_text(head: bytes) -> str | None:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = stripped[:200].lower()
    if lowered.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>")
    ):
        return "html"
    if stripped.startswith(b"From ") and _HEADER.search(stripped[:2000]):
        return "mbox"
    if len(_HEADER.findall(stripped[:2000])) >= 2 and _HEADER.match(stripped):
        return "eml"
    if _linkedin_header(stripped):
        return "linkedin-csv"
    if _JSON_START.match(stripped):
        return "feed-json"
    return None


# a feed's JSON opens with an object or an array of objects ('[{"title": …', '{"jobs": …'),
# not a chat export's "[14:02, 18/03/2025] Chiamaka: …" or a "[EXTERNAL]" tag
_JSON_START = re.compile(rb"[\[{]\s*[\[{\"\]}]")


def _printable(head: bytes) -> bool:
    if not head:
        return True
    bad = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bad / len(head) < 0.05
