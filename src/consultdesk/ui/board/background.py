"""The board's static picture, drawn in the scene background (no items): tinted quadrants, the 5 × 5 grid,
strong lines between 3 and 4, quadrant title bands with counts, axis numbers and titles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from consultdesk.domain.requirements import Quadrant, RequirementStatus, RequirementType, quadrant_for
from consultdesk.ui.board import labels
from consultdesk.ui.board.geometry import ALL_CELLS, AXIS_H, AXIS_W, SCORES, BoardGeometry
from consultdesk.ui.board.marks import CHANGED_COLOUR, paint_status

Counts = dict[Quadrant, tuple[int, int]]  # quadrant -> (matching the filter, total)

_GRID_PEN = QPen(QColor("#D5D5D5"), 1.0)
_STRONG_PEN = QPen(QColor("#444444"), 3.0)
_AXIS_PEN = QPen(QColor("#666666"))
_QUADRANT_BY_BAND = {
    (True, True): Quadrant.DO_NOW,
    (True, False): Quadrant.PLAN,
    (False, True): Quadrant.QUICK,
    (False, False): Quadrant.PARK,
}


def band_text(quadrant: Quadrant, counts: Counts, filtering: bool) -> str:
    matching, total = counts.get(quadrant, (0, 0))
    number = f"{matching} / {total}" if filtering else str(total)
    return f"{labels.quadrant_name(quadrant)} · {number}"


def paint_board(painter: QPainter, exposed: QRectF, geo: BoardGeometry, counts: Counts, filtering: bool) -> None:
    # Every line here is axis-aligned: antialiasing would only make the wide quadrant lines slow to draw.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(exposed, QColor("#FFFFFF"))
    for cell in ALL_CELLS:
        rect = geo.cell_rect(cell)
        if rect.intersects(exposed):
            painter.fillRect(rect, labels.QUADRANT_TINTS[quadrant_for(*cell)])
    _paint_grid(painter, geo)
    _paint_bands(painter, exposed, geo, counts, filtering)
    _paint_axes(painter, geo)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if geo.legend_rect().intersects(exposed):
        _paint_legend(painter, geo.legend_rect())


def _paint_grid(painter: QPainter, geo: BoardGeometry) -> None:
    painter.setPen(_GRID_PEN)
    top, bottom = 0.0, geo.bottom
    for u in SCORES:
        x = geo.col_x[u]
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.drawLine(QPointF(geo.right, top), QPointF(geo.right, bottom))
    for v in SCORES:
        rect = geo.cell_rect((v, 1))
        painter.drawLine(QPointF(AXIS_W, rect.top()), QPointF(geo.right, rect.top()))
        painter.drawLine(QPointF(AXIS_W, rect.bottom()), QPointF(geo.right, rect.bottom()))
    # The quadrant split (between 3 and 4 on both axes) is drawn strongly so the four quadrants stand out.
    painter.setPen(_STRONG_PEN)
    painter.drawLine(QPointF(geo.split_x, top), QPointF(geo.split_x, bottom))
    low_band = geo.band_rect(False, False)
    painter.drawLine(QPointF(AXIS_W, low_band.top()), QPointF(geo.right, low_band.top()))
    painter.setPen(QPen(QColor("#444444"), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(geo.grid_rect())


def _paint_bands(painter: QPainter, exposed: QRectF, geo: BoardGeometry, counts: Counts, filtering: bool) -> None:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    painter.setFont(font)
    for (high_value, high_urgency), quadrant in _QUADRANT_BY_BAND.items():
        rect = geo.band_rect(high_value, high_urgency)
        if not rect.intersects(exposed):
            continue
        tint = QColor(labels.QUADRANT_TINTS[quadrant]).darker(112)
        painter.fillRect(rect.adjusted(0, 1.5, 0, 0), tint)
        painter.setPen(labels.QUADRANT_INKS[quadrant])
        painter.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         band_text(quadrant, counts, filtering))


def _paint_axes(painter: QPainter, geo: BoardGeometry) -> None:
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(_AXIS_PEN)
    for v in SCORES:
        rect = geo.cell_rect((v, 1))
        painter.drawText(QRectF(AXIS_W - 18, rect.top(), 14, rect.height()), Qt.AlignmentFlag.AlignCenter, str(v))
    for u in SCORES:
        rect = geo.cell_rect((1, u))
        painter.drawText(QRectF(rect.left(), geo.bottom, rect.width(), AXIS_H * 0.55), Qt.AlignmentFlag.AlignCenter, str(u))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(AXIS_W, geo.bottom + AXIS_H * 0.45, geo.right - AXIS_W, AXIS_H * 0.55),
                     Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("BoardScene", "Urgency →"))
    painter.save()
    painter.translate(4.0, geo.bottom / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-geo.bottom / 2, 0, geo.bottom, 16), Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("BoardScene", "Value →"))
    painter.restore()


def _paint_legend(painter: QPainter, rect: QRectF) -> None:
    """What the stripe colours and status marks mean, so nobody has to hover to read the board."""
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    x, mid = rect.left(), rect.center().y()
    for type_ in RequirementType:
        painter.fillRect(QRectF(x, mid - 6, 5, 12), labels.TYPE_COLOURS[type_])
        x = _legend_text(painter, metrics, x + 8, rect, labels.type_name(type_)) + 12
    x += 12
    for status in RequirementStatus:
        paint_status(painter, status, QRectF(x, mid - 4, 8, 8))
        x = _legend_text(painter, metrics, x + 11, rect, labels.status_name(status)) + 12
    x += 12
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CHANGED_COLOUR)
    painter.drawPolygon(QPolygonF([QPointF(x, mid - 4), QPointF(x + 9, mid - 4), QPointF(x + 4.5, mid + 3)]))
    _legend_text(painter, metrics, x + 12, rect, QCoreApplication.translate("BoardScene", "Changed since sign-off"))


def _legend_text(painter: QPainter, metrics: QFontMetrics, x: float, rect: QRectF, text: str) -> float:
    width = metrics.horizontalAdvance(text)
    painter.setPen(_AXIS_PEN)
    painter.drawText(QRectF(x, rect.top(), width + 2, rect.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    return x + width
