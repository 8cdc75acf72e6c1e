"""The satisfaction trend over the quarters: one line per dimension, the threshold of 4 marked.

Drawn on a matplotlib Figure that both the status report (Agg, PNG) and the Follow-up tab (its Qt
canvas) use; matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Callable, Sequence

from consultdesk.domain.satisfaction import DIMENSIONS, THRESHOLD, Review
from consultdesk.export.chart_fonts import cjk_font_family

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

COLOURS = {"speed": "#2F5496", "quality": "#C55A11", "clarity": "#548235", "solving": "#7030A0"}


def font_rc() -> dict[RcKeyType, Any]:
    family = [f for f in (cjk_font_family(), "DejaVu Sans") if f]
    return {"font.family": "sans-serif", "font.sans-serif": family, "axes.unicode_minus": False}


def draw_trend(figure: Any, reviews: Sequence[Review], label: Callable[[str], str], title: str = "") -> None:
    """Draw on *figure* (cleared first). label(dimension) gives the legend text."""
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    periods = [r.period for r in reviews]
    xs = list(range(len(periods)))
    for offset, name in enumerate(DIMENSIONS):
        # Equal scores would hide each other's line: each dimension sits a hair apart.
        lift = (offset - 1.5) * 0.04
        points = [(x, score + lift) for x, r in zip(xs, reviews, strict=True) if (score := r.scores()[name]) is not None]
        if points:
            axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", color=COLOURS[name], label=label(name))
    axes.axhline(THRESHOLD, color="#c62828", linewidth=1, linestyle="--")
    axes.set_xticks(xs)
    axes.set_xticklabels(periods)
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks(range(1, 6))
    if len(xs) == 1:
        axes.set_xlim(-0.5, 0.5)
    if title:
        axes.set_title(title)
    if reviews:
        axes.legend(loc="lower left", fontsize=8, ncol=2)
    axes.grid(axis="y", alpha=0.3)


def render_trend_png(reviews: Sequence[Review], label: Callable[[str], str], title: str = "",
                     width_cm: float = 16.0, height_cm: float = 8.0, dpi: int = 150) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with rc_context(font_rc()):
        figure = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=dpi)
        FigureCanvasAgg(figure)
        draw_trend(figure, reviews, label, title)
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()
