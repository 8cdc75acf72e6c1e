"""The four-quadrant chart of an engagement's requirements as PNG bytes (matplotlib, off-screen).

matplotlib is imported on the first chart (it costs ~0.4 s) and used through the Agg canvas directly,
never pyplot, so no GUI backend or global figure state is involved. Chinese labels need a CJK font:
chart_fonts names the fallback list (and rebuilds a stale font cache once); DejaVu Sans stays behind
it for Latin text and symbols.
"""

from __future__ import annotations

import io
import math
from collections import defaultdict
from typing import TYPE_CHECKING, Sequence

from consultdesk.export.chart_fonts import font_families, quiet_glyph_warnings
from consultdesk.export.labels import Labels

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LABEL_LIMIT = 80  # above this many requirements a cell shows a count instead of every code
# Quadrant background colours: do now (top right), plan (top left), quick (bottom right), park.
COLOURS = {"do_now": "#F8D7DA", "plan": "#D6E9F8", "quick": "#FFF3CD", "park": "#E9ECEF"}


def render_quadrant_chart(points: Sequence[tuple[str, int, int]], labels: Labels,
                          width_cm: float = 16.0, height_cm: float = 12.0, dpi: int = 150) -> bytes:
    """points: (code, value, urgency). Urgency runs left to right, value bottom to top."""
    import matplotlib

    matplotlib.use("Agg", force=False)  # harmless if a backend is already chosen; we use Agg directly
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    family = font_families()
    with quiet_glyph_warnings(), rc_context({"font.family": "sans-serif", "font.sans-serif": family,
                                             "axes.unicode_minus": False}):
        figure = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=dpi)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot(1, 1, 1)
        _background(axes, labels)
        _points(axes, points)
        axes.set_xlim(0.5, 5.5)
        axes.set_ylim(0.5, 5.5)
        axes.set_xticks(range(1, 6))
        axes.set_yticks(range(1, 6))
        axes.set_xlabel(labels("axis.urgency"))
        axes.set_ylabel(labels("axis.value"))
        axes.set_title(labels("quadrant_chart"))
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


def _background(axes: Axes, labels: Labels) -> None:
    from matplotlib.patches import Rectangle

    # (quadrant, x0, y0): the high/low line sits between 3 and 4 (4 or 5 is high).
    for quadrant, x0, y0 in (("park", 0.5, 0.5), ("quick", 3.5, 0.5), ("plan", 0.5, 3.5), ("do_now", 3.5, 3.5)):
        w = 3.0 if x0 == 0.5 else 2.0
        h = 3.0 if y0 == 0.5 else 2.0
        axes.add_patch(Rectangle((x0, y0), w, h, facecolor=COLOURS[quadrant], edgecolor="none", zorder=0))
        # The name sits in the empty band between two score rows (x.5), behind the points, so it
        # never covers a requirement however full the corner cell is.
        axes.text(x0 + w / 2, 4.5 if y0 > 1 else 2.5, labels(f"quadrant_short.{quadrant}"), ha="center",
                  va="center", fontsize=12, color="#000000", alpha=0.28, fontweight="bold", zorder=1)
    axes.axvline(3.5, color="#888888", linewidth=1)
    axes.axhline(3.5, color="#888888", linewidth=1)


def _points(axes: Axes, points: Sequence[tuple[str, int, int]]) -> None:
    cells: dict[tuple[int, int], list[str]] = defaultdict(list)
    for code, value, urgency in points:
        cells[(int(urgency), int(value))].append(code)
    show_codes = len(points) <= LABEL_LIMIT
    xs, ys = [], []
    for (x, y), codes in sorted(cells.items()):
        if not show_codes:
            axes.scatter([x], [y], s=60 + 25 * math.sqrt(len(codes)), color="#2F5496", alpha=0.8, zorder=2)
            axes.annotate(str(len(codes)), (x, y), ha="center", va="center", color="white", fontsize=7, zorder=3)
            continue
        # Spread the requirements of one score cell on a small grid so none hides another.
        side = math.ceil(math.sqrt(len(codes)))
        step = 0.7 / side
        for index, code in enumerate(codes):
            px = x - 0.35 + step * (index % side + 0.5)
            py = y + 0.35 - step * (index // side + 0.5)
            xs.append(px)
            ys.append(py)
            axes.annotate(code, (px, py), xytext=(0, 3), textcoords="offset points", ha="center",
                          fontsize=max(4.0, 7.0 - side), zorder=3)
    if xs:
        axes.scatter(xs, ys, s=14, color="#2F5496", zorder=2)
