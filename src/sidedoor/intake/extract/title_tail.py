"""Does the title go on past where the rules end it: a speciality in brackets ("Research
Scientist (Computational Chemistry)"), behind a dash ("Senior Energy Trader - ERCOT") or a comma
("Machine Learning Engineer, Search"), or after "in" ("Assistant Professor in Finance")?

The same marks as often bring what is not the title: the place ("(Sudbury)"), the stack
("(Go, Postgres)"), the company ("– Lumen Health"), the shift ("(nights)"). The rules in
`positions` attach a tail only where its words say it is one; the rest is decided here by a
logistic regression over what the tail and its surroundings look like, whose weights
(`title_tail.json`) `benchmarks/intake/train_title_tail.py` fits on the labelled messages.
A feature the file does not list weighs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sidedoor.intake.extract import fitted
from sidedoor.intake.extract.company import LEGAL_FORM, is_city, place_like
from sidedoor.intake.extract.positions import NOT_TAIL_WORDS, words_key
from sidedoor.intake.extract.title import HEADS, MODIFIERS

#: when off, titles keep what the rules give
ENABLED = True
#: the trainer's: when a list, every title weighed is recorded there as (text, start, end,
#: title, company) and none is extended, so it learns from what the rules alone give, as
#: `extended` sees it
RECORD: list[tuple[str, int, int, str, str | None]] | None = None

# where a tail written as a phrase ends: the line, a bar or bracket, another dash, a slash
# between spaces, sentence punctuation, a comma, or a word that goes on the sentence ("… – Market
# Risk at Acme", "…, Search based in Zurich")
_END = (
    r"(?=$|\n| ?[|(]| [-–—] | / |[.;:!?](?:\s|$)|,| @ | (?:at|in|for|with|into|to|on|within"
    r"|based|from|who|which|that|and you|opening|role|position|vacancy|job|req|hire|search"
    r"|mandate|team)\b)"
)
_KINDS = (
    ("paren", re.compile(r" ?\(([^()\n]{1,60})\)")),
    ("dash", re.compile(r" ?(?:[-–—]|--) ([^\n|()–—,]{1,70}?)" + _END)),
    ("comma", re.compile(r", ([^\n|()–—,]{1,70}?)" + _END)),
    ("in", re.compile(r" in ((?:[A-Z][\w&'’-]*)(?: (?:and|of|&|[A-Z][\w&'’-]*)){0,4})" + _END)),
)
_LATIN = re.compile(r"[\x00-\u024f\s’'&+./-]*")
_SUBJECT = re.compile(
    r"(?:subject|re|fwd?|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|tema|тема)\s*:",
    re.I,
)
_ACRONYM = re.compile(r"[A-Z]{2,6}\d?")
_AFTER_SEPARATOR = re.compile(r" ?[–—|-]| @ | at ")
_AFTER_ROLE = re.compile(r" (?:role|position|opening|vacancy|job)\b")
# the job's terms after a comma: the workplace, the contract, the pay
_AFTER_TERMS = re.compile(
    r",? (?:hybrid|remote|on[- ]?site|full[- ]time|part[- ]time|contract|perm(?:anent)?|temp"
    r"|[£$€¥₹]|\d)",
    re.I,
)
_CONNECTORS = frozenset(
    ["and", "of", "&", "the", "de", "du", "des", "et", "und", "y", "e", "la", "le", "del"]
)
#: a title's last word that names a kind of work only with a field beside it ("Senior
#: Consultant – Risk & Compliance", "Research Fellow (Single-Cell Genomics)")
_GENERIC_HEADS = frozenset(
    re.findall(
        r"\w+",
        """manager consultant associate scientist engineer analyst director lead specialist
        officer fellow teacher professor researcher head counsel adviser advisor lawyer actuary
        developer architect trader""",
    )
)
#: programming languages, frameworks and platforms: the stack a role works in, written after
#: its title as often as part of it ("Backend Engineer (Go)", "Tech Lead – .NET")
_STACK = frozenset(
    re.findall(
        r"\S+",
        """python java go golang rust kotlin swift scala ruby php perl elixir erlang haskell
        clojure c c++ c# .net dotnet f# typescript javascript js node node.js nodejs react
        reactjs react.js angular vue vue.js nextjs next.js django flask fastapi rails spring
        laravel symfony flutter dart ios android unity unreal sql postgres postgresql mysql
        mongodb redis kafka spark hadoop databricks snowflake dbt airflow aws azure gcp
        kubernetes k8s docker terraform ansible linux salesforce sap servicenow workday oracle
        dynamics abap matlab r sas tableau power bi powerbi excel mern mean lamp""",
    )
)


def _only_stack(words: str) -> bool:
    parts = [w for w in re.split(r"[\s/,+&]+", words.lower()) if w]
    return bool(parts) and all(w in _STACK for w in parts)


@dataclass(frozen=True)
class Tail:
    kind: str  # "paren", "dash", "comma" or "in"
    end: int  # where the title would end with the tail
    written: str  # the separator and the tail, as written
    words: str  # the tail's own words


def tail_after(text: str, end: int) -> Tail | None:
    """The tail written right after a title that ends at ``end``, if any."""
    for kind, pattern in _KINDS:
        match = pattern.match(text, end)
        if match is None:
            continue
        words = match.group(1).strip()
        if not words:
            return None
        if kind == "comma" and words.split()[-1].lower() in HEADS:
            return None  # a second role: "a Data Engineer, Analytics Engineer and …"
        written = match.group(0).rstrip()  # ("– NLP (Tel Aviv)": not the space before "(")
        return Tail(kind, match.start() + len(written), written, words)
    return None


def features(
    text: str, start: int, end: int, title: str, tail: Tail, company: str | None
) -> dict[str, float]:
    """What the tail and its surroundings look like; the names are the weights' keys."""
    k = tail.kind
    words = tail.words.split()
    low = [w.lower().strip(".,'’") for w in words]
    out = {f"k={k}": 1.0, f"{k}:n={min(len(words), 4)}": 1.0}

    def flag(name: str, value: bool) -> None:
        if value:
            out[f"{k}:{name}"] = 1.0

    flag("comma_in", "," in tail.words)
    flag("digit", any(c.isdigit() for c in tail.words))
    flag("slash", "/" in tail.words or "+" in tail.words)
    flag("lower_start", tail.words[:1].islower())
    flag("lower_word", any(w[:1].islower() and w not in _CONNECTORS for w in words))
    flag("allcaps_acr", bool(_ACRONYM.fullmatch(tail.words)))
    flag("nonlatin", not _LATIN.fullmatch(tail.words))
    flag("city", is_city(tail.words) or place_like(tail.words))
    flag("nottail", any(w in NOT_TAIL_WORDS for w in low))
    flag("head", any(w in HEADS for w in low))
    flag("modifier_all", all(w in MODIFIERS or w in {"and", "&", "of"} for w in low))
    flag("modifier_any", any(w in MODIFIERS for w in low))
    flag("stack", any(w in _STACK for w in re.split(r"[\s/,+&]+", tail.words.lower()) if w))
    flag("stack_all", _only_stack(tail.words))
    named, spelled = words_key(company or ""), words_key(tail.words)
    flag("company", bool(named) and bool(spelled) and (named in spelled or spelled in named))
    flag("legal", bool(LEGAL_FORM.search(" " + tail.words)))
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _SUBJECT.match(before.lstrip()):
        out["subject"] = 1.0
    if len(before.strip()) <= 12:
        out["line_start"] = 1.0
    after = text[tail.end : tail.end + 30]
    role = bool(_AFTER_ROLE.match(after))
    flag("after_end", after[:1] in {"", "\n"})
    flag("after_sep", bool(_AFTER_SEPARATOR.match(after)))
    flag("after_role", role)
    flag("after_lower", not role and bool(re.match(r" [a-z]", after)))
    # ("Pricing Analyst - Tunbridge Wells, hybrid, £50k": the place, then the terms)
    flag("after_terms", bool(_AFTER_TERMS.match(after)))
    flag("twice", text.count(title + tail.written) >= 2)
    flag("tail_in_text_else", text.count(tail.words) >= 2)
    title_words = title.split()
    out[f"{k}:title_n={min(len(title_words), 4)}"] = 1.0
    flag("generic_head", bool(title_words) and title_words[-1].lower() in _GENERIC_HEADS)
    return out


@lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]]:
    """The bias and the weights fitted by `benchmarks/intake/train_title_tail.py`."""
    return fitted.load("title_tail.json")


def probability(feats: dict[str, float]) -> float:
    return fitted.probability(weights(), feats)


def extended(
    text: str, start: int, end: int, title: str, company: str | None
) -> tuple[int, str] | None:
    """(the title's new end, its new text) when the tail after it is more likely the title's
    than not; None when there is no tail, or it reads as something else."""
    if RECORD is not None:
        RECORD.append((text, start, end, title, company))
        return None
    if not ENABLED:
        return None
    tail = tail_after(text, end)
    if tail is None:
        return None
    if (
        tail.kind == "paren"
        and _only_stack(tail.words)
        and text.count(title + tail.written) < 2
    ):  # "Quantitative Developer (Rust)": the stack is a skill asked, not the title (unless
        # the role is named so each time: "Senior Backend Engineer (Python)" twice)
        return None
    if probability(features(text, start, end, title, tail, company)) <= 0.5:
        return None
    return tail.end, title + tail.written
