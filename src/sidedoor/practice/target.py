"""What a question set is built from: the occupation (O*NET), the posting, the user's profile.

    target = occupation_target(knowledge, "15-1252")
    target = posting_target(knowledge, parsed_item, extractor, coder)
    target = opportunity_target(store, knowledge, 12, extractor=…, coder=…)

The occupation's tasks, work styles, skills, knowledge and technologies come from the
knowledge store; where O*NET did not rate an occupation's work styles, the mean of the rated
occupations in its SOC group is used and a note says so.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sidedoor.intake.models import ParsedItem
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.language.skills import SkillMention
    from sidedoor.language.titles import TitleResult


class SkillExtractor(Protocol):
    """What practice needs of :class:`sidedoor.language.skills.SkillExtractor`."""

    def extract_skills(self, text: str) -> list[SkillMention]: ...


class TitleCoder(Protocol):
    """What practice needs of :class:`sidedoor.language.titles.TitleCoder`."""

    def code(self, title: str, *, context: str | None = None, limit: int = ...
             ) -> TitleResult: ...

TOP_STYLES = 6
TOP_TECH = 12
TOP_ELEMENTS = 8


@dataclass(frozen=True)
class Element:
    """A rated O*NET element (skill, knowledge, work style) or a technology."""

    id: str
    label: str
    weight: float
    kind: str  # skill | knowledge | work_style | technology


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    text: str
    core: bool


@dataclass(frozen=True)
class Requirement:
    """A skill the posting asks for (``required`` None: the posting does not say)."""

    label: str
    kind: str
    required: bool | None
    id: str | None = None
    text: str | None = None


@dataclass
class PostingFacts:
    """What the posting says (and so what it leaves unsaid)."""

    text: str = ""
    pay_disclosed: bool = False
    pay_phrase: str | None = None
    bonus: bool = False
    equity: bool = False
    workplace: str = "unknown"
    office_days: float | None = None
    benefits: set[str] = field(default_factory=set)
    relocation: bool | None = None
    employment_type: str | None = None
    seniority: str | None = None


@dataclass
class ProfileFacts:
    """What the user's profile says they know and do."""

    skills: set[str] = field(default_factory=set)  # lower-case labels and ids
    text: str = ""  # résumé and job descriptions, lower-case
    current_title: str | None = None
    current_code: str | None = None

    def has(self, req: Requirement) -> bool:
        from sidedoor.practice.content import term_aliases

        if req.label.lower() in self.skills or (req.id and req.id.lower() in self.skills):
            return True
        return any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", self.text)
                   for a in term_aliases(req.label) + ([req.text.lower()] if req.text else []))


@dataclass
class PracticeTarget:
    title: str
    company: str | None = None
    occupation_code: str | None = None
    occupation_title: str | None = None
    tasks: list[TaskRow] = field(default_factory=list)
    styles: list[Element] = field(default_factory=list)
    skills: list[Element] = field(default_factory=list)
    knowledge: list[Element] = field(default_factory=list)
    technologies: list[Element] = field(default_factory=list)
    task_verbs: frozenset[str] = frozenset()
    requirements: list[Requirement] = field(default_factory=list)
    posting: PostingFacts | None = None
    profile: ProfileFacts | None = None
    opportunity_id: int | None = None
    position_id: int | None = None
    notes: list[str] = field(default_factory=list)

    def digest_parts(self) -> list[str]:
        parts = [self.title, self.company or "", self.occupation_code or ""]
        parts += [f"{r.label}|{r.kind}|{r.required}" for r in self.requirements]
        if self.posting:
            parts.append(self.posting.text)
        if self.profile:
            parts += [*sorted(self.profile.skills), self.profile.current_code or "",
                      self.profile.text]
        return parts


# ------------------------------------------------------------------ occupation


def occupation_target(knowledge: Knowledge, code: str, title: str | None = None) -> PracticeTarget:
    """A target from an O*NET occupation alone (no posting)."""
    resolved = knowledge.resolve_code(code)
    db = knowledge.db
    row = db.execute("SELECT title, soc_code FROM occupations WHERE code = ?",
                     (resolved,)).fetchone()
    target = PracticeTarget(title=title or job_title(row["title"]), occupation_code=resolved,
                            occupation_title=row["title"])
    target.tasks = _tasks(db, resolved)
    target.styles, note = _styles(db, resolved)
    if note:
        target.notes.append(note)
    target.skills = _elements(db, resolved, "skill")
    target.knowledge = _elements(db, resolved, "knowledge")
    target.technologies = _technologies(db, resolved)
    target.task_verbs = _task_verbs(db, knowledge.release_key)
    return target


def _tasks(db: sqlite3.Connection, code: str) -> list[TaskRow]:
    rows = db.execute(
        "SELECT task_id, task, task_type FROM tasks WHERE code = ? "
        "ORDER BY task_type = 'Core' DESC, incumbents_responding DESC NULLS LAST, task_id",
        (code,))
    return [TaskRow(int(r["task_id"]), str(r["task"]), r["task_type"] == "Core") for r in rows]


def _styles(db: sqlite3.Connection, code: str) -> tuple[list[Element], str | None]:
    rows = db.execute(
        "SELECT element_id, element_name, importance FROM element_ratings WHERE code = ? "
        "AND domain = 'work_style' AND importance IS NOT NULL ORDER BY importance DESC, "
        "element_id", (code,)).fetchall()
    if rows:
        return [Element(r["element_id"], r["element_name"], float(r["importance"]),
                        "work_style") for r in rows[:TOP_STYLES]], None
    for width in (6, 5, 2):
        prefix = code[:width]
        rated = db.execute(
            "SELECT element_id, element_name, avg(importance) AS imp, count(DISTINCT code) AS n "
            "FROM element_ratings WHERE code LIKE ? AND domain = 'work_style' AND importance "
            "IS NOT NULL GROUP BY element_id, element_name ORDER BY imp DESC, element_id",
            (prefix + "%",)).fetchall()
        if rated:
            note = (f"O*NET has no work-style ratings for {code}; work styles are the mean of "
                    f"{rated[0]['n']} rated occupation(s) in SOC group {prefix}.")
            return [Element(r["element_id"], r["element_name"], float(r["imp"]), "work_style")
                    for r in rated[:TOP_STYLES]], note
    return [], f"O*NET has no work-style ratings for {code} or its SOC group."


def _elements(db: sqlite3.Connection, code: str, domain: str) -> list[Element]:
    rows = db.execute(
        "SELECT element_id, element_name, importance, level FROM element_ratings WHERE code = ? "
        "AND domain = ? AND importance IS NOT NULL AND not_relevant = 0 "
        "ORDER BY importance * coalesce(level, 1) DESC, element_id LIMIT ?",
        (code, domain, TOP_ELEMENTS))
    return [Element(r["element_id"], r["element_name"], float(r["importance"]), domain)
            for r in rows]


def _technologies(db: sqlite3.Connection, code: str) -> list[Element]:
    """Technologies by how telling they are: in demand and hot first, then those used in a
    field rather than everywhere (office suites) or almost nowhere (one vendor's niche tool)."""
    rows = db.execute(
        "SELECT t.example, max(t.hot) AS hot, max(t.in_demand) AS demand, "
        "(SELECT count(DISTINCT code) FROM technology_skills s WHERE s.example = t.example) AS df, "
        "(SELECT count(DISTINCT code) FROM technology_skills s WHERE s.example = t.example "
        "AND s.code LIKE ?) AS field "
        "FROM technology_skills t WHERE t.code = ? GROUP BY t.example",
        (code[:3] + "%", code)).fetchall()
    scored = []
    for r in rows:
        df = int(r["df"])
        band = 1.0 if 5 <= df <= 200 else 0.5 if 3 <= df <= 400 else 0.0
        in_field = int(r["field"]) / max(1, df)  # share of its users in this SOC major group
        weight = (2.0 * int(r["demand"]) + 1.0 * int(r["hot"]) + band + 0.3 * in_field
                  + min(df, 400) / 800)
        scored.append(Element(f"onet:technology/{r['example']}", str(r["example"]), weight,
                              "technology"))
    scored.sort(key=lambda e: (-e.weight, e.label))
    return scored[:TOP_TECH]


def job_title(onet_title: str) -> str:
    """'Sales Representatives, Wholesale and …' -> 'Sales Representative'."""
    head = re.split(r",| and | or ", onet_title)[0].strip()
    words = head.split()
    if not words:
        return onet_title
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


_TASK_VERBS: dict[str, frozenset[str]] = {}


def _task_verbs(db: sqlite3.Connection, release: str) -> frozenset[str]:
    """The first words of every O*NET task (the verbs), read once per data release."""
    if release in _TASK_VERBS:
        return _TASK_VERBS[release]
    rows = db.execute("SELECT DISTINCT lower(substr(task, 1, instr(task || ' ', ' ') - 1)) "
                      "FROM tasks")
    verbs = _TASK_VERBS[release] = frozenset(str(r[0]).strip(",") for r in rows)
    return verbs


# ------------------------------------------------------------------ postings


def posting_target(knowledge: Knowledge, item: ParsedItem, extractor: SkillExtractor | None,
                   coder: TitleCoder | None, *, position: int = 0,
                   occupation: str | None = None) -> PracticeTarget:
    """A target from a parsed posting or recruiter message (``inbox parse``'s item)."""
    pos = item.positions[position] if len(item.positions) > position else None
    title = (pos.title if pos else None) or item.source.title or "this role"
    code = occupation or (pos.occupation.code if pos and pos.occupation else None)
    if code is None and coder is not None and pos and pos.title:
        matches = coder.code(pos.title, context=item.text[:4000]).matches
        code = matches[0].code if matches else None
    if code is None:
        from sidedoor.practice.errors import UnknownRole

        raise UnknownRole(f"Cannot tell the occupation of {title!r}.")
    target = occupation_target(knowledge, code, title=title)
    target.company = company_name(pos.company if pos else None)
    target.posting = facts_from_item(item, position)
    stored = [Requirement(s.label, s.kind or "skill", s.required) for s in pos.skills] if pos \
        else []
    target.requirements = stored or requirements_from_text(item.text, extractor)
    return target


_HEADINGS = re.compile(r"^(?:about (?:the |this )?(?:role|job|position|us|you|company)|"
                       r"responsibilities|requirements|the role|overview|summary|benefits)$",
                       re.IGNORECASE)


def company_name(name: str | None) -> str | None:
    """The company, unless what was read is a section heading ("About the role")."""
    if not name or _HEADINGS.match(name.strip()):
        return None
    return name.strip()


def requirements_from_text(text: str, extractor: SkillExtractor | None) -> list[Requirement]:
    if extractor is None or not text:
        return []
    seen: dict[str, Requirement] = {}
    for m in extractor.extract_skills(text):
        key = (m.id or m.label).lower()
        if key in seen and seen[key].required:
            continue
        seen[key] = Requirement(m.label, m.kind, m.required, m.id, m.text)
    return list(seen.values())


_UNDISCLOSED = re.compile(r"\b(?:competitive (?:salary|pay|compensation|package|base)|doe\b|"
                          r"depending on experience|commensurate with experience|market rate|"
                          r"negotiable|attractive (?:salary|package))", re.IGNORECASE)


def facts_from_item(item: ParsedItem, position: int = 0) -> PostingFacts:
    pos = item.positions[position] if len(item.positions) > position else None
    facts = PostingFacts(text=item.text)
    if pos is not None:
        facts.pay_disclosed = pos.pay.disclosed
        facts.bonus = bool(pos.pay.bonus)
        facts.equity = bool(pos.pay.equity)
        facts.workplace = pos.workplace
        facts.office_days = pos.office_days_per_week
        facts.benefits = {b.name for b in pos.benefits}
        facts.relocation = pos.relocation
        facts.employment_type = pos.employment_type
        facts.seniority = pos.seniority
    _scan(facts)
    return facts


def facts_from_row(row: dict[str, Any], text: str) -> PostingFacts:
    """Facts from a stored ``positions`` row and the text of its messages."""
    facts = PostingFacts(text=text)
    facts.pay_disclosed = row.get("pay_min") is not None or row.get("pay_max") is not None
    facts.workplace = row.get("workplace") or "unknown"
    facts.office_days = row.get("office_days")
    facts.benefits = {str(b.get("name")) for b in row.get("benefits") or [] if isinstance(b, dict)}
    facts.employment_type = row.get("employment_type")
    facts.seniority = row.get("seniority")
    _scan(facts)
    return facts


def _scan(facts: PostingFacts) -> None:
    text = facts.text
    found = _UNDISCLOSED.search(text)
    if found and not facts.pay_disclosed:
        facts.pay_phrase = found.group(0)
    facts.equity = facts.equity or "equity" in facts.benefits or "stock_purchase" in \
        facts.benefits or bool(re.search(r"\b(?:equity|stock options?|rsus?)\b", text, re.I))
    facts.bonus = facts.bonus or "bonus" in facts.benefits
