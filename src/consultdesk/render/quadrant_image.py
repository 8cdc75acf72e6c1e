"""The four-quadrant chart of requirements drawn with QPainter on an offscreen QImage, as PNG bytes.

Qt is already part of the app, so the specification and status exports draw their chart without
importing a plotting library. The image carries the requested DPI, so sizes below are in points
(like a document's) and text keeps its size whatever the resolution. Chinese text takes the first
installed family of chart_fonts.CJK_FAMILIES; a character it lacks goes through Qt's own font fallback.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Mapping, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPen

from consultdesk.export.chart_fonts import CJK_FAMILIES
from consultdesk.render.gui_app import ensure_gui_app

LABEL_LIMIT = 80  # above this many requirements a cell shows a count instead of every code
# Quadrant background colours: do now (top right), plan (top left), quick (bottom right), park.
COLOURS = {"do_now": "#F8D7DA", "plan": "#D6E9F8", "quick": "#FFF3CD", "park": "#E9ECEF"}
POINT_COLOUR = "#2F5496"
LOW, HIGH = 0.5, 5.5  # the axes span every score 1-5 with half a cell around it
DIVIDE = 3.5  # the high/low line sits between 3 and 4 (4 or 5 is high)


@dataclass(frozen=True)
class QuadrantTexts:
    title: str
    x_axis: str
    y_axis: str
    quadrants: Mapping[str, str]  # do_now / plan / quick / park -> its short name


@cache
def chart_family() -> str | None:
    """The first installed CJK family (it draws Latin text too), or None for Qt's default font."""
    installed = set(QFontDatabase.families())
    return next((name for name in CJK_FAMILIES if name in installed), None)


class _Canvas:
    """A QPainter on the image with sizes in points and text anchored like a chart's."""

    def __init__(self, image: QImage, dpi: int) -> None:
        self.image = image
        self.px_per_pt = dpi / 72.0
        self.painter = QPainter(image)
        self.painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.family = chart_family()

    def pt(self, points: float) -> float:
        return points * self.px_per_pt

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont()
        if self.family:
            font.setFamilies([self.family])
        font.setPointSizeF(size_pt)  # the image's DPI turns points into pixels
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.image)

    def ink(self, text: str, font: QFont) -> QRectF:
        return self.metrics(font).tightBoundingRect(text or " ")

    def tick_width(self) -> float:
        return max(self.metrics(self.font(10)).horizontalAdvance(str(n)) for n in range(1, 6))

    def text(self, text: str, font: QFont, colour: QColor, x: float, y: float, ha: str = "center",
             va: str = "center") -> None:
        """ha: left/center/right of x; va: top/center/baseline/bottom of y."""
        fm = self.metrics(font)
        width = fm.horizontalAdvance(text)
        # Vertical anchors take the inked box, not the line height: a CJK font's line is far taller
        # than its glyphs, and a label placed by it would float away from its axis.
        ink = fm.tightBoundingRect(text)
        left = x - {"left": 0.0, "center": width / 2, "right": width}[ha]
        baseline = y - {"top": ink.top(), "center": ink.center().y(), "baseline": 0.0, "bottom": ink.bottom()}[va]
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QPointF(left, baseline), text)

    def line(self, colour: str, width_pt: float, a: QPointF, b: QPointF) -> None:
        self.painter.setPen(QPen(QColor(colour), self.pt(width_pt)))
        self.painter.drawLine(a, b)

    def disc(self, centre: QPointF, diameter: float, colour: QColor) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(colour))
        self.painter.drawEllipse(centre, diameter / 2, diameter / 2)


def quadrant_png(points: Sequence[tuple[str, int, int]], texts: QuadrantTexts, width_px: int, height_px: int,
                 dpi: int) -> bytes:
    """points: (code, value, urgency). Urgency runs left to right, value bottom to top."""
    ensure_gui_app()
    image = QImage(max(1, width_px), max(1, height_px), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    canvas = _Canvas(image, dpi)
    try:
        plot = _frame_rect(canvas, texts, width_px, height_px)
        _background(canvas, plot, texts)
        _points(canvas, plot, points)
        _axes(canvas, plot, texts)
    finally:
        canvas.painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks bytes for the format; PySide6 itself refuses bytes there and takes str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _frame_rect(canvas: _Canvas, texts: QuadrantTexts, width: int, height: int) -> QRectF:
    """The plot area: what is left after the title, the axis labels and the tick labels."""
    margin, pad, tick = canvas.pt(6), canvas.pt(3.5), canvas.pt(3.5)
    title = canvas.ink(texts.title, canvas.font(12)).height()
    x_label = canvas.ink(texts.x_axis, canvas.font(10)).height()
    y_label = canvas.ink(texts.y_axis, canvas.font(10)).height()
    digits = canvas.ink("12345", canvas.font(10)).height()
    left = margin + y_label + pad + canvas.tick_width() + pad + tick
    top = margin + title + pad * 2
    right = width - margin - canvas.pt(4)
    bottom = height - (margin + x_label + pad + digits + pad + tick)
    return QRectF(QPointF(left, top), QPointF(max(left + 1, right), max(top + 1, bottom)))


def _at(plot: QRectF, x: float, y: float) -> QPointF:
    span = HIGH - LOW
    return QPointF(plot.left() + (x - LOW) / span * plot.width(), plot.bottom() - (y - LOW) / span * plot.height())


def _background(canvas: _Canvas, plot: QRectF, texts: QuadrantTexts) -> None:
    name_font = canvas.font(12, bold=True)
    faint = QColor(0, 0, 0, round(0.28 * 255))
    for quadrant, x0, y0 in (("park", LOW, LOW), ("quick", DIVIDE, LOW), ("plan", LOW, DIVIDE),
                             ("do_now", DIVIDE, DIVIDE)):
        x1 = DIVIDE if x0 == LOW else HIGH
        y1 = DIVIDE if y0 == LOW else HIGH
        canvas.painter.fillRect(QRectF(_at(plot, x0, y1), _at(plot, x1, y0)), QColor(COLOURS[quadrant]))
        # The name sits in the empty band between two score rows (x.5), behind the points, so it
        # never covers a requirement however full the corner cell is.
        centre = _at(plot, (x0 + x1) / 2, 4.5 if y0 > LOW else 2.5)
        canvas.text(texts.quadrants.get(quadrant, ""), name_font, faint, centre.x(), centre.y())
    canvas.line("#888888", 1.0, _at(plot, DIVIDE, LOW), _at(plot, DIVIDE, HIGH))
    canvas.line("#888888", 1.0, _at(plot, LOW, DIVIDE), _at(plot, HIGH, DIVIDE))


def _axes(canvas: _Canvas, plot: QRectF, texts: QuadrantTexts) -> None:
    black = QColor("#000000")
    painter = canvas.painter
    painter.setPen(QPen(black, canvas.pt(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    tick, pad = canvas.pt(3.5), canvas.pt(3.5)
    tick_font = canvas.font(10)
    for score in range(1, 6):
        below = _at(plot, score, LOW)
        canvas.line("#000000", 0.8, below, QPointF(below.x(), below.y() + tick))
        canvas.text(str(score), tick_font, black, below.x(), below.y() + tick + pad, va="top")
        beside = _at(plot, LOW, score)
        canvas.line("#000000", 0.8, beside, QPointF(beside.x() - tick, beside.y()))
        canvas.text(str(score), tick_font, black, beside.x() - tick - pad, beside.y(), ha="right")
    label_font = canvas.font(10)
    digits = canvas.ink("12345", tick_font).height()
    canvas.text(texts.x_axis, label_font, black, plot.center().x(), plot.bottom() + tick + pad + digits + pad,
                va="top")
    painter.save()
    painter.translate(plot.left() - tick - pad - canvas.tick_width() - pad, plot.center().y())
    painter.rotate(-90)
    canvas.text(texts.y_axis, label_font, black, 0, 0, va="bottom")
    painter.restore()
    canvas.text(texts.title, canvas.font(12), black, plot.center().x(), plot.top() - pad * 2, va="bottom")


def _points(canvas: _Canvas, plot: QRectF, points: Sequence[tuple[str, int, int]]) -> None:
    cells: dict[tuple[int, int], list[str]] = defaultdict(list)
    for code, value, urgency in points:
        cells[(int(urgency), int(value))].append(code)
    colour = QColor(POINT_COLOUR)
    if len(points) > LABEL_LIMIT:
        count_font = canvas.font(7)
        translucent = QColor(colour)
        translucent.setAlphaF(0.8)
        for (x, y), codes in sorted(cells.items()):
            # The disc's area grows with the count (a square root), so a full cell stands out but fits.
            diameter = canvas.pt(math.sqrt(60 + 25 * math.sqrt(len(codes))))
            centre = _at(plot, x, y)
            canvas.disc(centre, diameter + canvas.pt(1), translucent)
            canvas.text(str(len(codes)), count_font, QColor("#ffffff"), centre.x(), centre.y())
        return
    placed: list[tuple[str, QPointF, QFont]] = []
    for (x, y), codes in sorted(cells.items()):
        # Spread the requirements of one score cell on a small grid so none hides another.
        side = math.ceil(math.sqrt(len(codes)))
        step = 0.7 / side
        code_font = canvas.font(max(4.0, 7.0 - side))
        for index, code in enumerate(codes):
            spot = _at(plot, x - 0.35 + step * (index % side + 0.5), y + 0.35 - step * (index // side + 0.5))
            placed.append((code, spot, code_font))
    for _, spot, _ in placed:
        canvas.disc(spot, canvas.pt(math.sqrt(14) + 1), colour)  # a 1 pt rim, like a scatter marker's
    black = QColor("#000000")
    for code, spot, code_font in placed:  # codes over every dot, so no dot hides a neighbour's code
        canvas.text(code, code_font, black, spot.x(), spot.y() - canvas.pt(3), va="baseline")
