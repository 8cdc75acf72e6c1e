"""The four-quadrant chart of an engagement's requirements as PNG bytes, for the specification and
the status report.

Drawn with Qt (render/quadrant_image.py: QPainter on an offscreen QImage), not a plotting library,
so a document export pays no plotting import. This module turns the document's labels and size in
centimetres into what the drawing needs.
"""

from __future__ import annotations

from typing import Sequence

from consultdesk.export.labels import Labels
from consultdesk.render.quadrant_image import LABEL_LIMIT, QuadrantTexts, quadrant_png

__all__ = ["LABEL_LIMIT", "render_quadrant_chart"]
QUADRANTS = ("do_now", "plan", "quick", "park")


def render_quadrant_chart(points: Sequence[tuple[str, int, int]], labels: Labels,
                          width_cm: float = 16.0, height_cm: float = 12.0, dpi: int = 150) -> bytes:
    """points: (code, value, urgency). Urgency runs left to right, value bottom to top."""
    texts = QuadrantTexts(
        title=labels("quadrant_chart"), x_axis=labels("axis.urgency"), y_axis=labels("axis.value"),
        quadrants={q: labels(f"quadrant_short.{q}") for q in QUADRANTS})
    return quadrant_png(points, texts, round(width_cm / 2.54 * dpi), round(height_cm / 2.54 * dpi), dpi)
