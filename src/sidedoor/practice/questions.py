"""A question set shaped like a real interview for one role.

    qs = build_questions(target)          # deterministic: same target, same set

Order: background, motivation (always "why consider a move when you're happy where you are?"),
behavioural questions from the occupation's real tasks (those closest to the posting's words
first) and its most important work styles, technical and role questions from the posting's
required skills and technologies (or the occupation's most telling ones), gap questions for
required skills the profile lacks, transition questions for a change of field, and one
self-assessment question. Then the questions to ask them (:mod:`sidedoor.practice.asks`).
Choices between phrasings are made by a hash of the inputs, never at random.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from sidedoor.practice.asks import ask_them
from sidedoor.practice.content import EXPECTED
from sidedoor.practice.lexicon import STOP_WORDS
from sidedoor.practice.models import ROLE_SPECIFIC, Probe, Question, QuestionKind, QuestionSet
from sidedoor.practice.phrasing import task_phrases
from sidedoor.practice.target import Element, PracticeTarget, Requirement, TaskRow
from sidedoor.practice.text import stem

TASK_QUESTIONS = 3
STYLE_QUESTIONS = 2
TECH_QUESTIONS = 3
GAP_QUESTIONS = 2

STAR = ["The situation: where, when, what was at stake", "Your task or role in it",
        "What you did yourself, step by step", "The result, with a number if you can",
        "What you learned or would do differently"]

_TASK_TEMPLATES = (
    "Tell me about a time you {past}. What was the situation, what did you do, and what was "
    "the result?",
    "Walk me through a recent example of when you {past}. What was your part, and how did it "
    "turn out?",
    "Describe a time you {past} and things did not go to plan. What did you do?",
    "Give me an example of when you {past}. What would you do differently next time?",
)
#: Work style -> question about it, set in one of the occupation's tasks.
_STYLE_TEMPLATES: dict[str, str] = {
    "Attention to Detail": "Tell me about a time your attention to detail caught a problem "
                           "while {gerund}.",
    "Dependability": "Tell me about a time others depended on you to deliver while {gerund}. "
                     "How did you make sure it happened?",
    "Integrity": "Describe a time when doing the right thing was harder than the easy thing "
                 "while {gerund}. What did you do?",
    "Cooperation": "Tell me about a time you had to work closely with someone difficult while "
                   "{gerund}.",
    "Initiative": "Tell me about a time you took on something nobody asked you to while "
                  "{gerund}.",
    "Persistence": "Tell me about a setback you pushed through while {gerund}.",
    "Innovation": "Tell me about a time you found a new or better way of {gerund}.",
    "Stress Tolerance": "Tell me about the most pressured moment you have had while {gerund}. "
                        "How did you stay effective?",
    "Adaptability/Flexibility": "Tell me about a time the plan changed suddenly while you were "
                                "{gerund}. How did you adapt?",
    "Independence": "Tell me about a time you had to work out on your own how to go about "
                    "{gerund}.",
    "Achievement/Effort": "Tell me about a goal you set yourself for {gerund} that stretched "
                          "you. Did you reach it?",
    "Self-Control": "Tell me about a time you kept your composure when someone was upset with "
                    "you while {gerund}.",
    "Concern for Others": "Tell me about a time you noticed someone needed help while "
                          "{gerund}. What did you do?",
    "Social Orientation": "Tell me about a working relationship you built that made {gerund} "
                          "go better.",
    "Leadership": "Tell me about a time you took charge while {gerund}. What did you do, and "
                  "what happened?",
    "Analytical Thinking": "Tell me about a complicated problem you had to analyse while "
                           "{gerund}. How did you work through it?",
}
_TECH_TEMPLATES = (
    "How have you used {x} in your work as {a_role}? Walk me through a concrete project and "
    "the decisions you made.",
    "What is the hardest problem you have solved with {x}, and what would you do differently "
    "as {a_role} today?",
    "Suppose you joined as {a_role} and inherited {a_x} setup that was slow and poorly "
    "documented. What would you look at first, and why?",
)
_KNOWLEDGE_TEMPLATES = (
    "How have you applied {x} in your work as {a_role}? Give an example where it changed a "
    "decision.",
    "Explain {a_x} idea you rely on as {a_role} to someone outside the field, then tell me "
    "where you used it.",
)
_SKILL_TEMPLATES = (
    "Work as {a_role} relies on {x}. Tell me about a time it made the difference.",
    "How do you keep your {x} sharp as {a_role}? Give me a recent example of using it.",
)


class _Picker:
    """Deterministic choices: a hash of the inputs and a key picks one option."""

    def __init__(self, digest: str) -> None:
        self.digest = digest

    def pick(self, options: Sequence[str], key: str, turn: int = 0) -> str:
        """One of ``options``; successive ``turn``s cycle through them from a hashed start."""
        h = hashlib.sha256(f"{self.digest}|{key}".encode()).digest()
        return options[(int.from_bytes(h[:4], "big") + turn) % len(options)]


def digest_of(target: PracticeTarget) -> str:
    return hashlib.sha256("\x1f".join(target.digest_parts()).encode()).hexdigest()[:16]


def build_questions(target: PracticeTarget) -> QuestionSet:
    """The question set for ``target`` (pure: the same target gives the same set)."""
    digest = digest_of(target)
    picker = _Picker(digest)
    tasks = _ranked_tasks(target)
    questions: list[Question] = [*_background(target), *_motivation(target)]
    for n, row in enumerate(tasks[:TASK_QUESTIONS]):
        past, _ = task_phrases(row.text, target.task_verbs)
        text = picker.pick(_TASK_TEMPLATES, "task", n).format(past=past)
        questions.append(_q("behavioral", text, [Probe(kind="task", label=row.text,
                                                       id=str(row.task_id))],
                            [f"A real occasion when you {past}", *STAR[1:]],
                            _task_terms(past), {"source": "onet_task", "task_id": row.task_id,
                                                "task": row.text}))
    spare = tasks[TASK_QUESTIONS:] or tasks
    for n, style in enumerate(target.styles[:STYLE_QUESTIONS]):
        if not spare:
            break
        row = spare[n % len(spare)]
        _, gerund = task_phrases(row.text, target.task_verbs)
        template = _STYLE_TEMPLATES.get(
            style.label, f"Tell me about a time {style.label.lower()} mattered while {{gerund}}.")
        questions.append(_q(
            "behavioral", template.format(gerund=gerund),
            [Probe(kind="work_style", label=style.label, id=style.id),
             Probe(kind="task", label=row.text, id=str(row.task_id))],
            [f"An example that shows {style.label.lower()} (rated {style.weight:.1f}/5 for "
             "this occupation)", *STAR[1:]],
            _task_terms(gerund), {"source": "onet_work_style", "element_id": style.id,
                                  "importance": style.weight, "task_id": row.task_id}))
    questions += _technical(target, picker)
    if tasks:
        row = tasks[TASK_QUESTIONS + STYLE_QUESTIONS] if len(tasks) > 5 else tasks[-1]
        _, gerund = task_phrases(row.text, target.task_verbs)
        questions.append(_q(
            "role", f"In this role you would be {gerund}. How would you approach that in your "
            "first three months?", [Probe(kind="task", label=row.text, id=str(row.task_id))],
            ["What you would learn first, and from whom", "A similar thing you have done, "
             "with its result", "How you would know it is going well"],
            _task_terms(gerund), {"source": "onet_task", "task_id": row.task_id}))
    questions += _gaps(target, picker)
    questions += _transition(target, tasks)
    questions.append(_q("weakness", "What is one area of your work you are actively improving, "
                        "and what are you doing about it?", [],
                        ["A real weakness, named plainly", "What you are doing about it",
                         "Evidence of progress"], [], {"source": "standard"}))
    notes = list(target.notes)
    if target.profile is None:
        notes.append("No profile: add your résumé (or pass --cv FILE) to get gap and "
                     "transition questions.")
    return QuestionSet(
        title=target.title, company=target.company, occupation_code=target.occupation_code,
        occupation_title=target.occupation_title, opportunity_id=target.opportunity_id,
        position_id=target.position_id, questions=_dedupe(questions), ask_them=ask_them(target),
        notes=notes, digest=digest)


def _q(kind: QuestionKind, text: str, probes: list[Probe], strong: list[str], terms: list[str],
       basis: dict[str, object]) -> Question:
    qid = hashlib.sha256(f"{kind}|{text}".encode()).hexdigest()[:12]
    return Question(id=qid, kind=kind, text=text, probes=probes, strong_answer=strong,
                    talking_points=list(EXPECTED[kind]), terms=terms, basis=dict(basis),
                    role_specific=kind in ROLE_SPECIFIC)


def _dedupe(questions: list[Question]) -> list[Question]:
    seen: set[str] = set()
    out = []
    for q in questions:
        if q.id not in seen:
            seen.add(q.id)
            out.append(q)
    return out


def _ranked_tasks(target: PracticeTarget) -> list[TaskRow]:
    """Tasks closest to the posting's words first (then core, then O*NET's order)."""
    tasks = [t for t in target.tasks
             if len(task_phrases(t.text, target.task_verbs)[0].split()) >= 3] or target.tasks
    if not target.posting or not target.posting.text:
        return list(tasks)
    posting = {stem(w) for w in re.findall(r"[a-z]{4,}", target.posting.text.lower())}

    stop = {stem(s) for s in STOP_WORDS}

    def overlap(row: TaskRow) -> float:
        words = {stem(w) for w in re.findall(r"[a-z]{4,}", row.text.lower())} - stop
        return len(words & posting) / (len(words) or 1)

    order = {row.task_id: n for n, row in enumerate(target.tasks)}
    return sorted(tasks, key=lambda r: (-round(overlap(r), 1), not r.core,
                                               order[r.task_id]))


_NOT_TERMS = frozenset({"within", "without", "among", "between", "across", "through",
                        "various", "other", "others", "related", "appropriate", "including",
                        "according", "necessary", "specific", "general", "different",
                        "several", "based", "using", "individuals", "activities", "matters",
                        "issues", "needs", "information", "aspects", "areas", "types"})


def _task_terms(phrase: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z][a-z-]{4,}", phrase.lower())
             if w not in STOP_WORDS and w not in _NOT_TERMS and not w.endswith(("ed", "ing"))]
    return list(dict.fromkeys(words))[:3]


def _background(target: PracticeTarget) -> list[Question]:
    current = target.profile.current_title if target.profile else None
    lead = f" from your work as {current}" if current else ""
    return [_q("background", f"Walk me through your experience{lead}: what led you to where "
               "you are today?", [Probe(kind="background", label="career story")],
               ["A two-minute arc: where you started, what you do now",
                "One achievement with a number", "Why this role is a logical next step"],
               [], {"source": "standard"})]


def _motivation(target: PracticeTarget) -> list[Question]:
    at = f" at {target.company}" if target.company else ""
    return [
        _q("motivation", "Why are you considering a move when you're happy where you are?",
           [Probe(kind="motivation", label="reason to move")],
           ["Honest: you are content and exploring, not escaping",
            "The pull of this role (scope, growth, the problem), not the push of your current "
            "job", "What would make a move worth it"], [], {"source": "passive_candidate"}),
        _q("motivation", f"What interests you about this {target.title} role{at}?",
           [Probe(kind="motivation", label="interest in the role")],
           ["Something specific about the role or company, not generic praise",
            "How it connects to what you have done", "What you want to learn or achieve"],
           [], {"source": "standard"}),
    ]


def _technical_pool(target: PracticeTarget) -> list[Requirement]:
    if target.requirements:
        ranked = sorted(target.requirements, key=lambda r: (
            r.required is not True, r.kind not in {"technology", "tool", "certification"}))
        return ranked
    pool: list[Element] = [*target.technologies[:2], *target.knowledge[:1], *target.skills[:1]]
    return [Requirement(e.label, e.kind, None, e.id) for e in pool]


def _technical(target: PracticeTarget, picker: _Picker) -> list[Question]:
    out = []
    a_role = _a(role_name(target.title))
    for n, req in enumerate(_technical_pool(target)[:TECH_QUESTIONS]):
        label = _display(req)
        if req.kind in {"technology", "tool"}:
            kind: QuestionKind = "technical"
            text = picker.pick(_TECH_TEMPLATES, "tech", n).format(x=label, a_x=_a(label),
                                                                  a_role=a_role)
        elif req.kind == "knowledge":
            kind = "technical"
            plain = label if req.text else label.lower()
            text = picker.pick(_KNOWLEDGE_TEMPLATES, "knowledge", n).format(
                x=plain, a_x=_a(plain), a_role=a_role)
        elif req.kind == "certification":
            kind = "technical"
            text = f"The role asks for {label}. Do you hold it, and how have you used what it " \
                   "covers?"
        else:
            kind = "role"
            text = picker.pick(_SKILL_TEMPLATES, "skill", n).format(x=label.lower(),
                                                                    a_role=a_role)
        source = "posting" if target.requirements else "onet"
        out.append(_q(kind, text, [Probe(kind=_probe_kind(req.kind), label=req.label, id=req.id)],
                      [f"A concrete project where you used {label}, with its scale",
                       "Your own decisions and trade-offs, in the field's terms",
                       "The result, and what you would change"], [label],
                      {"source": source, "required": req.required, "text": req.text}))
    return out


def _display(req: Requirement) -> str:
    """The name people say: the posting's words, else O*NET's name without 'software', or its
    trailing acronym ('Structured query language SQL' -> 'SQL')."""
    if req.text and len(req.text) <= 40:
        return req.text
    label = re.sub(r"\s+software$", "", req.label)
    words = label.split()
    if len(words) >= 3 and re.fullmatch(r"[A-Z][A-Z0-9+#]{1,6}", words[-1]):
        return words[-1]
    return label


def role_name(title: str) -> str:
    """'Senior Backend Engineer – Acme (Remote)' -> 'senior backend engineer'."""
    head = re.split(r"\s[–—-]\s|\(|,|\||/", title)[0].strip() or title
    return " ".join(w if (w.isupper() and len(w) > 1) or any(c.isdigit() for c in w)
                    else w.lower() for w in head.split())


def _a(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" and not phrase.startswith(("Uni", "Use"))
            else "a ") + phrase


def _probe_kind(kind: str) -> str:
    return kind if kind in {"skill", "knowledge", "technology", "tool", "certification"} \
        else "skill"


def _gaps(target: PracticeTarget, picker: _Picker) -> list[Question]:
    if target.profile is None:
        return []
    pool = _technical_pool(target) + [Requirement(e.label, e.kind, None, e.id)
                                      for e in target.technologies[2:6]]
    missing = [r for r in pool if r.required is not False and not target.profile.has(r)]
    out = []
    templates = (
        "The role calls for {x}, which is not on your résumé. What is the closest thing you "
        "have done, and how would you get up to speed?",
        "How would you close the gap in {x} in your first months? What have you already "
        "started?",
    )
    for req in missing[:GAP_QUESTIONS]:
        label = _display(req)
        out.append(_q("gap", picker.pick(templates, "gap" + req.label).format(x=label),
                      [Probe(kind="gap", label=req.label, id=req.id)],
                      ["Honest about the gap", "The closest related experience, with evidence",
                       "A concrete plan with a timeline (course, project, certification)"],
                      [label], {"source": "profile_gap", "required": req.required}))
    return out


def _transition(target: PracticeTarget, tasks: list[TaskRow]) -> list[Question]:
    profile = target.profile
    if not profile or not profile.current_code or not target.occupation_code:
        return []
    if profile.current_code[:2] == target.occupation_code[:2]:
        return []
    current = profile.current_title or profile.current_code
    field = target.occupation_title or target.title
    out = [_q("transition", f"You have been working as {current}. What draws you to "
              f"{field.lower()} work now?", [Probe(kind="transition", label=field)],
              ["A pull towards the new field, not only a push from the old",
               "When and how you found out it suits you", "What you have done about it so far"],
              [], {"source": "transition", "from": profile.current_code,
                   "to": target.occupation_code})]
    if tasks:
        _, gerund = task_phrases(tasks[0].text, target.task_verbs)
        out.append(_q("transition", f"Which parts of your work as {current} carry over to "
                      f"{gerund}, and what will be new to you?",
                      [Probe(kind="transition", label=field),
                       Probe(kind="task", label=tasks[0].text, id=str(tasks[0].task_id))],
                      ["Transferable skills, each with an example", "An honest view of what "
                       "is new", "How you will learn it fast"], _task_terms(gerund),
                      {"source": "transition", "task_id": tasks[0].task_id}))
    return out
