"""HTML pages and bodies: visible text (scripts never run, never output) and JobPosting data.

A job page is read the way a person reads it: the job's own content (the <main> / <article>
block holding the heading, or the page less its navigation, banners, lists of other jobs and
footers), its title from that heading, and the employer from the cues a reader uses (the page
title, the logo, "Company: X", the line under the heading, "About X", the copyright line; a job
board's or applicant-tracking system's own name is never the employer). These go to analysis as
`PageHints`, with spans into the text where the text shows them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sidedoor.intake.readers.base import (
    Document,
    PageCue,
    PageField,
    PageHints,
    StructuredPosting,
)
from sidedoor.intake.readers.jsonld import job_postings_from_json

_DROP = "script, style, noscript, template, svg, iframe, object, embed, head, canvas, form select"
# on a page, also what is clicked or typed and never read as the job: buttons, form fields
_PAGE_DROP = f"{_DROP}, button, input, textarea, select, option, dialog"
_BLOCK = (
    "p, div, section, article, header, footer, main, aside, nav, h1, h2, h3, h4, h5, h6, ul, ol, "
    "table, tr, blockquote, pre, dl, dt, dd, hr, address, figure, figcaption, li, br, td, th"
)
_MARK = "\u2029"
_LABEL = "\u2028"  # between a field's label and its value: "Salary: £37,155 - £40,200"
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_LABEL_JOIN = re.compile(r"\s*:?\s*\u2028\s*")
_NOT_ELEMENT = frozenset({"-text", "-comment"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def html_to_text(html: str) -> str:
    """The text a person would see: no scripts/styles, one line per block, "• " for list items."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_DROP):
        node.decompose()
    return _render(root, labels=False)


def _render(root: Any, *, labels: bool) -> str:
    """One line per block; with `labels`, a <dt>/<dd> or <th>/<td> pair is one "Label: value"
    line, as a reader takes it in, and a list item that opens with a block keeps its bullet."""
    values: set[int] = set()
    labelled: set[int] = set()
    if labels:
        for node in root.css("dt, th"):
            following = _next_element(node)
            if following is not None and following.tag in {"dd", "td"}:
                labelled.add(node.mem_id)
                values.add(following.mem_id)
    for node in root.css(_BLOCK):
        tag, key = node.tag, node.mem_id
        if key in labelled:
            node.insert_before(_MARK)
            node.insert_after(_LABEL)
            continue
        if key in values:
            node.insert_after(_MARK)
            continue
        if tag == "li":
            node.insert_before(f"{_MARK}• ")
        elif tag in {"td", "th"}:
            node.insert_before(" | ")
        else:
            node.insert_before(_MARK)
        if tag != "br":
            node.insert_after(_MARK)
    text = root.text(deep=True, separator="")
    lines: list[str] = []
    bullet = False
    for part in text.split(_MARK):
        line = _WS.sub(" ", part).strip(" |")
        if labels and _LABEL in line:
            line = _LABEL_JOIN.sub(": ", line).strip(" :|")
        line = line.strip()
        if labels and line == "•":  # <li><h3>Seniority level</h3>…: "• Seniority level"
            bullet = True
            continue
        if line:
            lines.append(f"• {line}" if bullet and not line.startswith("•") else line)
            bullet = False
    return "\n".join(lines)


def _next_element(node: Any) -> Any:
    sibling = node.next
    while sibling is not None and sibling.tag in _NOT_ELEMENT:
        sibling = sibling.next
    return sibling


def read_html(html: str, *, fmt: str = "html") -> Document:
    """A page: JobPosting JSON-LD / microdata as structured hints, the job's visible text as the
    text, and what the page's layout says about its title and employer as page hints."""
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
    head = _head(tree)
    canonical = tree.css_first('link[rel="canonical"]')
    url = canonical.attributes.get("href") if canonical else None
    text, hints = _read_page(tree, head)
    if len(text) < 40 and postings and postings[0].description:
        text = postings[0].description  # a script-rendered page: the JSON-LD is all there is
        hints = None
    return Document(
        kind="posting",
        format=fmt,
        text=text,
        structured=postings,
        title=head.get("title"),
        url=url or (postings[0].url if postings else None),
        warnings=warnings,
        page=hints,
    )


def _head(tree: Any) -> dict[str, str]:
    """The page's <title>, og:title, og:site_name, description and language."""
    out: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None:
        out["title"] = _WS.sub(" ", title.text()).strip()
    for node in tree.css("meta[property], meta[name]"):
        key = (node.attributes.get("property") or node.attributes.get("name") or "").lower()
        value = _WS.sub(" ", node.attributes.get("content") or "").strip()
        if value and key in {"og:title", "og:site_name", "description", "og:description"}:
            out.setdefault(key, value)
    root = tree.root
    if root is not None:
        out["lang"] = (root.attributes.get("lang") or "").lower()
    return out


# --- the job's own content -------------------------------------------------------------------

# words in class / id / role / aria-label / data-* that mark what is not the job
_NOISE_WORDS = re.split(
    r"\s+",
    "nav navbar navigation menu menubar breadcrumb breadcrumbs crumbs footer cookie cookies"
    " consent onetrust gdpr related similar recommended recommendations share sharing social"
    " newsletter modal popup subscribe skip ratings reviews masthead topbar",
)
_NOISE_ATTRS = (
    "class",
    "id",
    "aria-label",
    "data-automation-id",
    "data-automation",
    "data-testid",
    "data-test",
    "data-qa",
    "data-at",
    "data-cy",
    "data-ui",
)
_CANDIDATES = ", ".join(
    [f"[{attr}]" for attr in _NOISE_ATTRS] + ["[role]", "nav", "aside", "form", "dialog"]
)
_NOISE_TOKEN = re.compile(
    r"\b(?:" + "|".join(_NOISE_WORDS) + r"|[a-z]+nav|[a-z]+menu"
    r"|(?:more|other) (?:jobs?|openings|positions|vacancies"
    r"|roles)|also viewed|(?:site|global) header|sr only|visually hidden|screen reader)\b"
)
_NOISE_ROLES = frozenset({"navigation", "contentinfo", "search", "menu", "menubar"})
_POPUP_TEXT = re.compile(r"cookie|consent|privacy|newsletter|subscribe|sign in|log in", re.I)
# headings over what is not this job: "Similar jobs", "More jobs at X", "People also viewed"
_NOISE_HEADING = re.compile(
    r"^\s*(?:similar|related|recommended|suggested|more|other|latest|recent|featured)"
    r"(?: current| open| related| similar)? (?:jobs?|roles|openings|positions|vacanc(?:y|ies)"
    r"|opportunities|searches|careers)\b"
    r"|^\s*(?:people (?:also )?(?:viewed|searched)|jobs? you (?:might|may) (?:be interested in"
    r"|like)|you (?:might|may) also (?:like|be interested)|share this (?:job|role|vacancy"
    r"|position)|job alerts?|get (?:job|similar) alerts)"
    r"|^\s*(?:weitere|ähnliche|andere) (?:stellen|jobs|stellenangebote)|^\s*andere vacatures"
    r"|^\s*(?:meer|vergelijkbare) vacatures|^\s*(?:autres|d'autres) offres|^\s*offres similaires"
    r"|^\s*(?:otras|más) ofertas|^\s*ofertas similares|^\s*(?:fler|andra|liknande) jobb"
    r"|^\s*altre offerte|^\s*offerte simili|^\s*podobne oferty",
    re.I,
)
# of those, the ones that may head something else ("Other opportunities to grow"): cut only
# when what follows is mostly links
_WEAK_HEADING = re.compile(r"^\s*(?:more|other|latest|recent|featured)\b|opportunities", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _attr_words(node: Any) -> str:
    """class / id / role / aria-label / data-* as lower-case words ("similarJobs" → "similar
    jobs")."""
    parts = " ".join(
        value
        for key, value in node.attributes.items()
        if value and len(value) < 200 and key in _NOISE_KEYS
    )
    return " ".join(re.split(r"[^a-z0-9]+", _CAMEL.sub(" ", parts).lower())).strip()


def _text_of(node: Any) -> str:
    return _WS.sub(" ", node.text(deep=True, separator=" ")).strip()


def _link_share(nodes: list[Any]) -> float:
    total = sum(len(_text_of(n)) for n in nodes)
    if total == 0:
        return 1.0
    return sum(len(_text_of(a)) for n in nodes for a in n.css("a")) / total


def _ancestors(node: Any) -> list[Any]:
    out = []
    parent = node.parent
    while parent is not None and parent.tag not in {"html", "-document"}:
        out.append(parent)
        parent = parent.parent
    return out


def _inside(node: Any, tags: set[str]) -> bool:
    return any(a.tag in tags for a in _ancestors(node))


def _in_noise(node: Any) -> bool:
    """Inside navigation, a sidebar, a footer, a cookie dialog or a list of other jobs."""
    for a in _ancestors(node):
        role = (a.attributes.get("role") or "").lower()
        if a.tag in {"nav", "aside", "footer", "dialog"} or role in {"dialog", "alertdialog"}:
            return True
        words = _attr_words(a)
        if words and _NOISE_TOKEN.search(words):
            return True
    return False


def _read_page(tree: Any, head: dict[str, str]) -> tuple[str, PageHints | None]:
    """The job's visible text and the page's hints about it."""
    body = tree.body or tree.root
    if body is None:
        return "", None
    for node in body.css(_PAGE_DROP):
        node.decompose()
    h1s = [h for h in body.css("h1") if _text_of(h) and not _in_noise(h)]
    # a site's name in an <h1> of its header yields to the job's own <h1>
    h1s = [h for h in h1s if not _inside(h, {"header"}) or _inside(h, {"main", "article"})] or h1s
    root = _main_root(body, h1s)
    scan = _scan(body, h1s)
    cues: list[PageCue] = []
    _outer_cues(body, scan, cues)  # logo, site header, footer: read before they are cut
    _inner_cues(root, scan, cues)
    for node in scan.doomed:
        node.decompose()
    _drop_noise_headings(root)
    title_node = _title_node(root, head)
    text = _render(root, labels=True)
    if root is not body and len(text) < 200:  # a <main> that holds little: read the page
        text = _render(body, labels=True)
    hints = PageHints(fields=_fields(text))
    value = _title_text(title_node, head) if title_node is not None else None
    source, weight = "heading", 1.0
    if not value:
        value, source, weight = _title_from_head(head), "page title", 0.5
    if value:
        span = _find_line(text, value)
        hints.title = PageCue(
            value=value,
            weight=weight,
            source=source,
            start=span[0] if span else None,
            end=span[1] if span else None,
            origin="text" if span else "header",
        )
    _head_cues(head, hints.title.value if hints.title else None, cues)
    _text_cues(text, hints, cues)
    departments = _departments(text, hints)
    title_key = _norm(hints.title.value) if hints.title else ""
    for cue in cues:
        key = _norm(cue.value)
        if not key or key in departments or key == title_key or _whole_place(cue.value):
            continue
        if cue.start is None:
            span = _find_name(text, cue.value)
            if span:
                cue.start, cue.end = span
        hints.companies.append(cue)
    return text, hints


@dataclass
class _Scan:
    doomed: list[Any]  # what to cut, none inside another
    logos: list[Any]  # images and elements that may be the site's logo
    companies: list[Any]  # elements marked as the employer ("company-name")


def _scan(body: Any, h1s: list[Any]) -> _Scan:
    """One pass over the elements with attributes: what to cut (none holding an <h1> or the
    <main>), and where the logo and the employer's name may be."""
    protected: set[int] = set()
    for keep in [*h1s, *body.css("main, article, [role=main]")]:
        protected.add(keep.mem_id)
        protected.update(a.mem_id for a in _ancestors(keep))
    verdicts: dict[tuple[str, str], tuple[str, str]] = {}  # (tag, attributes) -> verdict
    scan = _Scan([], [], [])
    size: list[int] = []  # the page's text length, measured once if a <form> asks
    for node in body.css(_CANDIDATES):
        tag = node.tag
        attrs = node.attributes
        key = (tag, str(attrs))
        verdict = verdicts.get(key)
        if verdict is None:
            words = " ".join(v for k, v in attrs.items() if v and k in _NOISE_KEYS)
            verdict = verdicts[key] = _verdict(tag, words, attrs.get("role") or "")
        noise, mark = verdict
        if (
            noise
            and node.mem_id not in protected
            and _is_noise(node, noise, body, size)
            and (h1s or noise != "noise" or not _holds_page(node, body, size))
        ):
            scan.doomed.append(node)
        if mark == "company" and len(scan.companies) < 40:
            scan.companies.append(node)
        elif mark == "logo" and len(scan.logos) < 20:
            scan.logos.append(node)
    scan.logos = [*body.css("img[alt]")[:40], *scan.logos]
    for node in body.css("header, footer, [role=banner], [role=contentinfo]"):
        if node.mem_id not in protected and not _inside(node, {"main", "article"}):
            scan.doomed.append(node)
    scan.doomed = _outermost(scan.doomed)
    return scan


_NOISE_KEYS = frozenset([*_NOISE_ATTRS, "role"])
_COMPANY_CLASS = re.compile(
    r"\b(?:company|employer|org|organization|organisation|advertiser|companyname|employername"
    r"|hiringorganization)\b"
)
_NOT_COMPANY_CLASS = re.compile(
    r"\b(?:description|desc|about|overview|info|text|body|content|summary|details|logo|size"
    r"|rating|ratings|reviews|benefits|culture|address|location)\b"
)


def _verdict(tag: str, attrs: str, role: str) -> tuple[str, str]:
    """What a node's tag and attributes alone say: whether it is noise ("noise", or a check on
    its content still to make: "form", "popup", "sidebar"; "" for none) and whether it may be
    the employer's name or the logo ("company", "logo", "")."""
    role = role.lower()
    words = " ".join(re.split(r"[^a-z0-9]+", _CAMEL.sub(" ", attrs).lower())) if attrs else ""
    mark = ""
    if _COMPANY_CLASS.search(words) and not _NOT_COMPANY_CLASS.search(words):
        mark = "company"
    elif re.search(r"\b(?:logo|brand)\b", words):
        mark = "logo"
    if tag == "form":
        return "form", mark
    if role in {"dialog", "alertdialog", "alert"} or tag == "dialog":
        return "popup", mark
    if (role in _NOISE_ROLES and tag not in {"main", "article"}) or tag == "nav":
        return "noise", mark
    if tag == "aside" or role == "complementary":
        return "sidebar", mark
    if words and _NOISE_TOKEN.search(words):
        return "noise", mark
    return ("sidebar" if "sidebar" in words.split() else ""), mark


def _holds_page(node: Any, body: Any, size: list[int]) -> bool:
    """A page with no <h1> wrapped in a "skip-content" or "modal" block: that block is the
    page (it holds more than half of its text)."""
    if not size:
        size.append(len(body.text(deep=True)))
    return len(node.text(deep=True)) > 0.5 * size[0]


def _is_noise(node: Any, verdict: str, body: Any, size: list[int]) -> bool:
    """Navigation, banners, other jobs, share bars: what a reader of the job skips."""
    if verdict == "form":  # an apply or search form, not a page wrapped in one <form>
        if node.css_first("h1, main, article") is not None:
            return False
        return not _holds_page(node, body, size)
    if verdict == "popup":
        return bool(
            _POPUP_TEXT.search(_text_of(node)[:600]) or _POPUP_TEXT.search(_attr_words(node))
        )
    if verdict == "sidebar":
        return _sidebar_is_noise(node)
    return verdict == "noise"


def _sidebar_is_noise(node: Any) -> bool:
    """A sidebar stays only when it holds the job's own facts (place, pay), not links."""
    if not _text_of(node):
        return True
    heading = node.css_first(", ".join(_HEADINGS))
    if heading is not None and _NOISE_HEADING.search(_text_of(heading)):
        return True
    return _link_share([node]) >= 0.2


def _outermost(nodes: list[Any]) -> list[Any]:
    ids = {n.mem_id for n in nodes}
    out: list[Any] = []
    seen: set[int] = set()
    for node in nodes:
        if node.mem_id in seen or any(a.mem_id in ids for a in _ancestors(node)):
            continue
        seen.add(node.mem_id)
        out.append(node)
    return out


def _main_root(body: Any, h1s: list[Any]) -> Any:
    """The block a reader reads: <main> / [role=main] / the <article> holding the heading."""
    for selector in ("main", "[role=main]", "article"):
        nodes = body.css(selector)
        holding = [n for n in nodes if any(_contains(n, h) for h in h1s)]
        if holding:
            return holding[0]
        if nodes and not h1s and len(nodes) == 1:
            return nodes[0]
    return body


def _contains(outer: Any, inner: Any) -> bool:
    return inner.mem_id == outer.mem_id or any(a.mem_id == outer.mem_id for a in _ancestors(inner))


def _drop_noise_headings(root: Any) -> None:
    """ "Similar jobs" and what follows it, up to the next heading of the same rank (or the
    block it heads)."""
    doomed: list[Any] = []
    for heading in root.css(", ".join(_HEADINGS[1:])):
        label = _text_of(heading)
        if len(label) > 80 or not _NOISE_HEADING.search(label):
            continue
        parent = heading.parent
        first = parent.child if parent is not None else None
        while first is not None and first.tag in _NOT_ELEMENT:
            first = first.next
        if (
            parent is not None
            and parent.mem_id != root.mem_id
            and parent.tag not in {"main", "article", "body"}
            and first is not None
            and first.mem_id == heading.mem_id
        ):
            group = [parent]
        else:
            group = [heading]
            sibling = _next_element(heading)
            while sibling is not None and not (
                sibling.tag in _HEADINGS and sibling.tag <= heading.tag
            ):
                group.append(sibling)
                sibling = _next_element(sibling)
        if (_WEAK_HEADING.search(label) and _link_share(group) < 0.2) or any(
            n.css_first("h1") is not None for n in group
        ):
            continue
        doomed.extend(group)
    for node in _outermost(doomed):
        node.decompose()


# --- the job's heading -----------------------------------------------------------------------

_NOT_A_TITLE = re.compile(
    r"^(?:careers?|jobs?|job (?:details|description|posting|offer)|vacanc(?:y|ies)|current"
    r" vacancies|open (?:positions|roles)|join (?:us|our team)|we'?re hiring|apply(?: now)?"
    r"|stellenangebot|stellenanzeige|vacature|offre d'emploi|oferta de empleo)$",
    re.I,
)


def _title_node(root: Any, head: dict[str, str]) -> Any:
    """The job's heading: the content's <h1> (not a logo's), else a heading the page title
    repeats (Workday and Lever put the job in an <h2>)."""
    page = f"{head.get('og:title') or ''} {head.get('title') or ''}".lower()
    h1s = []
    for h1 in root.css("h1"):
        value = _text_of(h1)
        words = f"{_attr_words(h1)} {' '.join(_attr_words(a) for a in _ancestors(h1)[:2])}"
        if (
            not value
            or len(value) > 200
            or _NOT_A_TITLE.match(value)
            or re.search(r"\b(?:logo|brand|site title|site name)\b", words)
        ):
            continue
        h1s.append((value.lower() in page, h1))
    second = next(
        (
            n
            for n in root.css("h2, h3, h4")[:60]
            if 2 < len(_text_of(n)) <= 150
            and _text_of(n).lower() in page
            and not _NOT_A_TITLE.match(_text_of(n))
        ),
        None,
    )
    jobs = [(in_page, h) for in_page, h in h1s if _names_a_job(_text_of(h))]
    if jobs:
        return next((h for in_page, h in jobs if in_page), jobs[0][1])
    if second is not None and (not h1s or _names_a_job(_text_of(second))):
        return second  # an <h1> that names no job ("Acme Corp") yields to a repeated <h2>
    return next((h for in_page, h in h1s if in_page), h1s[0][1] if h1s else None)


def _names_a_job(value: str) -> bool:
    from sidedoor.intake.extract.title import find_titles

    return bool(find_titles(value))


def _title_text(node: Any, head: dict[str, str]) -> str | None:
    value = _text_of(node)
    lang = head.get("lang", "")
    if value and lang and not lang.startswith("en") and " / " in value:
        value = _english_half(value)
    return _without_place(value) or None


_WORKPLACE_WORDS = re.compile(
    r"^(?:\(?(?:fully |100% )?(?:remote|hybrid|on-?site|in office|home-?based|wfh)\)?)$", re.I
)


_TITLE_TAIL = re.compile(
    r"(?:\s+[-–—|]\s+|,\s+|\s+(?=\())(?P<tail>\([^()]{2,40}\)|[^-–—|()]{2,40})$"
)


def _without_place(value: str) -> str:
    """ "Electrician – Calgary, AB", "Data Engineer (Remote)": the title without the place or
    the way of working a heading adds after it."""
    while (match := _TITLE_TAIL.search(value)) and match.start() >= 3:
        tail = match.group("tail").strip("() ")
        parts = [p.strip() for p in re.split(r"[,/]", tail) if p.strip()]
        if not (
            _whole_place(tail)
            or (parts and all(_WORKPLACE_WORDS.match(p) or _whole_place(p) for p in parts))
        ):
            break
        value = value[: match.start()].rstrip()
    return value


def _english_half(value: str) -> str:
    """ "Veterinary Nurse / Dierenartsassistent" on a Dutch page: the half whose head noun is an
    English job word, when the other's is not (one role named in two languages)."""
    from sidedoor.intake.extract.title import HEADS

    halves = [h.strip() for h in value.split(" / ")]
    if len(halves) != 2 or not all(halves):
        return value
    known = []
    for half in halves:
        words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", "", half).lower())
        last = words[-1] if words else ""
        known.append(last in HEADS or (last.endswith("s") and last[:-1] in HEADS))
    if known[0] != known[1]:
        return halves[0] if known[0] else halves[1]
    return value


def _title_from_head(head: dict[str, str]) -> str | None:
    """No heading in the content: the page title's first part ("Welder - Acme | Indeed")."""
    raw = head.get("og:title") or head.get("title") or ""
    hiring = _HIRING.match(raw)
    if hiring:  # "Acme is hiring a Welder in Leeds"
        raw = re.sub(r"^(?:an?|the)\s+", "", raw[hiring.end() :].strip(), flags=re.I)
        raw = re.split(r"\s+in\s+", raw)[0]
    for chunk in _SEPARATORS.split(raw):
        chunk = re.split(r"\s+(?:at|@|bei)\s+", chunk.strip())[0]
        if chunk and not _NOT_A_TITLE.match(chunk) and _names_a_job(chunk):
            return _without_place(chunk)
    return None


def _find_line(text: str, value: str) -> tuple[int, int] | None:
    """Where `value` stands as a line of its own (else first appears) in the text."""
    low, needle = text.lower(), value.lower()
    pos, first = 0, -1
    while (index := low.find(needle, pos)) >= 0:
        first = index if first < 0 else first
        end = index + len(value)
        if (index == 0 or text[index - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return index, end
        pos = index + 1
    return (first, first + len(value)) if first >= 0 else None


def _find_name(text: str, value: str) -> tuple[int, int] | None:
    match = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.I)
    return match.span() if match else None


# --- the employer ----------------------------------------------------------------------------

# job boards and applicant-tracking systems (as _norm writes them): they host pages, they are
# not the employer
_BOARD_NAMES = frozenset(
    re.split(
        r",\s*",
        "workday, myworkdayjobs, greenhouse, lever, smartrecruiters, personio, teamtailor,"
        " recruitee, bamboohr, icims, linkedin, indeed, glassdoor, stepstone, reed, reed co uk,"
        " seek, totaljobs, monster, ziprecruiter, cv library, cwjobs, jobsite, civil service jobs,"
        " gov uk, nhs jobs, jobs ac uk, tes, workable, ashby, ashbyhq, jazzhr, jobvite, taleo,"
        " oracle, successfactors, sap successfactors, naukri, naukri com, xing, welcome to the"
        " jungle, otta, wellfound, angellist, dice, careerbuilder, jobindex, jobs ch, jobup,"
        " karriere at, infojobs, adzuna, simplyhired, snagajob, handshake, job bank, guardian"
        " jobs, bayt, gulftalent, naukrigulf, jobstreet, jobsdb, jora, careerone, pinpoint, breezy,"
        " breezy hr, rippling, jobylon, jobteaser, hellowork, apec, france travail, pole emploi,"
        " arbeitsagentur, jobware, eures, kununu, usajobs, apsjobs, hibob, bullhorn, jobadder,"
        " dayforce, ukg, ultipro, paylocity, adp, efinancialcareers, join, hirehive, zoho recruit,"
        " recruiterbox, jobs, careers, home",
    )
)
_LEGAL_TAIL = re.compile(
    r"[\s,]+(?:GmbH(?: & Co\. KG)?|AG|AB|ASA|A/S|Oy|SE|S\.?A\.?|S\.?L\.?|S\.?p\.?A\.?|B\.?V\.?"
    r"|N\.?V\.?|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|Pty\.? Ltd\.?|Corp\.?|KK|K\.K\.)$"
)
_LEGAL_HEAD = re.compile(r"^(?:UAB|OOO|ООО|SIA|OÜ|PT)\s+")
_GENERIC_NAME = re.compile(
    r"^(?:careers?|jobs?|job (?:details|description|posting|offer|vacancy)|vacanc(?:y|ies)"
    r"|home|homepage|search|apply|apply now|sign in|log in|login|menu|logo|company logo"
    r"|karriere|stellenangebote?|stellenanzeige|vacatures?|emplois?|empleo|lavora con noi|jobb"
    r"|lediga jobb|work with us|join us|join our team|contract|permanent|temporary|full[- ]time"
    r"|part[- ]time|remote|hybrid|on[- ]?site|vollzeit|teilzeit|festanstellung|new|urgent"
    r"|featured|sponsored|privacy(?: policy)?|cookie policy|terms|imprint|impressum"
    r"|accessibility|about|about us|overview|crown copyright|all rights reserved"
    # Japanese, Chinese and Korean page words: recruiting, careers, job openings, company info
    r"|採用情報|採用|求人|求人情報|募集職種|募集要項|キャリア採用|新卒採用|中途採用|会社概要|ホーム"
    r"|招聘|招聘信息|社会招聘|校园招聘|加入我们|채용|채용정보|채용공고)$",
    re.I,
)
_DEPARTMENT_LABEL = re.compile(
    r"^(?:department|dept|team|business (?:area|unit)|division|function|job function|category"
    r"|job category|organi[sz]ational unit|faculty|school|directorate|group|area|abteilung"
    r"|bereich|afdeling|avdelning)$",
    re.I,
)
_COMPANY_LABEL = re.compile(
    r"^(?:company|company name|employer|employer name|organi[sz]ation|organi[sz]ation name|agency"
    r"|hiring (?:company|organi[sz]ation)|advertiser|arbeitgeber|unternehmen|firma|werkgever"
    r"|bedrijf|employeur|entreprise|empresa|azienda|företag|arbetsgivare|arbejdsgiver"
    r"|arbeidsgiver|työnantaja|pracodawca|zaměstnavatel)$",
    re.I,
)
_PAY_LABEL = re.compile(
    r"^(?:(?:annual |monthly |hourly |base |basic |starting )?(?:salary|pay|wage|wages|rate"
    r"|compensation|remuneration|package|ctc)(?: range| rate| band| scale| and benefits"
    r"| & benefits)?|salary range|pay range|base pay range|hourly rate|day rate|daily rate"
    r"|gehalt|vergütung|entgelt|salaris|salaire|rémunération|salario|retribución|stipendio"
    r"|retribuzione|lön|månadslön|lønn|løn|palkka|wynagrodzenie|plat|mzda|fizetés|salário)$",
    re.I,
)
_ID_LABEL = re.compile(
    r"^(?:(?:job |vacancy |requisition |req |reference |ref |posting |advert )?(?:id|number|no"
    r"|ref|reference|code)|reference number|job requisition id|requisition|vacancy reference"
    r"|kennziffer|referenznummer|stellen-?id|vacaturenummer|référence|referencia|riferimento"
    r"|referens|viite)\.?$",
    re.I,
)
_WORKPLACE_LABEL = re.compile(
    r"^(?:remote type|remote|remote work|work location type|workplace(?: type)?|work(?:ing)?"
    r" (?:arrangement|model|mode|style|setting|location type)|location type|work from home"
    r"|arbeitsmodell|werkplek|télétravail|teletrabajo|distansarbete)$",
    re.I,
)
_LOCATION_LABEL = re.compile(
    r"^(?:locations?|job locations?|work location|place of work|based in|campus|site|city"
    r"|standort|arbeitsort|einsatzort|dienstort|locatie|standplaats|lieu|ubicación|sede|ort"
    r"|plats|sijainti|miejsce pracy)$",
    re.I,
)
_FIELD_KINDS = (
    ("pay", _PAY_LABEL),
    ("identifier", _ID_LABEL),
    ("workplace", _WORKPLACE_LABEL),
    ("location", _LOCATION_LABEL),
    ("company", _COMPANY_LABEL),
    ("department", _DEPARTMENT_LABEL),
)
_FIELD_LINE = re.compile(r"^(?P<label>[^\W\d_][^:\n|•]{0,44}?)\s*:\s+(?P<value>\S[^\n]*)$", re.M)
# (and the full-width bar of Japanese and Chinese titles: "バックエンドエンジニア｜採用情報｜…")
_SEPARATORS = re.compile(r"\s+[|·•—–\-/:]+\s+|\s*[|·•｜]\s*")
_HIRING = re.compile(
    r"^(?P<name>[^|·•–—:]{2,60}?)\s+(?:is\s+)?(?:hiring|is looking for|is seeking|is recruiting"
    r"|sucht|zoekt|recrute|busca|cerca|söker|rekrutterer|søger)\b",
    re.I,
)
_CAREERS_AT = re.compile(
    r"^(?:(?:careers?|jobs?|work|working|vacancies|opportunities|karriere|stellen) (?:at|with|bei"
    r"|@)|at|@|bei|chez|hos|presso|join|work for) (?:the )?(?P<name>.{2,80})$",
    re.I,
)
_TITLE_AT = re.compile(r"^(?P<title>.{3,80}?) (?:at|@|bei) (?:the )?(?P<name>.{2,80})$")
_CAREERS_TAIL = re.compile(
    r"\s+(?:careers?|career site|careers site|jobs? portal|karriere|karriereportal|recruiting"
    r"|vacatures|emplois|empleo|rekrytointi)$",
    re.I,
)
_ABOUT = re.compile(
    r"^(?:about|über|over|om|à propos de|acerca de|sobre|informazioni su) (?P<name>.{2,70})$",
    re.I,
)
_NOT_ABOUT = re.compile(
    r"^(?:us|the (?:role|job|position|team|company|opportunity|department|business|client"
    r"|employer|organi[sz]ation|clinic|practice|school|university|hospital|unit|project|lab"
    r"|store|site|hotel|restaurant|agency)|you|this (?:role|job|position|opportunity)|our|uns"
    r"|ons|oss|nous|nosotros|working (?:here|with us|at)|me|the candidate)\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^·|•\n]{2,80})",
    re.I,
)
_QUOTES = "\"'“”„«»‘’‚"
_STRIP = " .,;:-–—|·•" + _QUOTES


def _norm(name: str) -> str:
    name = _LEGAL_HEAD.sub("", _LEGAL_TAIL.sub("", name.strip()))
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def _clean_name(raw: str) -> str | None:
    """A company name as a cue gives it, or None when it is none (a board, "Careers")."""
    name = _LEGAL_HEAD.sub("", _WS.sub(" ", raw).strip(_STRIP)).strip(_STRIP)
    name = re.sub(r"^(?:at|@|bei|chez)\s+", "", name)  # Greenhouse's "at Acme"
    name = re.sub(r"^the\s+(?=[A-Z])", "", name)  # "Jobs at the University of …"
    name = re.sub(r"\s+(?:logo|homepage|home)$", "", name, flags=re.I)
    name = re.sub(r"^(?:logo(?: of)?|go to|back to)\s+", "", name, flags=re.I).strip(_STRIP)
    key = _norm(name)
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if not key or not bare or len(name) > 80 or len(name.split()) > 10:
        return None
    if _GENERIC_NAME.match(bare) or _is_board(key) or key.endswith(" jobs"):
        return None
    if key.rsplit(" ", 1)[-1] in _DANGLING:  # "Job Application for", a title's leftover
        return None
    lower_brand = re.search(r"[a-z][A-Z]|\.[a-z]{2,}$", name)  # "iFood", "monday.com"
    # (a script without capitals begins a name too: "ミナトソフト", "하늘커머스")
    caseless = name[0].isalpha() and not name[0].islower() and not name[0].isupper()
    if not (name[0].isupper() or name[0].isdigit() or lower_brand or caseless):
        return None
    if not lower_brand and any(_prose_word(w) for w in name.split()[1:]):
        return None  # "We are hiring", "Apply today": words of a sentence, not of a name
    return name


# the small words inside names: "Bank of Ireland", "Harbourline Hotels & Residences"
_NAME_LINKS = frozenset(
    re.split(
        r"\s+",
        "of and & the for de du des la le van von der den für und y e i di da do dos das del"
        " della och og en et at on upon",
    )
)


def _prose_word(word: str) -> bool:
    word = word.strip("(),.;:'’\"")
    if not word or not word[0].isalpha() or not word[0].islower():
        return False
    return word not in _NAME_LINKS and "." not in word and len(word) > 1


_DANGLING = frozenset(
    ["for", "at", "in", "of", "to", "as", "als", "bei", "the", "and", "with", "from", "by"]
)
_DOMAIN_END = re.compile(r"(?: (?:com|co|uk|de|at|ch|nl|fr|es|it|au|nz|ca|in|sg|ie|io|net|org))+$")


def _is_board(key: str) -> bool:
    """A job board or applicant-tracking system ("indeed com", "reed co uk", "Workday")."""
    return key in _BOARD_NAMES or _DOMAIN_END.sub("", key) in _BOARD_NAMES


def _departments(text: str, hints: PageHints) -> set[str]:
    return {_norm(text[f.value_start : f.end]) for f in hints.fields if f.kind == "department"}


_OTHER_JOBS = re.compile(r"\b(?:related|similar|recommended|other|more|also)\b")


def _outer_cues(body: Any, scan: _Scan, cues: list[PageCue]) -> None:
    """Cues outside the job's content, read before it is cut away: the logo's alt text (or a
    brand's text), the name in the site's header, the copyright line in the footer."""
    logos = 0
    for node in scan.logos:
        if logos >= 2:
            break
        ancestors = _ancestors(node)
        if any(a.tag == "aside" or _OTHER_JOBS.search(_attr_words(a)) for a in ancestors):
            continue  # other jobs' logos
        if node.tag == "img":
            alt = node.attributes.get("alt") or ""
            where = " ".join([node.attributes.get(k) or "" for k in ("src", "class", "id")])
            brand = any(a.tag == "header" for a in ancestors) or any(
                re.search(r"\b(?:logo|brand)\b", _attr_words(a)) for a in ancestors[:3]
            )
            if not (re.search(r"logo|crest|brand", f"{where} {alt}", re.I) or brand):
                continue
            raw = re.sub(r"\b(?:logo|crest|wordmark)\b", "", alt, flags=re.I)
        elif node.css_first("img") is None:
            raw = _text_of(node)
        else:
            continue
        name = _clean_name(raw)
        if name:
            cues.append(PageCue(value=name, weight=2.0, source="logo", origin="header"))
            logos += 1
    for header in body.css("header, [role=banner]"):
        if _inside(header, {"main", "article"}):
            continue
        for node in header.css("h1, h2, h3"):
            name = _clean_name(_text_of(node))
            if name:
                cues.append(PageCue(value=name, weight=1.0, source="site header", origin="header"))
                break
    footers = body.css("footer, [role=contentinfo]")
    footers += [n for n in scan.doomed if "footer" in _attr_words(n).split()]
    for footer in footers:
        if _footer_cue(footer, cues):
            return


def _footer_cue(footer: Any, cues: list[PageCue]) -> bool:
    """ "© 2025 Acme Ltd · Privacy", "Acme AB · Storgatan 12": the site's owner (a board's
    name is dropped with the boards)."""
    lines = [_text_of(n) for n in footer.css("p, li, small, span, div")]
    for line in [_text_of(footer), *lines][:12]:
        match = _COPYRIGHT.search(line)
        if match:
            raw = re.split(r"\s+[·|•]\s+|\.\s+|,\s+(?:all rights|inc\b)", match.group("name"))[0]
            name = _clean_name(re.sub(r"\ball rights reserved\b.*", "", raw, flags=re.I))
            if name and "copyright" not in name.lower():
                cues.append(PageCue(value=name, weight=1.0, source="copyright", origin="header"))
                return True
        first = re.split(r"\s+[·|•]\s+", line)[0]
        if _LEGAL_TAIL.search(first) or _LEGAL_HEAD.match(first):
            name = _clean_name(first)
            if name:
                cues.append(PageCue(value=name, weight=1.0, source="footer", origin="header"))
                return True
    return False


def _inner_cues(root: Any, scan: _Scan, cues: list[PageCue]) -> None:
    """Elements of the job's content marked as the employer ("topcard__org-name-link")."""
    cut = {n.mem_id for n in scan.doomed}
    found = 0
    for node in scan.companies:
        ancestors = {a.mem_id for a in _ancestors(node)}
        if root.mem_id not in ancestors or ancestors & cut or node.mem_id in cut:
            continue
        value = _text_of(node)
        if not value or len(value) > 80:
            continue
        child = node.css_first("a, span, strong, b")
        if child is not None and _text_of(child):
            value = _text_of(child)  # "Northern Lights Television 3.9 ★": the link's text
        name = _clean_name(re.sub(r"\s+\d(?:[.,]\d)?\s*★.*$", "", value))
        if name:
            cues.append(PageCue(value=name, weight=2.0, source="company element"))
            found += 1
            if found >= 2:
                return


def _head_cues(head: dict[str, str], title: str | None, cues: list[PageCue]) -> None:
    """ "X is hiring …", "Careers at X", "Title - X - Careers", og:site_name."""
    site = head.get("og:site_name")
    name = _clean_name(site) if site else None
    if name:
        cues.append(PageCue(value=name, weight=2.0, source="site name", origin="header"))
    for key in ("og:title", "title"):
        if head.get(key):
            _title_tag_cues(head[key], title, cues)
    description = head.get("description") or head.get("og:description") or ""
    hiring = _HIRING.match(description)
    name = _clean_name(hiring.group("name")) if hiring else None
    if name:
        cues.append(PageCue(value=name, weight=1.0, source="page description", origin="header"))


def _title_tag_cues(raw: str, title: str | None, cues: list[PageCue]) -> None:
    """The employer in a page title: "X is hiring", "Title at X | Lever", "Title - X Careers",
    "X Title Job in Leeds | Glassdoor" (the job's own title taken out first)."""
    hiring = _HIRING.match(raw)
    name = _clean_name(hiring.group("name")) if hiring else None
    if name:
        cues.append(PageCue(value=name, weight=2.0, source="page title", origin="header"))
        return
    rest = raw
    for variant in (title, re.sub(r"\s*\([mwfdx](?:/[mwfdx])+\)", "", title or "", flags=re.I)):
        index = rest.lower().find(variant.lower()) if variant else -1
        if index >= 0:
            rest = f"{rest[:index]} | {rest[index + len(variant or '') :]}"
            break
    for chunk in _SEPARATORS.split(rest):
        chunk = chunk.strip()
        at = _CAREERS_AT.match(chunk) or _TITLE_AT.match(chunk)
        strong = at is not None
        if at is not None:
            chunk = at.group("name")
        elif re.match(r"^(?:in|jobs? in|jobs?|vacancy in)\s", chunk, re.I):
            continue  # "in Chantilly, Virginia", "Job in Salford"
        else:
            stripped = _CAREERS_TAIL.sub("", chunk)
            strong, chunk = stripped != chunk, stripped
        chunk = re.split(r"\s+jobs? in\s+", chunk, flags=re.I)[0]
        name = _clean_name(chunk) if chunk else None
        if name is None or (title and f" {_norm(name)} " in f" {_norm(title)} "):
            continue
        cues.append(
            PageCue(value=name, weight=2.0 if strong else 1.0, source="page title", origin="header")
        )


def _text_cues(text: str, hints: PageHints, cues: list[PageCue]) -> None:
    """Cues in the job's own text: "Company: X", the line under the heading, "About X"."""
    for f in hints.fields:
        value = text[f.value_start : f.end]
        name = _clean_name(value) if f.kind == "company" else None
        if name:
            at = f.value_start + value.find(name) if name in value else None
            cues.append(
                PageCue(
                    value=name,
                    weight=3.0,
                    source="company field",
                    start=at,
                    end=at + len(name) if at is not None else None,
                )
            )
    title = hints.title
    if title is not None and title.end is not None:
        _line_under_heading(text, title.end, cues)
    for match in re.finditer(r"^(.{4,80})$", text[:20_000], re.M):
        about = _ABOUT.match(match.group(1))
        if about and not _NOT_ABOUT.match(about.group("name")):
            name = _clean_name(about.group("name"))
            if name:
                at = match.start(1) + match.group(1).find(name)
                cues.append(
                    PageCue(
                        value=name, weight=1.0, source="about heading", start=at, end=at + len(name)
                    )
                )
                return


_META_SKIP = re.compile(
    r"^(?:apply|save|share|posted|published|new|urgent|featured|sponsored|closing|deadline"
    r"|reference|ref|job id|\d|[$£€₹¥]|up to|salary|from|be an early applicant|easy apply"
    r"|over \d|\d+ applicants|back to)",
    re.I,
)


def _line_under_heading(text: str, title_end: int, cues: list[PageCue]) -> None:
    """The line under the heading, as job pages write it: "Acme GmbH · Munich · Full-time",
    "Roto-Rooter - Denver, CO", "Posted by Lorien" (its first part that is a name)."""
    pos = text.find("\n", title_end)
    for _ in range(3):
        if pos < 0 or pos >= len(text):
            return
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line, offset, pos = text[pos + 1 : end], pos + 1, end
        if not line or len(line) > 120 or _META_SKIP.match(line.lstrip("• ")) or ": " in line:
            continue
        if "。" in line:
            return  # a Japanese or Chinese sentence (a tagline), not the company's line
        for chunk in re.finditer(r"(?:[^|·•/]|(?<=\S)/(?=\S))+", line):
            name = _name_in_chunk(chunk.group(0))
            if name is None:
                continue
            at = text.find(name, offset, end)
            cues.append(
                PageCue(
                    value=name,
                    weight=1.0,
                    source="line under the heading",
                    start=at if at >= 0 else None,
                    end=at + len(name) if at >= 0 else None,
                )
            )
            return
        return


def _name_in_chunk(chunk: str) -> str | None:
    raw = chunk.strip(" –—-")
    if not raw or _META_SKIP.match(raw):
        return None
    places = _places(raw)
    if places and places[0].start > 0:
        head = raw[: places[0].start]
        # "Acme Sydney NSW Sales", "Roto-Rooter - Denver, CO"; not "… Universitätsmedizin Berlin"
        if places[-1].end < len(raw) or re.search(r"(?:,|\s[-–—])\s*$", head):
            raw = head.strip(" ,–—-")
    posted = re.match(r"(?:posted by|by|at|@)\s+(.+)$", raw, re.I)
    raw = posted.group(1) if posted else raw
    name = _clean_name(raw)
    if name is None or _whole_place(name) or re.search(r"\d", name) or len(name.split()) > 7:
        return None
    return name


def _fields(text: str) -> list[PageField]:
    """Labelled fields: "Salary: £37,155 - £40,200", "Reference number: 389214"."""
    out: list[PageField] = []
    for match in _FIELD_LINE.finditer(text):
        label = match.group("label").strip()
        if len(label.split()) > 5:
            continue
        low = label.lower().strip(" *")
        kind = next((k for k, pattern in _FIELD_KINDS if pattern.match(low)), "other")
        out.append(
            PageField(
                label=label,
                kind=kind,
                start=match.start(),
                end=match.end(),
                value_start=match.start("value"),
            )
        )
    return out


def _places(value: str) -> list[Any]:
    from sidedoor.intake.extract.locations import find_locations

    return find_locations(value)


def _whole_place(value: str) -> bool:
    """ "Salford", "Munich, Germany": a place and nothing more."""
    places = _places(value)
    if not places:
        return False
    return not (value[: places[0].start] + value[places[-1].end :]).strip(" ,-–·|()")


def page_company(hints: PageHints, text: str, found: PageCue | None = None) -> PageCue | None:
    """The employer of a page read from its text: the vote of the page's cues and of `found`
    (the name the text's own phrasing gave), never a department ("Department: X")."""
    cues = list(hints.companies)
    if found is not None and _norm(found.value) not in _departments(text, hints):
        cues.append(found)
    return _vote(cues)


def _vote(cues: list[PageCue]) -> PageCue | None:
    """The name most cues agree on, a name and its longer form together ("Charité" and
    "Charité – Universitätsmedizin Berlin"); each kind of cue counts once, and a name the job's
    text shows one more. The form given is the longest the text shows (a cue may cut a name
    short: "Department for Environment" of "…, Food and Rural Affairs")."""
    groups: list[list[PageCue]] = []
    for cue in cues:
        key = _norm(cue.value)
        group = next((g for g in groups if any(_same_name(key, _norm(c.value)) for c in g)), None)
        if group is None:
            groups.append([cue])
        else:
            group.append(cue)
    best: tuple[float, PageCue] | None = None
    for group in groups:
        by_source: dict[str, float] = {}
        for cue in group:
            by_source[cue.source] = max(by_source.get(cue.source, 0.0), cue.weight)
        seen = any(c.start is not None for c in group)
        score = sum(by_source.values()) + (1.0 if seen else 0.0)
        shown = [c for c in group if c.start is not None] or group
        form = max(shown, key=lambda c: (len(_norm(c.value)), c.weight))
        if best is None or score > best[0]:
            best = (score, form)
    return best[1] if best else None


def _same_name(a: str, b: str) -> bool:
    """One name is the other, or the start of it, or (six letters or more) inside it."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    return f" {long} ".startswith(f" {short} ") or (len(short) >= 6 and f" {short} " in f" {long} ")


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
