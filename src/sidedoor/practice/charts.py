"""The progress chart: scores over time, and each area's latest score, weakest first.

SVG is written directly (no dependency, sharp at any size, text stays text). PNG is drawn
with matplotlib when it is installed (``pip install matplotlib``), imported only then.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from xml.sax.saxutils import escape

from sidedoor.practice.errors import PracticeError
from sidedoor.practice.models import AreaProgress, Progress

WIDTH = 760
TOP = 250  # height of the scores-over-time panel
ROW = 22  # height of one area bar
MAX_AREAS = 14
COLOURS = ((50.0, "#d9534f"), (70.0, "#f0ad4e"), (101.0, "#4cae4c"))


def colour(score: float) -> str:
    return next(c for upper, c in COLOURS if score < upper)


def chart_areas(report: Progress) -> list[AreaProgress]:
    """The areas the chart shows: skills probed and talking points, weakest first."""
    return [a for a in report.areas if a.kind != "component"][:MAX_AREAS]


def write_chart(report: Progress, path: Path) -> Path:
    """Write the chart as .svg or .png (by the file's suffix)."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        path.write_text(svg(report), encoding="utf-8")
    elif suffix == ".png":
        png(report, path)
    else:
        raise PracticeError(f"Cannot draw a chart as {path.suffix or 'a file without suffix'}.",
                            hint="Use a file name ending in .svg or .png.")
    return path


def _moving_mean(values: list[float], window: int = 5) -> list[float]:
    out = []
    for i in range(len(values)):
        chunk = values[max(0, i - window + 1): i + 1]
        out.append(sum(chunk) / len(chunk))
    return out


def svg(report: Progress) -> str:
    """The chart as an SVG document."""
    areas = chart_areas(report)
    height = TOP + 60 + ROW * max(1, len(areas)) + 30
    left, right, top, bottom = 50, WIDTH - 20, 40, TOP - 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="{left}" y="22" font-size="15" font-weight="bold">Practice: '
        f'{_counted(report)}</text>',
    ]
    for tick in (0, 25, 50, 75, 100):
        y = bottom - (bottom - top) * tick / 100
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" '
                     'stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" '
                     f'fill="#666">{tick}</text>')
    scores = [s for _, s in report.scores]
    if scores:
        step = (right - left) / max(1, len(scores) - 1)
        xs = [left + i * step if len(scores) > 1 else (left + right) / 2
              for i in range(len(scores))]

        def y_of(v: float) -> float:
            return bottom - (bottom - top) * v / 100

        mean = _moving_mean(scores)
        line = " ".join(f"{x:.1f},{y_of(v):.1f}" for x, v in zip(xs, mean, strict=True))
        parts.append(f'<polyline points="{line}" fill="none" stroke="#337ab7" '
                     'stroke-width="2"/>')
        for (when, value), x in zip(report.scores, xs, strict=True):
            parts.append(f'<circle cx="{x:.1f}" cy="{y_of(value):.1f}" r="3.5" '
                         f'fill="{colour(value)}"><title>{escape(when[:16])}: '
                         f'{value:.0f}</title></circle>')
        parts.append(f'<text x="{left}" y="{TOP - 8}" fill="#666">answer scores (dots) and '
                     'their running mean (line), oldest to newest</text>')
    else:
        parts.append(f'<text x="{left}" y="{TOP / 2:.0f}" fill="#666">No answers yet: '
                     'run `sidedoor practice start`.</text>')
    y0 = TOP + 40
    parts.append(f'<text x="{left}" y="{y0 - 12}" font-size="14" font-weight="bold">'
                 'Areas, weakest first (latest score; ● due for practice)</text>')
    label_w = 260
    bar_left, bar_right = left + label_w, right - 60
    for n, area in enumerate(areas):
        y = y0 + n * ROW
        width = (bar_right - bar_left) * area.latest / 100
        name = area.area if len(area.area) <= 40 else area.area[:39] + "…"
        kind = "point" if area.kind == "talking_point" else "skill"
        parts.append(f'<text x="{bar_left - 8}" y="{y + 14}" text-anchor="end">'
                     f'{"● " if area.due else ""}{escape(name)} <tspan fill="#999">({kind})'
                     '</tspan></text>')
        parts.append(f'<rect x="{bar_left}" y="{y + 3}" width="{bar_right - bar_left}" '
                     f'height="{ROW - 8}" fill="#f3f3f3"/>')
        parts.append(f'<rect x="{bar_left}" y="{y + 3}" width="{width:.1f}" height="{ROW - 8}" '
                     f'fill="{colour(area.latest)}"/>')
        trend = f"{area.trend:+.0f}" if area.attempts > 1 else ""
        parts.append(f'<text x="{bar_right + 6}" y="{y + 14}">{area.latest:.0f} '
                     f'<tspan fill="#999">{trend}</tspan></text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png(report: Progress, path: Path) -> None:
    """The same chart as a PNG, drawn with matplotlib (imported only here)."""
    try:
        # Imported by name: an optional dependency, loaded only for PNG output.
        matplotlib = importlib.import_module("matplotlib")
        matplotlib.use("Agg")
        plt = importlib.import_module("matplotlib.pyplot")
    except ImportError:
        raise PracticeError("Drawing PNG charts needs matplotlib.",
                            hint="Install it (`pip install matplotlib`), or write .svg "
                                 "instead.") from None
    areas = chart_areas(report)
    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(8, 3 + 0.3 * max(1, len(areas))),
        gridspec_kw={"height_ratios": [2.5, max(1.0, 0.3 * len(areas))]})
    scores = [s for _, s in report.scores]
    ax1.set_title(f"Practice: {_counted(report)}",
                  loc="left")
    ax1.set_ylim(0, 100)
    if scores:
        xs = list(range(1, len(scores) + 1))
        ax1.scatter(xs, scores, c=[colour(s) for s in scores], s=18, zorder=3)
        ax1.plot(xs, _moving_mean(scores), color="#337ab7")
    ax1.set_ylabel("score")
    ax1.set_xlabel("answers, oldest to newest")
    ax1.xaxis.get_major_locator().set_params(integer=True)
    ax1.grid(axis="y", color="#e5e5e5")
    labels = [("● " if a.due else "") + (a.area[:39] + "…" if len(a.area) > 40 else a.area)
              for a in areas]
    ax2.barh(range(len(areas)), [a.latest for a in areas],
             color=[colour(a.latest) for a in areas])
    ax2.set_yticks(range(len(areas)), labels, fontsize=8)
    ax2.invert_yaxis()
    ax2.set_xlim(0, 100)
    ax2.set_title("Areas, weakest first (latest score; ● due)", loc="left", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, format="png", dpi=100)
    plt.close(fig)


def _counted(report: Progress) -> str:
    """"1 answer in 1 session", "12 answers in 3 sessions"."""
    answers, sessions = report.answers, report.sessions
    return (f"{answers} answer{'' if answers == 1 else 's'} in "
            f"{sessions} session{'' if sessions == 1 else 's'}")
