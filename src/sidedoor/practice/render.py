"""Terminal text for practice results. Renderers format; they never compute."""

from __future__ import annotations

import textwrap

from sidedoor.practice.models import Feedback, Mark, Progress, QuestionSet, StoryRecord

KIND_LABELS = {
    "background": "background", "motivation": "motivation", "behavioral": "behavioural",
    "situational": "situational", "technical": "technical", "role": "role", "gap": "gap",
    "transition": "transition", "weakness": "self-assessment", "general": "general",
}


def wrap(text: str, indent: str = "  ", width: int = 96) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent + "  ") or [indent]


def question_set(qs: QuestionSet, *, details: bool = True) -> list[str]:
    head = qs.title + (f" at {qs.company}" if qs.company else "")
    occ = f" — O*NET {qs.occupation_code} {qs.occupation_title}" if qs.occupation_code else ""
    lines = [f"Interview practice: {head}{occ}", ""]
    for n, q in enumerate(qs.questions, start=1):
        lines += wrap(f"{n:>2}. [{KIND_LABELS[q.kind]}] {q.text}", indent="")
        if details:
            probes = ", ".join(f"{p.kind.replace('_', ' ')}: {_short(p.label)}"
                               for p in q.probes)
            if probes:
                lines += wrap(f"probes {probes}", indent="      ")
            if q.strong_answer:
                lines += wrap("a strong answer: " + "; ".join(q.strong_answer), indent="      ")
    if qs.ask_them:
        lines += ["", "Questions to ask them:"]
        for a in qs.ask_them:
            lines += wrap(f"- {a.text}", indent="  ")
            lines += wrap(f"({a.why})", indent="      ")
    for note in qs.notes:
        lines += ["", *wrap(f"note: {note}", indent="")]
    return lines


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def highlight(answer: str, marks: list[Mark], left: str = "[", right: str = "]") -> str:
    """The answer with the marked words bracketed."""
    out, pos = [], 0
    for m in sorted(marks, key=lambda m: m.start):
        if m.start < pos:
            continue
        out += [answer[pos:m.start], left, answer[m.start:m.end], right]
        pos = m.end
    out.append(answer[pos:])
    return "".join(out)


def feedback(fb: Feedback, answer: str | None = None) -> list[str]:
    ins = fb.insights
    lines = [f"Score {fb.score}/100  ({KIND_LABELS[fb.kind]} question)"]
    parts = [f"{name} {c.score:.0f}" for name, c in fb.breakdown.items() if c.weight > 0]
    lines += wrap(" · ".join(parts), indent="  ")
    points = " ".join(("✓ " if tp.covered else "✗ ") + tp.name for tp in ins.talking_points)
    lines += wrap(f"talking points: {points}", indent="  ")
    length = ins.length
    lines.append(f"  length: {length.words} words ≈ {length.seconds:g} s spoken "
                 f"(usual {length.range_seconds[0]}-{length.range_seconds[1]} s: "
                 f"{length.verdict})")
    if ins.fillers.count:
        top = ", ".join(f"{w} ×{c}" for w, c in ins.fillers.by_word.items())
        lines += wrap(f"fillers: {ins.fillers.count} ({ins.fillers.per_100_words:g} per 100 "
                      f"words): {top}", indent="  ")
    if ins.hedges.count:
        lines += wrap("hedges: " + ", ".join(f"{w} ×{c}" for w, c in ins.hedges.by_word.items()),
                      indent="  ")
    if ins.repetition.overused:
        lines += wrap("repeated: " + "; ".join(
            f"{r.word} ×{r.count}" + (f" (try {', '.join(r.alternatives[:2])})"
                                      if r.alternatives else "")
            for r in ins.repetition.overused), indent="  ")
    own = ins.ownership
    lines.append(f"  ownership: {len(own.i_actions)} 'I' actions, {len(own.we_actions)} 'we' "
                 "actions")
    spec = ins.specificity
    cliches = f", clichés: {', '.join(c.text for c in spec.cliches)}" if spec.cliches else ""
    lines.append(f"  specifics: {len(spec.numbers)} numbers, {len(spec.tools)} named things, "
                 f"{len(spec.outcomes)} outcomes{cliches}")
    if ins.terms.used or ins.terms.unused:
        used = ", ".join(u.term for u in ins.terms.used) or "none"
        lines += wrap(f"job terms used: {used}; unused: {', '.join(ins.terms.unused) or 'none'}",
                      indent="  ")
    if answer and (ins.fillers.spans or ins.hedges.spans):
        lines += ["  your answer, fillers and hedges marked:"]
        lines += wrap(highlight(answer, [*ins.fillers.spans, *ins.hedges.spans]),
                      indent="    ")
    for s in fb.suggestions:
        lines += wrap(f"→ {s}", indent="  ")
    for note in fb.notes:
        lines += wrap(f"• {note}", indent="  ")
    return lines


def story(s: StoryRecord) -> list[str]:
    lines = [f"#{s.id} {s.title}" + (f"  (score {s.score})" if s.score is not None else "")]
    for part in ("situation", "task", "action", "result"):
        text = getattr(s, part)
        if text:
            lines += wrap(f"{part}: {text}", indent="    ")
    if s.skills:
        lines += wrap("shows: " + ", ".join(s.skills), indent="    ")
    return lines


def progress(report: Progress) -> list[str]:
    if not report.answers:
        return ["No practice answers yet. Start with `sidedoor practice start --occupation CODE` "
                "or `sidedoor practice start OPPORTUNITY_ID`."]
    lines = [f"{report.answers} answers in {report.sessions} sessions. Weakest first "
             "(● due for practice):"]
    for a in report.areas[:20]:
        trend = f" ({a.trend:+.0f})" if a.attempts > 1 else ""
        kind = {"probe": "skill", "talking_point": "point", "component": "score"}[a.kind]
        lines.append(f"  {'●' if a.due else ' '} {a.latest:>3.0f}{trend:<7} {kind:<6} "
                     f"{_short(a.area, 60)}  ×{a.attempts}")
    return lines
