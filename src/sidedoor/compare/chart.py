"""The pay chart: offered and current pay against the market band, as hand-written SVG.

Rows (top to bottom): the OEWS band (10th–90th percentile light, 25th–75th dark, a tick at
the median), the offer's base range, the offer's steady-state total, the current base and
total. Only presentation: every number comes from the Comparison.
"""

from __future__ import annotations

from html import escape

from sidedoor.compare.models import Comparison, Range

WIDTH, LEFT, RIGHT, ROW = 640, 150, 20, 28


def _k(value: float) -> str:
    return f"{value / 1000:,.0f}k" if value >= 10_000 else f"{value:,.0f}"


def pay_chart_svg(c: Comparison) -> str | None:
    """The chart, or None when there is nothing to draw."""
    m = c.market
    rows: list[tuple[str, Range, str]] = []
    band = Range(low=m.pct10, high=m.pct90) if m.applies and m.pct10 and m.pct90 else None
    base = c.pay.offer.lines[0].value
    if base is not None:
        rows.append(("Offer: base", base, "#2b6cb0"))
    if c.pay.offer.steady_state is not None:
        rows.append(("Offer: total", c.pay.offer.steady_state, "#90cdf4"))
    if c.pay.current is not None:
        cur = c.pay.current.lines[0].value
        if cur is not None:
            rows.append(("Current: base", cur, "#c05621"))
        if c.pay.current.steady_state is not None:
            rows.append(("Current: total", c.pay.current.steady_state, "#fbd38d"))
    if not rows and band is None:
        return None
    values = [v for _, r, _ in rows for v in (r.low, r.high)]
    if band is not None:
        values += [band.low, band.high]
    lo, hi = min(values) * 0.9, max(values) * 1.05
    span = max(hi - lo, 1.0)

    def x(v: float) -> float:
        return LEFT + (v - lo) / span * (WIDTH - LEFT - RIGHT)

    n = len(rows) + (1 if band is not None else 0)
    height = 30 + n * ROW + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" role="img" font-family="sans-serif" '
           f'font-size="12"><title>Pay against the market band</title>']
    y = 20
    if band is not None:
        title = escape(f"Market ({m.area_title})")
        out.append(f'<text x="4" y="{y + 14}">{escape("Market: OEWS")}</text>')
        bw = x(band.high) - x(band.low)
        out.append(f'<rect x="{x(band.low):.1f}" y="{y + 2}" width="{bw:.1f}"'
                   f' height="16" fill="#e2e8f0"><title>{title} 10th–90th percentile: '
                   f'{_k(band.low)}–{_k(band.high)}</title></rect>')
        if m.pct25 and m.pct75:
            iw = x(m.pct75) - x(m.pct25)
            out.append(f'<rect x="{x(m.pct25):.1f}" y="{y + 2}" width="{iw:.1f}"'
                       f' height="16" fill="#a0aec0"><title>25th–75th percentile: '
                       f'{_k(m.pct25)}–{_k(m.pct75)}</title></rect>')
        if m.median:
            out.append(f'<line x1="{x(m.median):.1f}" x2="{x(m.median):.1f}" y1="{y}" '
                       f'y2="{y + 20}" stroke="#1a202c" stroke-width="2"><title>median '
                       f'{_k(m.median)}</title></line>')
        for v in (band.low, band.high):
            out.append(f'<text x="{x(v):.1f}" y="{y - 2}" text-anchor="middle" '
                       f'fill="#4a5568">{_k(v)}</text>')
        y += ROW
    for label, r, colour in rows:
        w = max(x(r.high) - x(r.low), 3.0)
        out.append(f'<text x="4" y="{y + 14}">{escape(label)}</text>')
        out.append(f'<rect x="{x(r.low):.1f}" y="{y + 2}" width="{w:.1f}" height="16" '
                   f'fill="{colour}"><title>{escape(label)}: {_k(r.low)}'
                   + (f"–{_k(r.high)}" if r.high != r.low else "") + "</title></rect>")
        text = _k(r.low) + (f"–{_k(r.high)}" if r.high != r.low else "")
        out.append(f'<text x="{x(r.high) + 4:.1f}" y="{y + 14}" fill="#2d3748">{text}</text>')
        y += ROW
    currency = escape(c.pay.offer.currency or "")
    out.append(f'<text x="4" y="{y + 16}" fill="#718096">{currency} a year; band: BLS OEWS '
               f'May 2025</text></svg>')
    return "".join(out)
