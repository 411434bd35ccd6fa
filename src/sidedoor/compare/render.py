"""Presenting a Comparison: Markdown (also what the terminal shows) and a standalone HTML
page with the SVG chart. Only formatting here; every figure comes from the report."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from sidedoor.compare.chart import pay_chart_svg
from sidedoor.compare.models import Comparison, PaySide, Range

METHODS = {"model": "offline model", "routing": "routing service", "given": "your figures"}


def money(v: float | None, currency: str | None = None) -> str:
    if v is None:
        return "—"
    return f"{v:,.0f}" + (f" {currency}" if currency else "")


def rng(r: Range | None, currency: str | None = None) -> str:
    if r is None:
        return "—"
    if round(r.low) == round(r.high):
        return money(r.low, currency)
    return f"{money(r.low)}–{money(r.high, currency)}"


def pct(r: Range | None) -> str:
    if r is None:
        return "—"
    return f"{r.mid:+.0f}%" if abs(r.high - r.low) < 0.5 else f"{r.low:+.0f}% to {r.high:+.0f}%"


def _pay_rows(offer: PaySide, current: PaySide | None) -> list[tuple[str, str, str, str]]:
    cur = {ln.name: ln for ln in current.lines} if current else {}
    rows = []
    for ln in offer.lines:
        other = cur.get(ln.name)
        rows.append((ln.label, rng(ln.value), rng(other.value) if other else "—",
                     ln.formula + (f" ({ln.source})" if ln.source in ("what-if", "learned")
                                   else "")))
    rows.append(("**Total, steady state**", rng(offer.steady_state),
                 rng(current.steady_state) if current else "—",
                 "base + bonus + equity/yr + retirement match"))
    rows.append(("**Total, year one**", rng(offer.year_one),
                 rng(current.steady_state) if current else "—", "steady state + sign-on"))
    rows.append(("After health premium", rng(offer.after_health),
                 rng(current.after_health) if current else "—", "steady state − 12 × premium"))
    return rows


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return out


def to_markdown(c: Comparison) -> str:
    s = c.subject
    where = f" — {s.location}" if s.location else ""
    lines = [f"# {s.title}" + (f" at {s.company}" if s.company else "") + where, ""]
    if s.positions > 1:
        lines += [f"Position {s.position_index} of {s.positions} (`--position N`).", ""]
    lines += [f"**Verdict — {c.verdict.headline}**", ""]
    lines += [f"- {r}" for r in c.verdict.reasons] + [""]
    if c.current_job:
        lines += [f"Compared with: {c.current_job}.", ""]
    cur_cur = c.pay.current.currency if c.pay.current else None
    lines += ["## Total pay", "",
              *_table(("", f"offer ({c.pay.offer.currency or '?'})",
                       f"current ({cur_cur or '?'})", "how"), _pay_rows(c.pay.offer,
                                                                        c.pay.current)), ""]
    if c.pay.comparable:
        lines += [f"Change: steady state {pct(c.pay.steady_change_pct)}, year one "
                  f"{pct(c.pay.year_one_change_pct)}.", ""]
    elif c.pay.note:
        lines += [c.pay.note, ""]
    m = c.market
    lines += ["## Market position", "", m.reason, ""]
    if m.applies:
        broader = ", broader group" if m.basis == "broader" else ""
        lines += [f"{m.occ_title} (SOC {m.occ_code}{broader})"
                  f" in {m.area_title}, BLS OEWS May 2025, a year:", "",
                  *_table(("10th", "25th", "median", "75th", "90th", "mean"),
                          [tuple(money(v) for v in (m.pct10, m.pct25, m.median, m.pct75,
                                                    m.pct90, m.mean))]), ""]
        lines += [f"- {p.label}: {money(p.value)} — {p.placement}"
                  + (f" (≈ {p.percentile:.0f}th percentile, linear between published "
                     "percentiles)" if p.percentile is not None else "") for p in m.points]
        lines += [f"- {n}" for n in m.notes] + [""]
    cm = c.commute
    lines += ["## Commute", "", f"Home: {cm.home or 'not set'}.", ""]
    for label, side in (("Offer", cm.offer), ("Current", cm.current)):
        if side is None:
            continue
        e = side.estimate
        if e is None:
            lines.append(f"- {label}: {side.note or 'cannot be estimated'}")
            continue
        lines.append(f"- {label} ({side.place or '—'}): {e.mode}, "
                     f"{money(e.distance_km) if e.distance_km is not None else '—'} km and "
                     f"{e.minutes_one_way if e.minutes_one_way is not None else '—'} min one "
                     f"way, {e.days_per_week:g} days a week → "
                     f"{money(e.hours_per_year)} hours and {money(e.cost_per_year)} a year"
                     f" [{METHODS[e.method]}]" + (f" ({side.note})" if side.note else ""))
        lines += [f"    - {b}" for b in e.basis]
    if cm.hours_per_month_change is not None:
        lines.append(f"- Change: {cm.hours_per_month_change:+.1f} hours a month, "
                     f"{money(cm.cost_per_year_change)} a year")
    h = c.real_hourly
    lines += ["", "## Real hourly wage", "",
              f"Offer {rng(h.offer)}, current {money(h.current)} an hour "
              f"({pct(h.change_pct)}).", ""] + [f"- {f}" for f in h.formula] + [""]
    lines += ["## Flexibility and time", "",
              *_table(("", "offer", "current"), [(r.aspect, r.offer, r.current)
                                                 for r in c.flexibility]), ""]
    lines += ["## Benefits", "",
              *_table(("", "offer", "current"), [(r.aspect, r.offer, r.current)
                                                 for r in c.benefits]), ""]
    if c.deal_breakers:
        lines += ["## Deal-breakers", ""]
        lines += [f"- {d.status.replace('_', ' ')}: {d.text} — {d.detail}"
                  for d in c.deal_breakers] + [""]
    lines += ["## What the posting doesn't say", "",
              "Ranked by how much each could change the verdict.", ""]
    for i, u in enumerate(c.unknowns, 1):
        impact = f" (could move it by ~{money(u.impact)} a year: {u.impact_basis})" \
            if u.impact is not None else f" ({u.impact_basis})"
        flag = " **could change the verdict**" if u.could_change_verdict else ""
        lines.append(f"{i}. {u.what}{flag}{impact} — ask: *{u.question}*")
    lines.append("")
    if c.what_ifs:
        lines += ["## What-ifs and learned facts", ""]
        lines += [f"- {w.key} = {w.value} ({w.kind}, {w.recorded_at:%Y-%m-%d %H:%M})"
                  + (f": {w.note}" if w.note else "") for w in c.what_ifs] + [""]
    if c.notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in c.notes] + [""]
    lines += ["Assumptions: " + "; ".join(f"{k} {v}" for k, v in c.assumptions.items())
              + " (docs/compare.md)."]
    if c.credits:
        lines += ["", "Source: " + "; ".join(c.credits) + "."]
    return "\n".join(lines) + "\n"


def to_html(c: Comparison) -> str:
    """A standalone page: the Markdown's content as simple HTML, with the chart."""
    import re

    body: list[str] = []
    in_table = in_list = False
    for line in to_markdown(c).splitlines():
        text = escape(line)
        text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
        text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
        text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
        if line.startswith("|"):
            if line.startswith("|---"):
                continue
            if not in_table:
                body.append("<table>")
                in_table = True
            cells = [x.strip() for x in re.split(r"(?<!\\)\|", text)[1:-1]]
            body.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
            continue
        if in_table:
            body.append("</table>")
            in_table = False
        if re.match(r"^\s*(?:-|\d+\.) ", line):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append("<li>" + re.sub(r"^\s*(?:-|\d+\.) ", "", text) + "</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if line.startswith("## "):
            body.append(f"<h2>{text[3:]}</h2>")
            if line == "## Market position":
                svg = pay_chart_svg(c)
                if svg:
                    body.append(f'<figure class="chart">{svg}</figure>')
        elif line.startswith("# "):
            body.append(f"<h1>{text[2:]}</h1>")
        elif line:
            body.append(f"<p>{text}</p>")
    if in_table:
        body.append("</table>")
    if in_list:
        body.append("</ul>")
    title = escape(c.subject.title)
    style = ("body{font-family:sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;"
             "color:#1a202c}table{border-collapse:collapse;margin:.5rem 0}td{border:1px solid"
             " #cbd5e0;padding:.25rem .5rem}tr:first-child td{font-weight:bold}")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} — '
            f"sidedoor comparison</title><style>{style}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")
