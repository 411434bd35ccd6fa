"""Job-title text normalisation: the same rules for the index and for queries.

Two levels:

* :func:`title_tokens` turns any title (an O*NET title or a cleaned query) into index tokens:
  accents folded, lower-cased, abbreviations expanded (:data:`ABBREVIATIONS`), a few
  non-English words translated (:data:`LOANWORDS`), gendered and plural forms reduced
  (:func:`stem`). Stop words are kept here (the head rule needs "of"); callers drop them.
* :func:`clean_title` takes a raw job-board or census title apart first: requisition numbers,
  pay, shifts, employment type, remote/location suffixes, European gender tags and
  seniority words go; company or team names after "at", "@" or "|" and bracketed parts
  become *secondary* segments; census inversions ("Clerk, payroll") are turned around.

Everything here is pure string work with no data from O*NET; the word tables are ours, in
:mod:`sidedoor.language.title_words`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sidedoor.language.title_words import (
    ABBREVIATIONS,
    CASED_ABBREVIATIONS,
    GENDER_FORMS,
    LEVEL_WORDS,
    LOANWORDS,
    MODIFIER_LEVEL_WORDS,
    PLACE_WORDS,
    US_STATES,
)

STOP_WORDS: frozenset[str] = frozenset(
    {"and", "of", "the", "for", "in", "a", "an", "to", "with", "or", "on", "at", "by", "as"}
)
_HEAD_BREAKERS: frozenset[str] = frozenset({"of", "for", "in", "to", "at", "with", "and"})

_NO_PLURAL_STRIP = ("ss", "us", "is", "ics", "ous", "ies", "sis")


def stem(token: str) -> str:
    """Reduce plural and gendered forms: 'nurses'->'nurse', 'waitresses'->'waiter'."""
    if token in GENDER_FORMS:
        return GENDER_FORMS[token]
    if len(token) <= 3 or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        token = token[:-3] + "y"
    elif token.endswith(("sses", "ches", "shes", "xes", "zzes")):
        token = token[:-2]
    elif token.endswith("s") and not token.endswith(_NO_PLURAL_STRIP):
        token = token[:-1]
    if token.endswith("woman"):
        token = token[:-5] + "man"
    return GENDER_FORMS.get(token, token)


def fold(text: str) -> str:
    """Unicode-normalise, strip accents and lower-case."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().replace("ß", "ss")


_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[+#]+|\.net)?|[&]")


def raw_tokens(text: str) -> list[str]:
    """Lower-case word tokens of already-folded text; '&' becomes 'and', "'s" is dropped."""
    text = text.replace("'s ", " ").replace("’s ", " ")
    out = []
    for tok in _TOKEN_RE.findall(text.replace("'", "").replace("’", "")):
        out.append("and" if tok == "&" else tok)
    return out


def _cased_expansions(raw: str) -> str:
    """Expand capitalised abbreviations (IT, OR, PT...) before lower-casing loses them."""

    def repl(match: re.Match[str]) -> str:
        return f" {CASED_ABBREVIATIONS[match.group(0)]} "

    pattern = r"\b(?:" + "|".join(CASED_ABBREVIATIONS) + r")\b"
    return re.sub(pattern, repl, raw)


def title_tokens(text: str, *, expand_cased: bool = True) -> list[str]:
    """Index tokens of a title: folded, abbreviations and loanwords expanded, stemmed."""
    if expand_cased:
        text = _cased_expansions(text)
    toks = raw_tokens(fold(text))
    out: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        pair = f"{tok} {toks[i + 1]}" if i + 1 < len(toks) else ""
        if pair and (pair in ABBREVIATIONS or pair in LOANWORDS):
            out.extend(stem(t) for t in (ABBREVIATIONS.get(pair) or LOANWORDS[pair]).split())
            i += 2
            continue
        expansion = ABBREVIATIONS.get(tok) or LOANWORDS.get(tok)
        if expansion is None and len(tok) > 2 and tok.endswith("s"):  # "RNs", "CPAs"
            expansion = ABBREVIATIONS.get(tok[:-1])
        if expansion is not None:
            out.extend(stem(t) for t in expansion.split())
        else:
            out.append(stem(tok))
        i += 1
    return out


def head_of(tokens: list[str]) -> str | None:
    """The head word: the one before 'of/for/in…' ('director of sales'), else the last one."""
    content: list[str] = []
    for tok in tokens:
        if tok in _HEAD_BREAKERS and content:
            break
        if tok not in STOP_WORDS:
            content.append(tok)
    return content[-1] if content else None


def official_head(title: str) -> str | None:
    """Head word of an O*NET-style title: first comma part, parentheses and 'except' dropped."""
    text = re.sub(r"\([^)]*\)", " ", title)
    text = re.split(r",|\bexcept\b", text, maxsplit=1)[0]
    return head_of(title_tokens(text))


# ---------------------------------------------------------------- raw query cleaning

_REQ_RE = re.compile(
    r"(?:\b(?:req(?:uisition)?|job|ref|reference|posting|position|vacancy)\s*"
    r"(?:#|no\.?|number|id|code)?\s*[:#]?\s*[a-z]{0,4}-?\d[\w-]*)"
    r"|(?:#\s*[a-z]{0,4}-?\d[\w-]*)|(?:\b[a-z]{1,4}-?\d{4,}\b)|(?:\b\d{5,}\b)",
)
_PAY_RE = re.compile(
    r"(?:(?:up to|from|starting at|earn|make)\s*)?\$\s?\d[\d,.]*\s*k?"
    r"(?:\s*(?:-|to|–)\s*\$?\s?\d[\d,.]*\s*k?)?"
    r"(?:\s*(?:/|per|an|a)\s*(?:hr|hour|h|year|yr|annum|week|wk|month|mo|shift|day))?"
    r"|\b\d+(?:\.\d+)?\s*k?\s*(?:/|per)\s*(?:hr|hour|h|year|yr|annum)\b"
    r"|\b\d{2,3}k\s*(?:-|to)\s*\d{2,3}k\b"
    r"|\b(?:sign[- ]?on|signing|retention|relocation)\s+bonus\b|\bbonus(?:es)?\b"
    r"|\b(?:weekly|daily|same[- ]day)\s+pay\b|\bpay\b",
)
_SHIFT_RE = re.compile(
    r"\b(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight|weekend|graveyard|"
    r"swing|rotating|split|early|late|am|pm)\s+shifts?\b"
    r"|\bshifts?\b|\b(?:nights|days|weekends|evenings|overnights|noc)\b"
    r"|\b\d{1,2}\s*(?:hr|hour|h)s?\b"
    r"|\b\d{1,2}(?::\d\d)?\s*[ap]m?\s*(?:-|to|–)\s*\d{1,2}(?::\d\d)?\s*[ap]m?\b"
    r"|\b(?:mon|monday|tue|wed|thu|fri|sat|sun)(?:day)?\s*(?:-|to|–)\s*"
    r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day)?\b"
    r"|\b(?:full|part)[- ]?time\b|\b(?:ft|prn|per diem|temp|temporary|seasonal|"
    r"permanent|perm|contract|contractor|freelance|w2|1099|c2c|fte|casual)\b"
    r"|\b(?:immediate(?:ly)? (?:start|hire|hiring|opening)s?|urgent(?:ly)? hiring|now hiring|"
    r"hiring (?:now|immediately|event)|apply (?:now|today)|new grads?|"
    r"entry[- ]level|all levels|multiple (?:openings|positions|locations)|"
    r"no experience(?: (?:required|needed|necessary))?|will train|paid training|"
    r"benefits|401k|visa sponsorship|relocation(?: (?:assistance|available|offered))?|"
    r"great pay|competitive pay|flexible (?:hours|schedule)|"
    r"m/f/d|m/w/d|w/m/d|f/m/d|h/f|f/h|m/f|all genders?|d/f/m)\b"
)
_REMOTE_RE = re.compile(
    r"\b(?:(?:fully |100% |partially )?remote(?: first| friendly| eligible| ok| optional)?|"
    r"hybrid|on[- ]?site|in[- ]office|in[- ]person|work from home|wfh|telecommute|"
    r"anywhere|distributed|home[- ]based|field[- ]based)\b"
)
_CENSUS_RE = re.compile(r"\b(?:n\.?e\.?c\.?|not elsewhere classified|n\.?o\.?s\.?|nos)\b")

_STATE_CODE_RE = re.compile(r"\b(?:" + "|".join(US_STATES) + r")\b")
_SEPARATOR_RE = re.compile(r"\s+[-–—:/]\s+|\s*[|•·;]\s*|\s+[–—]|[–—]\s+|\s-(?=[A-Z])")
_COMPANY_RE = re.compile(r"\s+(?:@|at)\s+|\s*@\s*", re.IGNORECASE)
_EMPLOYMENT_TAIL_RE = re.compile(r"\s*[-–—|(,]\s*(PT|FT|P/T|F/T)\s*\)?\s*$")
_BRACKET_RE = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]|\{([^}]*)\}")


@dataclass
class Segment:
    """One part of a raw title; `secondary` parts (brackets, after '@') only add evidence."""

    text: str
    secondary: bool = False


@dataclass
class CleanTitle:
    """A raw title taken apart: the parts that name the job, and what was dropped."""

    raw: str
    segments: list[Segment] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _is_location(text: str) -> bool:
    stripped = _STATE_CODE_RE.sub(" ", text)
    words = raw_tokens(fold(stripped))
    if not words:
        return bool(_STATE_CODE_RE.search(text))
    return all(w in PLACE_WORDS or w.isdigit() for w in words)


_NOISE_RE = re.compile(
    "|".join(f"(?:{r.pattern})" for r in (_REQ_RE, _PAY_RE, _SHIFT_RE, _REMOTE_RE, _CENSUS_RE))
)


def _strip_noise(text: str, removed: list[str]) -> str:
    def drop(match: re.Match[str]) -> str:
        if match.group(0).strip():
            removed.append(match.group(0).strip())
        return " "

    return _NOISE_RE.sub(drop, fold(text))


def _drop_levels(tokens: list[str], removed: list[str]) -> list[str]:
    out: list[str] = []
    for i, tok in enumerate(tokens):
        is_last = i == len(tokens) - 1
        if tok in LEVEL_WORDS or (tok in MODIFIER_LEVEL_WORDS and not is_last):
            removed.append(tok)
            continue
        if tok.isdigit() and len(tok) <= 2 and i > 0:  # "Analyst 2", "Level 3"
            removed.append(tok)
            continue
        if tok == "level" and (is_last or tokens[i + 1].isdigit()):
            removed.append(tok)
            continue
        out.append(tok)
    return out


def clean_title(raw: str) -> CleanTitle:
    """Split a raw title into job-naming segments, dropping noise; see the module doc."""
    result = CleanTitle(raw=raw)
    text = raw.strip()
    employment = _EMPLOYMENT_TAIL_RE.search(text)
    if employment:  # "Cashier - PT": part-time here, not a physical therapist
        result.removed.append(employment.group(1))
        text = text[: employment.start()]
    text = _cased_expansions(text)
    pieces: list[Segment] = []
    for m in _BRACKET_RE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        pieces.append(Segment(inner, secondary=True))
    text = _BRACKET_RE.sub(" | ", text)
    company_split = _COMPANY_RE.split(text, maxsplit=1)
    if len(company_split) == 2:
        text = company_split[0]
        pieces.append(Segment(company_split[1], secondary=True))
    main = [Segment(part) for part in _SEPARATOR_RE.split(text)]
    for seg in [*main, *pieces]:
        seg_text = seg.text.strip(" ,.-")
        if not seg_text:
            continue
        if _is_location(seg_text):
            result.removed.append(seg_text)
            continue
        # Comma parts: drop trailing location parts ("Nurse, Austin, TX").
        parts = seg_text.split(",")
        kept = [parts[0]]
        for p in parts[1:]:
            if p.strip() and _is_location(p.strip()):
                result.removed.append(p.strip())
            else:
                kept.append(p)
        folded = _strip_noise(",".join(kept), result.removed)
        cleaned_parts = []
        for p in folded.split(","):
            toks = _drop_levels(raw_tokens(p), result.removed)
            if toks:
                cleaned_parts.append(" ".join(toks))
        if cleaned_parts:
            result.segments.append(Segment(", ".join(cleaned_parts), secondary=seg.secondary))
    return result
