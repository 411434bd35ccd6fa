"""Renderers of the evaluate report: Markdown, terminal (rich), JSON. They format, never compute."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sidedoor.compare.models import Comparison
from sidedoor.compare.render import pct, rng
from sidedoor.evaluate.models import (
    AnotherIndustrySection,
    ComparisonSection,
    Door,
    EvaluationReport,
    MarketPay,
    OtherDoorsSection,
    PositionPay,
    PracticePreview,
    PracticeSection,
    RankedDoor,
    RouteSet,
)
from sidedoor.opportunities.render import day, format_pay, money

if TYPE_CHECKING:
    from rich.console import Console

OUTCOMES = {
    "added": "stored as a new opportunity",
    "threaded": "threaded into this existing opportunity",
    "known": "already in your store; nothing changed",
}


def render_json(report: EvaluationReport) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)


def render_terminal(report: EvaluationReport, console: Console) -> None:
    from rich.markdown import Markdown

    console.print(Markdown(render_markdown(report)))


def _md(text: str | None) -> str:
    """Text from a message, made inert in Markdown."""
    if not text:
        return ""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _note(text: str) -> str:
    """Our own notes: like `_md`, but `commands` stay code."""
    parts = " ".join(text.split()).split("`")
    for i in range(0, len(parts), 2):
        for ch in "\\*_[]<>|#":
            parts[i] = parts[i].replace(ch, "\\" + ch)
    return "`".join(parts)


def render_markdown(report: EvaluationReport) -> str:
    o = report.opportunity
    lines = [f"# {_md(o.title)}" + (f" at {_md(o.company)}" if o.company else "")
             + f" (opportunity #{o.id})", ""]
    facts = []
    if o.recruiter:
        facts.append(f"Recruiter: {_md(o.recruiter)}"
                     + (f", {_md(o.recruiter_org)}" if o.recruiter_org else ""))
    facts.append(f"{o.positions} position{'s' if o.positions != 1 else ''}")
    dates = day(o.first_message_at) if o.first_message_at == o.last_message_at else (
        f"{day(o.first_message_at)} to {day(o.last_message_at)}")
    facts.append(f"{o.messages} message{'s' if o.messages != 1 else ''} ({dates})")
    facts.append(f"stage: {o.stage}")
    lines += [" · ".join(facts), ""]
    if o.next_action:
        lines += [f"Next step asked for: *{_md(o.next_action)}*", ""]
    if report.intake is not None:
        lines += [f"This input was {OUTCOMES.get(report.intake.outcome, report.intake.outcome)}"
                  f" ({report.intake.messages_added} new message(s)).", ""]
    if report.knowledge.note:
        lines += [f"Note: {report.knowledge.note}", ""]
    for number, section in enumerate(report.sections, start=1):
        lines += [f"## {number}. {section.reason}", ""]
        if not section.built:
            lines += [f"> **Coming:** {section.coming}", ""]
        if isinstance(section, PracticeSection):
            lines += _practice(section)
        elif isinstance(section, ComparisonSection):
            lines += _comparison(section)
        elif isinstance(section, OtherDoorsSection):
            lines += _doors(section)
        elif isinstance(section, AnotherIndustrySection):
            lines += _industry(section)
        if section.notes:
            lines += ["", *[f"*{_note(note)}*  " for note in section.notes]]
        lines.append("")
    if report.credits:
        lines += ["---", ""] + [f"{_md(c)}  " for c in report.credits]
    return "\n".join(lines).rstrip() + "\n"


def _practice(s: PracticeSection) -> list[str]:
    lines: list[str] = []
    if s.next_step:
        lines += [f"Prepare for the next step the recruiter asked for: *{_md(s.next_step)}*", ""]
    previewed = {q.position_id for q in s.question_sets}
    for q in s.question_sets:
        lines += _preview(q)
    for p in s.positions:
        if p.position_id in previewed:
            continue
        lines += [f"### {_md(p.title)}", ""]
        if p.skills_named:
            lines.append("- Skills named: " + ", ".join(_md(x) for x in p.skills_named))
        if p.occupation_title and p.occupation_tasks:
            lines.append(f"- Core tasks of {_md(p.occupation_title)} (O\\*NET), likely topics:")
            lines += [f"  - {_md(t)}" for t in p.occupation_tasks]
        if p.occupation_skills:
            lines.append("- Most important skills (O\\*NET): "
                         + ", ".join(_md(x) for x in p.occupation_skills))
        if not (p.skills_named or p.occupation_tasks or p.occupation_skills):
            lines.append("- Nothing known yet to practise for this role specifically.")
        lines.append("")
    return lines


def _preview(q: PracticePreview) -> list[str]:
    occ = f" ({_md(q.occupation_title)}, O\\*NET {q.occupation_code})" if q.occupation_title \
        else ""
    counts = ", ".join(f"{n} {kind}" for kind, n in q.counts.items())
    lines = [f"### {_md(q.title)}{occ}", "",
             f"A tailored set of {q.total} questions: {counts}. For example:", ""]
    lines += [f"- *{_md(e.text)}* ({e.kind})" for e in q.examples]
    if q.ask_them:
        lines += ["", "Questions to ask them:", ""]
        lines += [f"- {_md(a.text)} ({_md(a.why)})" for a in q.ask_them]
    lines.append("")
    if q.readiness is not None:
        r = q.readiness
        weakest = f"; practise first: {', '.join(_md(w) for w in r.weakest)}" if r.weakest \
            else ""
        lines += [f"Your readiness: {r.score:.0f}/100 ({r.practised} of {r.questions} "
                  f"role-specific questions touch areas you have practised){weakest}.", ""]
    lines += [f"Start: `{q.start}`", ""]
    lines += [f"*{_note(n)}*  " for n in q.notes]
    if q.notes:
        lines.append("")
    return lines


def _compared(c: Comparison) -> list[str]:
    """The embedded `sidedoor compare` report, short: verdict, pay, market, commute, flexibility,
    unknowns."""
    lines = [f"- **Verdict: {_md(c.verdict.headline)}**"]
    lines += [f"  - {_note(r)}" for r in c.verdict.reasons]
    if c.current_job:
        lines.append(f"- Compared with: {_md(c.current_job)}")
    cur = c.pay.offer.currency or ""
    total = f"- Total pay (offer, a year): steady state {rng(c.pay.offer.steady_state)} {cur}"
    total += f", year one {rng(c.pay.offer.year_one)} {cur}".rstrip()
    if c.pay.current is not None and c.pay.current.steady_state is not None:
        total += f"; current {rng(c.pay.current.steady_state)} {c.pay.current.currency or ''}"
    lines.append(total.rstrip())
    if c.pay.comparable:
        lines.append(f"  - Change: steady state {pct(c.pay.steady_change_pct)}, year one "
                     f"{pct(c.pay.year_one_change_pct)}")
    elif c.pay.note and c.pay.note not in c.verdict.reasons:
        lines.append(f"  - {_note(c.pay.note)}")
    m = c.market
    if m.applies:
        broader = ", broader group" if m.basis == "broader" else ""
        lines += [f"- Market: BLS OEWS May 2025, {_md(m.area_title)} (area {m.area_used}), "
                  f"{_md(m.occ_title)} ({m.occ_code}{broader}), USD a year"
                  + (f", {m.employment:,} employed" if m.employment else ""), "",
                  "  | 10th | 25th | median | 75th | 90th | mean |",
                  "  |---:|---:|---:|---:|---:|---:|",
                  "  | " + " | ".join(money(v) if v is not None else "n/a" for v in
                                     (m.pct10, m.pct25, m.median, m.pct75, m.pct90, m.mean))
                  + " |", ""]
        lines += [f"  - {_md(pt.label)}: {money(pt.value)}, {pt.placement}" for pt in m.points]
        lines += [f"  - {_md(m.reason)}"]
    else:
        lines.append(f"- Market: {_md(m.reason)}")
    cm = c.commute
    e = cm.offer.estimate
    if e is not None and not e.days_per_week:
        lines.append("- Commute: none (no office days)")
    elif e is not None:
        lines.append(f"- Commute ({_md(cm.offer.place)}): {e.mode}, "
                     + (f"{e.minutes_one_way:g} min one way, " if e.minutes_one_way is not None
                        else "")
                     + f"{e.days_per_week:g} days a week, about {money(e.hours_per_year)} "
                     f"hours and {money(e.cost_per_year)} a year")
    else:
        lines.append(f"- Commute: {_note(cm.offer.note or 'cannot be estimated')}")
    if cm.hours_per_month_change is not None:
        lines.append(f"  - Change: {cm.hours_per_month_change:+.1f} hours a month, "
                     f"{money(cm.cost_per_year_change)} a year")
    known = [r for r in c.flexibility if r.offer != "not stated"]
    if known:
        lines.append("- Flexibility: " + "; ".join(
            f"{_md(r.aspect.lower())} {_md(r.offer)}"
            + (f" (now {_md(r.current)})" if c.current_job and r.current not in (
                "not stated", "") else "")
            for r in known))
    if c.unknowns:
        lines.append("- What it doesn't say, and what to ask:")
        for u in c.unknowns:
            impact = f" (could move it by ~{money(u.impact)} a year)" if u.impact else ""
            flag = " **could change the verdict**" if u.could_change_verdict else ""
            said = f' (it says "{_md(u.evidence)}")' if u.evidence else ""
            lines.append(f"  - {_md(u.what)}{said}{flag}{impact}: *{_md(u.question)}*")
    return lines


def _market(m: MarketPay) -> list[str]:
    per = "a year" if m.period == "year" else "an hour"
    head = (f"- Market: BLS OEWS, {_md(m.area_title)}, {_md(m.occ_title)} ({m.occ_code}), "
            f"USD {per}" + (f", {m.employment:,} employed" if m.employment else ""))
    f = m.figures
    lines = [head, "",
             "  | 10th | 25th | median | 75th | 90th | mean |",
             "  |---:|---:|---:|---:|---:|---:|",
             "  | " + " | ".join(money(v) if v is not None else "n/a" for v in
                                (f.pct10, f.pct25, f.median, f.pct75, f.pct90, f.mean)) + " |",
             ""]
    if m.offer_min is not None and m.offer_min_placement:
        lines.append(f"  - The offer's low end, {money(m.offer_min)}, is {m.offer_min_placement}.")
    if m.offer_max is not None and m.offer_max_placement:
        lines.append(f"  - The offer's high end, {money(m.offer_max)}, is {m.offer_max_placement}.")
    lines += [f"  - {_md(n)}" for n in m.notes]
    return lines


def _comparison(s: ComparisonSection) -> list[str]:
    lines: list[str] = []
    if s.current_job is not None:
        j = s.current_job
        pay = format_pay(None) if j.base_pay is None else (
            f"{j.currency or ''} {money(j.base_pay)} per {j.pay_period or 'year'}".strip())
        lines += [f"Your current job: {_md(j.title)}"
                  + (f" at {_md(j.employer)}" if j.employer else "") + f", base {pay}", ""]
    for p in s.positions:
        lines += _position_pay(p)
    return lines


def _position_pay(p: PositionPay) -> list[str]:
    lines = [f"### {_md(p.title)}" + (f" at {_md(p.company)}" if p.company else ""), ""]
    basis = f" ({p.basis})" if p.basis and p.basis != "unknown" else ""
    lines.append(f"- Offered: {format_pay(p.offered)}{basis}")
    extras = [f"{label}: {_md(v)}" for label, v in
              (("bonus", p.bonus), ("equity", p.equity), ("sign-on", p.sign_on)) if v]
    if extras:
        lines.append("- Also mentioned: " + "; ".join(extras))
    where = p.workplace or "workplace unknown"
    if p.office_days:
        where += f", {p.office_days:g} office days a week"
    if p.locations:
        where += "; " + ", ".join(_md(x) for x in p.locations)
    lines.append(f"- Where: {where}")
    if p.benefits:
        lines.append("- Benefits: " + ", ".join(_md(b.replace("_", " ")) for b in p.benefits))
    if p.comparison is not None:
        lines += _compared(p.comparison)
        lines.append(f"- Full comparison: `sidedoor compare {p.comparison.subject.opportunity_id}"
                     + (f" --position {p.comparison.subject.position_index}`"
                        if p.comparison.subject.positions > 1 else "`"))
        lines.append("")
        return lines
    if p.comparison_note:
        lines.append(f"- Comparison: {_md(p.comparison_note)}")
    if p.market is not None:
        lines += _market(p.market)
    elif p.market_note:
        lines.append(f"- Market: {_md(p.market_note)}")
    if p.unknowns:
        lines.append("- What it doesn't say, and what to ask:")
        for u in p.unknowns:
            said = f' (it says "{_md(u.evidence)}")' if u.evidence else ""
            lines.append(f"  - {u.what}{said}: *{_md(u.question)}*")
    lines.append("")
    return lines


def _door_line(d: Door, *, with_id: bool = True) -> str:
    ref = f"#{d.opportunity_id} " if with_id else ""
    bits = [f"{ref}{_md(d.title)}" + (f" at {_md(d.company)}" if d.company else "")]
    if d.pay is not None:
        bits.append(format_pay(d.pay))
    if d.workplace:
        bits.append(d.workplace)
    return "- " + ", ".join(bits)


def _ranked_line(n: int, d: RankedDoor) -> list[str]:
    where = {"this_opportunity": "in this approach", "recruiter": f"#{d.opportunity_id}, "
             "same recruiter", "company": f"#{d.opportunity_id}, same company"}[d.source]
    head = (f"{n}. **{d.label}** ({d.score:.2f}): {_md(d.title)}"
            + (f" at {_md(d.company)}" if d.company else "") + f" ({where})")
    lines = [head]
    lines += [f"   - for: {_md(r)}" for r in d.reasons_for]
    lines += [f"   - against: {_md(r)}" for r in d.reasons_against]
    lines += [f"   - deal-breaker: {_md(r)}" for r in d.deal_breakers]
    return lines


def _doors(s: OtherDoorsSection) -> list[str]:
    lines: list[str] = []
    if s.ranked:
        lines += [f"Ranked against {_md(s.ranked_for)}:" if s.ranked_for else "Ranked:", ""]
        for n, d in enumerate(s.ranked, 1):
            lines += _ranked_line(n, d)
        lines.append("")
        return lines
    if s.in_this_opportunity:
        lines += ["Roles in this same approach:", ""]
        lines += [_door_line(d, with_id=False) for d in s.in_this_opportunity] + [""]
    if s.from_recruiter:
        lines += [f"Other roles from {_md(s.recruiter)} in your store:", ""]
        lines += [_door_line(d) for d in s.from_recruiter] + [""]
    if s.from_company:
        lines += ["Other openings at the same company in your store:", ""]
        lines += [_door_line(d) for d in s.from_company] + [""]
    return lines


def _industry(s: AnotherIndustrySection) -> list[str]:
    lines: list[str] = []
    for o in s.occupations:
        score = f", match score {o.match_score:.2f}" if o.match_score is not None else ""
        how = " (coded now from the title)" if o.coded_by == "evaluate" else ""
        lines.append(f"- {_md(o.position_title)}: O\\*NET {o.code} {_md(o.title)}{score}{how}")
        if o.job_zone is not None:
            lines.append(f"  - Job zone {o.job_zone}: {_md(o.job_zone_name)}")
            for label, value in (("education", o.education), ("experience", o.experience),
                                 ("training", o.training)):
                if value:
                    lines.append(f"  - {label.capitalize()}: {_md(value)}")
    if s.occupations:
        lines.append("")
    for rs in s.routes:
        lines += _route_set(rs)
    return lines


def _route_set(rs: RouteSet) -> list[str]:
    origin = "this role" if rs.origin == "position" else "your current job"
    lines = [f"### From {origin}: {_md(rs.title)} ({rs.code})", ""]
    for n, r in enumerate(rs.routes, 1):
        delta = (f", median pay {r.wage_delta:+,.0f} USD a year" if r.wage_delta is not None
                 else ", pay difference not published")
        lines.append(f"{n}. **{_md(r.title)}** ({r.code}): {r.move}{delta}")
        if r.bridge:
            lines.append("   - carries over: " + "; ".join(_md(b.name) for b in r.bridge))
        if r.gaps:
            lines.append("   - to add: " + "; ".join(_md(g.name) for g in r.gaps))
    if rs.notes:
        lines += ["", *[f"*{_note(n)}*  " for n in rs.notes]]
    lines += ["", f"More: `sidedoor pivot --occupation {rs.code}`", ""]
    return lines
