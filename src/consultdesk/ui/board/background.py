"""The board's static picture, drawn in the scene background (no items): tinted quadrants, the 5 × 5 grid,
strong lines between 3 and 4, quadrant title bands with counts, axis numbers and titles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF

from consultdesk.domain.requirements import Quadrant, RequirementStatus, RequirementType, quadrant_for
from consultdesk.ui.board import labels
from consultdesk.ui.board.geometry import ALL_CELLS, AXIS_H, AXIS_W, SCORES, BoardGeometry
from consultdesk.ui.board.look import blend, is_dark
from consultdesk.ui.board.marks import CHANGED_COLOUR, paint_status

Counts = dict[Quadrant, tuple[int, int]]  # quadrant -> (matching the filter, total)

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


class _Colours:
    """The board's colours for one palette: the view's base colour, its text blended in for lines, the
    quadrant tints (defined for a light page) blended over the base so they stay faint when it is dark."""

    def __init__(self, palette: QPalette) -> None:
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self.base = base
        self.grid = QPen(blend(text, base, 0.18), 1.0)
        self.strong = QPen(blend(text, base, 0.75), 3.0)
        self.frame = QPen(blend(text, base, 0.75), 1.5)
        self.axis = QPen(blend(text, base, 0.7))
        dark = is_dark(palette)
        # The tints are pale colours made for a light page; on a dark one their hue is laid faintly over
        # the base, and the title inks are lightened towards the text colour so they stay readable.
        self.tints = {q: blend(_saturated(t), base, 0.14) if dark else QColor(t)
                      for q, t in labels.QUADRANT_TINTS.items()}
        self.bands = {q: blend(_saturated(t), base, 0.28) if dark else QColor(t).darker(112)
                      for q, t in labels.QUADRANT_TINTS.items()}
        self.inks = {q: blend(ink, text, 0.5) if dark else QColor(ink) for q, ink in labels.QUADRANT_INKS.items()}


def _saturated(tint: QColor) -> QColor:
    """The hue of a pale tint at full strength (a dark page blends it in faintly)."""
    return QColor.fromHslF(max(tint.hslHueF(), 0.0), 0.6 if tint.hslSaturationF() > 0.05 else 0.0, 0.5)


def paint_board(painter: QPainter, exposed: QRectF, geo: BoardGeometry, counts: Counts, filtering: bool,
                palette: QPalette) -> None:
    colours = _Colours(palette)
    # Every line here is axis-aligned: antialiasing would only make the wide quadrant lines slow to draw.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(exposed, colours.base)
    for cell in ALL_CELLS:
        rect = geo.cell_rect(cell)
        if rect.intersects(exposed):
            painter.fillRect(rect, colours.tints[quadrant_for(*cell)])
    _paint_grid(painter, geo, colours)
    _paint_bands(painter, exposed, geo, counts, filtering, colours)
    _paint_axes(painter, geo, colours)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if geo.legend_rect().intersects(exposed):
        _paint_legend(painter, geo.legend_rect(), colours)


def _paint_grid(painter: QPainter, geo: BoardGeometry, colours: _Colours) -> None:
    painter.setPen(colours.grid)
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
    painter.setPen(colours.strong)
    painter.drawLine(QPointF(geo.split_x, top), QPointF(geo.split_x, bottom))
    low_band = geo.band_rect(False, False)
    painter.drawLine(QPointF(AXIS_W, low_band.top()), QPointF(geo.right, low_band.top()))
    painter.setPen(colours.frame)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(geo.grid_rect())


def _paint_bands(painter: QPainter, exposed: QRectF, geo: BoardGeometry, counts: Counts, filtering: bool,
                 colours: _Colours) -> None:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    painter.setFont(font)
    for (high_value, high_urgency), quadrant in _QUADRANT_BY_BAND.items():
        rect = geo.band_rect(high_value, high_urgency)
        if not rect.intersects(exposed):
            continue
        painter.fillRect(rect.adjusted(0, 1.5, 0, 0), colours.bands[quadrant])
        painter.setPen(colours.inks[quadrant])
        painter.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         band_text(quadrant, counts, filtering))


def _paint_axes(painter: QPainter, geo: BoardGeometry, colours: _Colours) -> None:
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(colours.axis)
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


def _paint_legend(painter: QPainter, rect: QRectF, colours: _Colours) -> None:
    """What the stripe colours and status marks mean, so nobody has to hover to read the board."""
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    x, mid = rect.left(), rect.center().y()
    for type_ in RequirementType:
        painter.fillRect(QRectF(x, mid - 6, 5, 12), labels.TYPE_COLOURS[type_])
        x = _legend_text(painter, metrics, x + 8, rect, labels.type_name(type_), colours.axis) + 12
    x += 12
    for status in RequirementStatus:
        paint_status(painter, status, QRectF(x, mid - 4, 8, 8))
        x = _legend_text(painter, metrics, x + 11, rect, labels.status_name(status), colours.axis) + 12
    x += 12
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CHANGED_COLOUR)
    painter.drawPolygon(QPolygonF([QPointF(x, mid - 4), QPointF(x + 9, mid - 4), QPointF(x + 4.5, mid + 3)]))
    _legend_text(painter, metrics, x + 12, rect, QCoreApplication.translate("BoardScene", "Changed since sign-off"),
                 colours.axis)


def _legend_text(painter: QPainter, metrics: QFontMetrics, x: float, rect: QRectF, text: str, pen: QPen) -> float:
    width = metrics.horizontalAdvance(text)
    painter.setPen(pen)
    painter.drawText(QRectF(x, rect.top(), width + 2, rect.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    return x + width
