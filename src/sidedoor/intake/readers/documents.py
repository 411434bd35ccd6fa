"""Job descriptions as PDF (pypdf) or DOCX (the ZIP's word/document.xml, read with the stdlib)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from sidedoor.intake.errors import MalformedInput
from sidedoor.intake.readers.archive import open_zip, read_member
from sidedoor.intake.readers.base import Document, Limits
from sidedoor.intake.textutil import clean_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_pdf(data: bytes, path: str | None, limits: Limits) -> Document:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise MalformedInput(
                "the PDF is password-protected",
                path=path,
                hint="Save an unprotected copy, or paste its text into a .txt file.",
            )
        pages = []
        warnings = []
        for i, page in enumerate(reader.pages):
            if i >= limits.pdf_max_pages:
                warnings.append(f"only the first {limits.pdf_max_pages} pages were read")
                break
            pages.append(page.extract_text() or "")
    except MalformedInput:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise MalformedInput(
            f"not a readable PDF ({type(exc).__name__}: {exc})", path=path
        ) from exc
    text = clean_text("\n\n".join(pages))
    if not text:
        raise MalformedInput(
            "the PDF has no text layer (a scan?)",
            path=path,
            hint="Run OCR on it first, or paste the text into a .txt file.",
        )
    return Document(kind="posting", format="pdf", text=text, warnings=warnings)


def read_docx(data: bytes, path: str | None, limits: Limits) -> Document:
    archive = open_zip(data, path, limits)
    if "word/document.xml" not in archive.namelist():
        raise MalformedInput("not a Word .docx file (no word/document.xml)", path=path)
    xml = read_member(archive, "word/document.xml", path, limits, limits.max_bytes * 5)
    if b"<!DOCTYPE" in xml[:2000] or b"<!ENTITY" in xml:
        raise MalformedInput("the .docx declares XML entities; refusing to expand them", path=path)
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise MalformedInput(f"damaged .docx ({exc})", path=path) from exc
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for block in list(body) if body is not None else []:
        if block.tag == f"{_W}p":
            lines.append(_paragraph(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = [
                    " ".join(_paragraph(p) for p in cell.iter(f"{_W}p"))
                    for cell in row.iter(f"{_W}tc")
                ]
                lines.append(" | ".join(c for c in cells if c))
    text = clean_text("\n".join(lines))
    if not text:
        raise MalformedInput("the .docx has no text", path=path)
    return Document(kind="posting", format="docx", text=text)


def _paragraph(p: ET.Element) -> str:
    parts: list[str] = []
    is_list = p.find(f"{_W}pPr/{_W}numPr") is not None
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in {f"{_W}br", f"{_W}cr"}:
            parts.append("\n")
    text = "".join(parts)
    return f"• {text}" if is_list and text.strip() else text
