"""Terminal output of `inbox add`, `inbox list` and `inbox show` (rich). Formats, never computes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sidedoor.opportunities.models import (
    AddReport,
    OpportunityDetail,
    OpportunitySummary,
    PayRange,
)

OUTCOME_LABELS = {
    "added": "added",
    "threaded": "threaded into existing",
    "known": "already known",
    "not_outreach": "not outreach (stored as messages, no opportunity)",
    "error": "errors",
}
MAX_IDS = 20  # opportunity ids listed in the `inbox add` summary
PERIODS = {
    "year": "a year", "month": "a month", "week": "a week", "day": "a day", "hour": "an hour"
}


def money(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"


def format_pay(pay: PayRange | None) -> str:
    """'USD 165,000–190,000 a year', 'up to GBP 700 a day', or 'not stated'."""
    if pay is None or (pay.min is None and pay.max is None):
        return "not stated"
    cur = f"{pay.currency} " if pay.currency else ""
    per = f" {PERIODS.get(pay.period or '', pay.period or '')}".rstrip()
    if pay.min is not None and pay.max is not None and pay.min != pay.max:
        amount = f"{money(pay.min)}–{money(pay.max)}"
    elif pay.min is None:
        return f"up to {cur}{money(pay.max)}{per}"
    elif pay.max is None:
        return f"from {cur}{money(pay.min)}{per}"
    else:
        amount = money(pay.min)
    return f"{cur}{amount}{per}"


def day(when: datetime | None) -> str:
    return when.strftime("%Y-%m-%d") if when else "-"


def render_add(report: AddReport, console: Console) -> None:
    total = len(report.items)
    console.print(f"{escape(report.source)}: {total} item{'s' if total != 1 else ''} read.")
    for outcome, label in OUTCOME_LABELS.items():
        n = report.count(outcome)  # type: ignore[arg-type]
        if not n and outcome in {"error", "threaded"}:
            continue
        ids = {"added": report.new_opportunity_ids,
               "threaded": report.threaded_opportunity_ids}.get(outcome, [])
        shown = "  → " + ", ".join(f"#{i}" for i in ids[:MAX_IDS]) if ids else ""
        if len(ids) > MAX_IDS:
            shown += f" and {len(ids) - MAX_IDS} more (`sidedoor inbox list`)"
        console.print(f"  {label}: {n}{shown}")
    for item in report.items:
        if item.outcome == "error":
            where = f"item {item.index}" if item.index is not None else "an item"
            console.print(f"    {where}: {escape(item.error or '')}"
                          + (f" {escape(item.hint)}" if item.hint else ""), style="red")
    for note in report.notes:
        console.print(f"  note: {escape(note)}", style="dim")
    if report.new_opportunity_ids or report.threaded_opportunity_ids:
        first = (report.new_opportunity_ids or report.threaded_opportunity_ids)[0]
        console.print(f"Next: `sidedoor inbox show {first}` or `sidedoor evaluate {first}`.",
                      style="dim")


def render_list(rows: list[OpportunitySummary], console: Console) -> None:
    if not rows:
        console.print("No opportunities yet. Add one with `sidedoor inbox add FILE`.")
        return
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False,
                  collapse_padding=True)
    for name in ("id", "title(s)", "company", "recruiter", "stage", "pay", "workplace", "last"):
        wraps = name in {"title(s)", "company", "recruiter", "pay"}
        table.add_column(name, overflow="fold", no_wrap=not wraps,
                         min_width={"title(s)": 24, "last": 10}.get(name))
    for o in rows:
        table.add_row(
            str(o.id),
            escape("\n".join(o.titles)),
            escape(o.company or "-"),
            escape(o.recruiter or "-"),
            o.stage,
            escape(format_pay(o.pay)),
            o.workplace or "-",
            day(o.last_message_at),
        )
    console.print(table)


def _evidence_text(evidence: Any) -> str:
    if isinstance(evidence, dict) and evidence.get("text"):
        return f'"{evidence["text"]}"'
    return ""


def render_show(o: OpportunityDetail, console: Console) -> None:
    console.print(f"[bold]#{o.id} {escape(o.title)}[/bold]"
                  + (f" at {escape(o.company)}" if o.company else "") + f"  ({o.stage})")
    if o.recruiter:
        r = o.recruiter
        org = (r.agency and f"{r.agency} (agency)") or r.company or ""
        contact = " · ".join(x for x in (r.email, r.phone, r.profile_url) if x)
        console.print(f"Recruiter #{r.id}: {escape(r.name)}"
                      + (f", {escape(r.title)}" if r.title else "")
                      + (f", {escape(org)}" if org else "")
                      + (f"  {escape(contact)}" if contact else ""))
    if o.next_action:
        console.print(f"Next step asked for: {escape(o.next_action)}")
    for p in o.positions:
        console.print(f"\n[bold]Position #{p.id}: {escape(p.title)}[/bold]"
                      + (f" at {escape(p.company)}" if p.company else ""))
        rows: list[tuple[str, str, Any]] = [
            ("pay", format_pay(p.pay), p.evidence.get("pay")),
            ("workplace", (p.workplace or "unknown")
             + (f", {p.office_days:g} office days a week" if p.office_days else ""),
             p.evidence.get("workplace")),
            ("locations", ", ".join(p.locations) or "-", p.evidence.get("locations.0")),
            ("employment", p.employment_type or "-", p.evidence.get("employment_type")),
            ("seniority", p.seniority or "-", p.evidence.get("seniority")),
            ("occupation", p.occupation_code or "not coded", None),
        ]
        details = p.pay_details or {}
        for key in ("bonus", "equity", "sign_on"):
            if details.get(key):
                label = key.replace("_", "-")
                rows.append((label, str(details[key]), p.evidence.get(f"pay.{key}")))
        for label, value, ev in rows:
            shown = _evidence_text(ev)
            console.print(f"  {label:<11} {escape(value)}"
                          + (f"  [dim]← {escape(shown)}[/dim]" if shown else ""))
        if p.benefits:
            names = [b.get("name", "") + (f" ({b['detail']})" if b.get("detail") else "")
                     for b in p.benefits]
            console.print(f"  {'benefits':<11} {escape(', '.join(names))}")
        if p.skills:
            console.print(f"  {'skills':<11} " + escape(", ".join(s.get("label", "")
                                                              for s in p.skills)))
    console.print(f"\n[bold]Messages ({len(o.messages)})[/bold]")
    for m in o.messages:
        who = m.sender_name or m.sender_address or ("you" if m.direction == "outbound" else "-")
        console.print(f"  #{m.id} {day(m.sent_at)} {m.role or '-':<9} {m.channel:<8} "
                      f"{escape(who)}" + (f": {escape(m.subject)}" if m.subject else ""))
        body = " ".join((m.body or "").split())
        if body:
            console.print(f"      {escape(body[:160])}{'…' if len(body) > 160 else ''}",
                          style="dim")
