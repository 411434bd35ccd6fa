"""The pay chart: offered and current pay against the market band, as SVG or PNG.

Rows (top to bottom): the OEWS band (10th–90th percentile light, 25th–75th dark, a tick at
the median), the offer's base range, the offer's steady-state total, the current base and
total. Only presentation: every number comes from the Comparison. ``pay_chart`` lays the
rows out once; SVG is written by hand (no dependency; the HTML report embeds it), PNG is drawn
with matplotlib, the optional ``charts`` extra, imported only for PNG.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from sidedoor.compare.models import Comparison, Range
from sidedoor.errors import SidedoorError

WIDTH, LEFT, RIGHT, ROW = 640, 150, 20, 28
#: Text size in pixels (SVG) and the same in points for the PNG (at 100 dpi): large enough to
#: read when a page shows the chart at its own size or a little smaller.
FONT_PX, FONT_PT = 14, 10.5
CHAR_PX = 8  # about the width of a character at FONT_PX sans-serif
BAND, BAND_INNER, MEDIAN = "#e2e8f0", "#a0aec0", "#1a202c"


class ChartError(SidedoorError):
    """The chart cannot be drawn as asked (a file type we don't draw, matplotlib missing)."""

    hint = "Write the chart to a file ending in .svg (no extra needed) or .png."


@dataclass(frozen=True)
class Bar:
    label: str
    value: Range
    colour: str


@dataclass(frozen=True)
class PayChart:
    """What the chart shows, with its horizontal scale (``lo``..``hi``, in pay)."""

    bars: list[Bar]
    band: Range | None  # 10th–90th percentile
    inner: Range | None  # 25th–75th percentile
    median: float | None
    area_title: str | None
    currency: str
    lo: float
    hi: float

    @property
    def rows(self) -> int:
        return len(self.bars) + (1 if self.band is not None else 0)

    @property
    def height(self) -> int:
        """Pixels: a margin above and below and one row per bar (SVG and PNG alike)."""
        return 30 + self.rows * ROW + 30

    def x(self, v: float) -> float:
        return LEFT + (v - self.lo) / max(self.hi - self.lo, 1.0) * (WIDTH - LEFT - RIGHT)

    def label_at(self, r: Range) -> tuple[float, str]:
        """Where a bar's figures go: after the bar, or before it when they would not fit."""
        width = CHAR_PX * len(_span(r))
        if self.x(r.high) + 4 + width <= WIDTH:
            return self.x(r.high) + 4, "start"
        return self.x(r.low) - 4, "end"


def _k(value: float) -> str:
    return f"{value / 1000:,.0f}k" if value >= 10_000 else f"{value:,.0f}"


def _span(r: Range) -> str:
    return _k(r.low) + (f"–{_k(r.high)}" if r.high != r.low else "")


def pay_chart(c: Comparison) -> PayChart | None:
    """The chart's rows and scale, or None when there is nothing to draw."""
    m = c.market
    bars: list[Bar] = []
    band = Range(low=m.pct10, high=m.pct90) if m.applies and m.pct10 and m.pct90 else None
    base = c.pay.offer.lines[0].value
    if base is not None:
        bars.append(Bar("Offer: base", base, "#2b6cb0"))
    if c.pay.offer.steady_state is not None:
        bars.append(Bar("Offer: total", c.pay.offer.steady_state, "#90cdf4"))
    if c.pay.current is not None:
        cur = c.pay.current.lines[0].value
        if cur is not None:
            bars.append(Bar("Current: base", cur, "#c05621"))
        if c.pay.current.steady_state is not None:
            bars.append(Bar("Current: total", c.pay.current.steady_state, "#fbd38d"))
    if not bars and band is None:
        return None
    values = [v for b in bars for v in (b.value.low, b.value.high)]
    if band is not None:
        values += [band.low, band.high]
    inner = (Range(low=m.pct25, high=m.pct75)
             if band is not None and m.pct25 and m.pct75 else None)
    return PayChart(bars=bars, band=band, inner=inner,
                    median=m.median if band is not None and m.median else None,
                    area_title=m.area_title, currency=c.pay.offer.currency or "",
                    lo=min(values) * 0.9, hi=max(values) * 1.05)


def _footer(chart: PayChart) -> str:
    where = f", {chart.area_title}" if chart.band is not None and chart.area_title else ""
    return f"{chart.currency} a year; band: BLS OEWS May 2025{where}".strip()


def pay_chart_svg(c: Comparison) -> str | None:
    """The chart as an SVG document, or None when there is nothing to draw."""
    chart = pay_chart(c)
    if chart is None:
        return None
    x = chart.x
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{chart.height}" '
           f'viewBox="0 0 {WIDTH} {chart.height}" role="img" font-family="sans-serif" '
           f'font-size="{FONT_PX}"><title>Pay against the market band</title>']
    y = 20
    if chart.band is not None:
        band = chart.band
        title = escape(f"Market ({chart.area_title})")
        out.append(f'<text x="4" y="{y + 14}">{escape("Market: OEWS")}</text>')
        bw = x(band.high) - x(band.low)
        out.append(f'<rect x="{x(band.low):.1f}" y="{y + 2}" width="{bw:.1f}"'
                   f' height="16" fill="{BAND}"><title>{title} 10th–90th percentile: '
                   f'{_k(band.low)}–{_k(band.high)}</title></rect>')
        if chart.inner is not None:
            iw = x(chart.inner.high) - x(chart.inner.low)
            out.append(f'<rect x="{x(chart.inner.low):.1f}" y="{y + 2}" width="{iw:.1f}"'
                       f' height="16" fill="{BAND_INNER}"><title>25th–75th percentile: '
                       f'{_k(chart.inner.low)}–{_k(chart.inner.high)}</title></rect>')
        if chart.median is not None:
            mx = x(chart.median)
            out.append(f'<line x1="{mx:.1f}" x2="{mx:.1f}" y1="{y}" y2="{y + 20}" '
                       f'stroke="{MEDIAN}" stroke-width="2"><title>median '
                       f'{_k(chart.median)}</title></line>')
        for v in (band.low, band.high):
            out.append(f'<text x="{x(v):.1f}" y="{y - 2}" text-anchor="middle" '
                       f'fill="#4a5568">{_k(v)}</text>')
        y += ROW
    for bar in chart.bars:
        r = bar.value
        w = max(x(r.high) - x(r.low), 3.0)
        out.append(f'<text x="4" y="{y + 14}">{escape(bar.label)}</text>')
        out.append(f'<rect x="{x(r.low):.1f}" y="{y + 2}" width="{w:.1f}" height="16" '
                   f'fill="{bar.colour}"><title>{escape(bar.label)}: {_span(r)}</title></rect>')
        lx, anchor = chart.label_at(r)
        out.append(f'<text x="{lx:.1f}" y="{y + 14}" text-anchor="{anchor}" fill="#2d3748">'
                   f'{_span(r)}</text>')
        y += ROW
    out.append(f'<text x="4" y="{y + 16}" fill="#718096">{escape(_footer(chart))}</text></svg>')
    return "".join(out)


def _pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend, or ChartError naming the extra."""
    try:
        # Imported by name: an optional dependency, loaded only for PNG output.
        matplotlib = importlib.import_module("matplotlib")
        matplotlib.use("Agg")
        return importlib.import_module("matplotlib.pyplot")
    except ImportError:
        raise ChartError("Drawing PNG charts needs matplotlib.",
                         hint="Install the charts extra (`pip install 'sidedoor[charts]'`), "
                              "or write the chart as .svg instead.") from None


def write_pay_chart_png(c: Comparison, path: Path) -> bool:
    """Draw the chart as a PNG of the SVG's size (``WIDTH`` × ``height`` pixels) at ``path``;
    False (nothing written) when there is nothing to draw."""
    chart = pay_chart(c)
    if chart is None:
        return False
    plt = _pyplot()
    dpi = 100
    fig = plt.figure(figsize=(WIDTH / dpi, chart.height / dpi), dpi=dpi)
    try:
        # One axes in pixel coordinates, y downwards, so the layout is the SVG's.
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
        ax.set_xlim(0, WIDTH)
        ax.set_ylim(chart.height, 0)
        ax.set_axis_off()
        text = {"fontsize": FONT_PT, "va": "baseline", "family": "sans-serif"}
        x = chart.x
        y = 20
        if chart.band is not None:
            band = chart.band
            ax.text(4, y + 14, "Market: OEWS", **text)
            ax.add_patch(_rect(plt, x(band.low), y + 2, x(band.high) - x(band.low), BAND))
            if chart.inner is not None:
                inner = chart.inner
                ax.add_patch(_rect(plt, x(inner.low), y + 2, x(inner.high) - x(inner.low),
                                   BAND_INNER))
            if chart.median is not None:
                ax.plot([x(chart.median)] * 2, [y, y + 20], color=MEDIAN, linewidth=2)
            for v in (band.low, band.high):
                ax.text(x(v), y - 2, _k(v), ha="center", color="#4a5568", **text)
            y += ROW
        for bar in chart.bars:
            r = bar.value
            ax.text(4, y + 14, bar.label, **text)
            ax.add_patch(_rect(plt, x(r.low), y + 2, max(x(r.high) - x(r.low), 3.0),
                               bar.colour))
            lx, anchor = chart.label_at(r)
            ax.text(lx, y + 14, _span(r), color="#2d3748", ha="left" if anchor == "start"
                    else "right", **text)
            y += ROW
        ax.text(4, y + 16, _footer(chart), color="#718096", **text)
        fig.savefig(path, format="png", dpi=dpi, facecolor="white")
    finally:
        plt.close(fig)
    return True


def _rect(plt: Any, x: float, y: float, width: float, colour: str) -> Any:
    return plt.Rectangle((x, y), width, 16, facecolor=colour, edgecolor="none")


def write_pay_chart(c: Comparison, path: Path) -> bool:
    """Write the chart as .svg or .png, by the file's suffix; False (nothing written) when
    there is nothing to draw. ChartError for another suffix or PNG without matplotlib."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        svg = pay_chart_svg(c)
        if svg is None:
            return False
        path.write_text(svg, encoding="utf-8")
        return True
    if suffix == ".png":
        return write_pay_chart_png(c, path)
    raise ChartError(f"Cannot draw the chart as {path.suffix or 'a file without a suffix'}.")
