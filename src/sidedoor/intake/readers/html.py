"""HTML pages and bodies: visible text (scripts never run, never output) and JobPosting data."""

from __future__ import annotations

import json
import re
from typing import Any

from sidedoor.intake.readers.base import Document, StructuredPosting
from sidedoor.intake.readers.jsonld import job_postings_from_json

_DROP = "script, style, noscript, template, svg, iframe, object, embed, head, canvas, form select"
_BLOCK = (
    "p, div, section, article, header, footer, main, aside, nav, h1, h2, h3, h4, h5, h6, ul, ol, "
    "table, tr, blockquote, pre, dl, dt, dd, hr, address, figure, figcaption, li, br, td, th"
)
_MARK = "\u2029"
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """The text a person would see: no scripts/styles, one line per block, "• " for list items."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_DROP):
        node.decompose()
    for node in root.css(_BLOCK):
        tag = node.tag
        if tag == "li":
            node.insert_before(f"{_MARK}• ")
        elif tag in {"td", "th"}:
            node.insert_before(" | ")
        else:
            node.insert_before(_MARK)
        if tag != "br":
            node.insert_after(_MARK)
    text = root.text(deep=True, separator="")
    lines = [_WS.sub(" ", part).strip(" |") for part in text.split(_MARK)]
    return "\n".join(line.strip() for line in lines if line.strip())


def read_html(html: str, *, fmt: str = "html") -> Document:
    """A page: JobPosting JSON-LD / microdata as structured hints, visible text as the text."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    postings: list[StructuredPosting] = []
    warnings: list[str] = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        data = _loads_lenient(node.text(deep=True))
        if data is None:
            warnings.append("a JSON-LD block is not valid JSON and was skipped")
            continue
        postings.extend(job_postings_from_json(data, origin="jsonld"))
    if not postings:
        for item in _microdata_items(tree):
            postings.extend(job_postings_from_json(item, origin="microdata"))
    title_node = tree.css_first("title")
    page_title = _WS.sub(" ", title_node.text()).strip() if title_node else None
    canonical = tree.css_first('link[rel="canonical"]')
    url = canonical.attributes.get("href") if canonical else None
    text = html_to_text(html)
    if len(text) < 40 and postings and postings[0].description:
        text = postings[0].description  # a script-rendered page: the JSON-LD is all there is
    return Document(
        kind="posting",
        format=fmt,
        text=text,
        structured=postings,
        title=page_title,
        url=url or (postings[0].url if postings else None),
        warnings=warnings,
    )


def _loads_lenient(raw: str) -> Any:
    raw = raw.strip()
    raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw).strip()
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _microdata_items(tree: Any) -> list[dict[str, Any]]:
    items = []
    for node in tree.css("[itemscope][itemtype]"):
        itemtype = node.attributes.get("itemtype") or ""
        if "JobPosting" in itemtype and not _has_scoped_ancestor(node):
            items.append(_microdata(node))
    return items


def _has_scoped_ancestor(node: Any) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.attributes and "itemscope" in parent.attributes:
            return True
        parent = parent.parent
    return False


def _microdata(scope: Any, depth: int = 0) -> dict[str, Any]:
    """schema.org microdata under `scope` as a JSON-LD-like dict (nested items as dicts)."""
    itemtype = scope.attributes.get("itemtype") or ""
    out: dict[str, Any] = {"@type": itemtype.rstrip("/").rsplit("/", 1)[-1]}
    if depth > 5:
        return out
    for node in scope.css("[itemprop]"):
        owner = _owner(node)
        if owner is None or owner.mem_id != scope.mem_id:
            continue
        name = (node.attributes.get("itemprop") or "").strip()
        if not name:
            continue
        if "itemscope" in node.attributes:
            value: Any = _microdata(node, depth + 1)
        else:
            attrs = node.attributes
            value = (
                attrs.get("content")
                or attrs.get("datetime")
                or attrs.get("href")
                or attrs.get("src")
                or _WS.sub(" ", node.text(deep=True)).strip()
            )
        for key in name.split():
            if key in out:
                prev = out[key]
                out[key] = [*prev, value] if isinstance(prev, list) else [prev, value]
            else:
                out[key] = value
    return out


def _owner(node: Any) -> Any:
    """The nearest itemscope ancestor of an itemprop node (the item it belongs to)."""
    parent = node.parent
    while parent is not None:
        if parent.attributes and "itemscope" in parent.attributes:
            return parent
        parent = parent.parent
    return None
