"""Benchmark sets for title coding, generated at benchmark time from the installed store.

Nothing derived from O*NET is committed: the held-out split and its census- and vacancy-style
variants are made here, from the store, with a fixed seed. Only `vacancy_titles.tsv` (titles we
wrote ourselves, with our own labels) is a committed fixture.

* clean: a random share of O*NET alternate, short and reported title strings (by string,
  case-insensitive), left out of the index. Gold = every SOC that string is listed under.
* census: each clean title rewritten the way census occupation indexes write them
  ("Clerk, payroll", abbreviations, capitals, "n.e.c.").
* vacancy: each clean title dressed as a job-board title (seniority, location, remote, pay,
  shift, company, requisition number, typos), plus the hand-written set.
* common: everyday titles across fields, plainly written (`common_titles.tsv`, our own labels),
  scored against the full index (they are not held out).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from sidedoor.language.corpus import TitleCorpus
from sidedoor.language.normalize import fold

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    text: str
    gold: frozenset[str]  # acceptable SOC codes (XX-XXXX)
    origin: str = ""


def holdout(corpus: TitleCorpus, share: float = 0.2, seed: int = 13) -> list[Case]:
    """Hold out `share` of the distinct non-official title strings."""
    soc = {o.code: o.soc_code for o in corpus.occupations}
    official = {fold(o.title).strip() for o in corpus.occupations}
    text_of: dict[str, str] = {}
    gold: dict[str, set[str]] = {}
    for rec in corpus.titles:
        if rec.kind == "title" or rec.code not in soc:
            continue
        key = fold(rec.title).strip()
        if key in official:
            continue
        text_of.setdefault(key, rec.title)
        gold.setdefault(key, set()).add(soc[rec.code])
    keys = sorted(text_of)
    rng = random.Random(seed)
    chosen = rng.sample(keys, int(len(keys) * share))
    return [Case(text_of[k], frozenset(gold[k]), "clean") for k in sorted(chosen)]


# Abbreviations as census and payroll systems write them (our own table).
CENSUS_ABBREVIATIONS = {
    "assistant": "asst", "manager": "mgr", "technician": "tech", "supervisor": "supvr",
    "operator": "oper", "department": "dept", "representative": "rep", "engineer": "engr",
    "maintenance": "maint", "machine": "mach", "equipment": "equip", "inspector": "insp",
    "administrative": "admin", "administrator": "admin", "director": "dir",
    "manufacturing": "mfg", "coordinator": "coord", "specialist": "spec",
    "accounting": "acctg", "and": "&", "general": "gen", "service": "svc",
    "services": "svcs", "medical": "med", "mechanic": "mech", "helper": "hlpr",
    "worker": "wkr", "attendant": "attd", "government": "govt", "laboratory": "lab",
}


def _census(title: str, rng: random.Random) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", title).strip() or title
    words = text.split()
    # Invert "Payroll Clerk" -> "Clerk, payroll" (the census index form).
    if len(words) > 1 and "," not in text and rng.random() < 0.6:
        preps = [i for i, w in enumerate(words) if w.lower() in {"of", "for", "in"}]
        cut = preps[0] if preps else len(words)
        if cut > 1:
            head = words[cut - 1]
            rest = words[: cut - 1] + words[cut:]
            text = f"{head}, {' '.join(rest).lower()}"
    if rng.random() < 0.5:
        out = []
        for w in text.split():
            core = w.rstrip(",")
            abbr = CENSUS_ABBREVIATIONS.get(core.lower())
            if abbr and rng.random() < 0.7:
                w = abbr + ("," if w.endswith(",") else "")
            out.append(w)
        text = " ".join(out)
    if rng.random() < 0.15:
        text += rng.choice([", nec", " n.e.c.", ", not elsewhere classified"])
    if rng.random() < 0.4:
        text = text.upper()
    return text


def census(cases: list[Case], seed: int = 13) -> list[Case]:
    rng = random.Random(seed + 1)
    return [Case(_census(c.text, rng), c.gold, "census") for c in cases]


_SENIORITY = ["Senior", "Sr.", "Sr", "Jr.", "Junior", "Lead", "Staff", "Principal", "Entry Level"]
_LEVELS = ["I", "II", "III", "IV", "2", "Level 3"]
_LOCATIONS = [
    " - Austin, TX", " - Remote", " – Remote (US)", " (Hybrid)", " - New York, NY", " (Onsite)",
    ", Chicago IL", " - Denver, Colorado", " | Remote - USA", " - Seattle, WA (Hybrid)",
    " - Greater Boston Area", " - Miami, FL",
]
_COMPANIES = [" at Acme Health", " @ Northwind", " | Contoso Ltd", " - Globex Corporation",
              " (Initech)", " at Riverside County"]
_PAY = [" - $18/hr", " - $25-$30 per hour", " ($85K-$110K)", " - Sign-On Bonus",
        " - Up to $22/hour", " - Weekly Pay"]
_SHIFT = [" - Nights", " - 2nd Shift", " (Full-Time)", " - Part Time", " - PRN", " - Weekends",
          " - Contract", " - Days"]
_REQ = [" (Req #48213)", " - R-102938", " #7741", " [JR-55210]"]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1 :]  # deletion
    if kind < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # transposition
    return word[:i] + word[i] + word[i:]  # doubling


def _vacancy(title: str, rng: random.Random) -> str:
    text = re.sub(r"\s*\(([^)]*)\)", "", title).strip() if rng.random() < 0.5 else title
    if rng.random() < 0.4:
        text = f"{rng.choice(_SENIORITY)} {text}"
    if rng.random() < 0.15:
        text = f"{text} {rng.choice(_LEVELS)}"
    if rng.random() < 0.2:
        words = text.split()
        j = rng.randrange(len(words))
        words[j] = _typo(words[j], rng)
        text = " ".join(words)
    for pool, p in ((_COMPANIES, 0.25), (_PAY, 0.2), (_SHIFT, 0.25), (_LOCATIONS, 0.5),
                    (_REQ, 0.1)):
        if rng.random() < p:
            text += rng.choice(pool)
    if rng.random() < 0.1:
        text = text.upper()
    return text


def vacancy(cases: list[Case], seed: int = 13) -> list[Case]:
    rng = random.Random(seed + 2)
    return [Case(_vacancy(c.text, rng), c.gold, "vacancy") for c in cases]


def handwritten(
    path: Path = HERE / "vacancy_titles.tsv", origin: str = "handwritten"
) -> list[Case]:
    """Our own job-board titles: `title<TAB>SOC[|SOC...]`, '#' lines are comments."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, codes = line.rsplit("\t", 1)
        cases.append(Case(text.strip(), frozenset(codes.strip().split("|")), origin))
    return cases


def common(path: Path = HERE / "common_titles.tsv") -> list[Case]:
    """Everyday titles across fields (same format as `vacancy_titles.tsv`)."""
    return handwritten(path, "common")
