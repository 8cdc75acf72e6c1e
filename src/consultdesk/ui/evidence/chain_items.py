"""Graphics items of the chain view: an evidence node, a link edge, and the result boxes."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

NODE_W, NODE_H = 180.0, 66.0
KIND_COLORS = {
    "raw_data": "#e3f2fd", "processing_logic": "#ede7f6", "business_rule": "#fff8e1",
    "comparison": "#e8f5e9", "test_case": "#fce4ec", "other": "#eceff1",
}


class NodeItem(QGraphicsObject):
    """One evidence item; pressing on it and releasing over another node links the two."""

    def __init__(self, item_id: int, kind: str, title: str, kind_text: str, flagged: bool, empty: bool) -> None:
        super().__init__()
        self.item_id, self.kind, self.title, self.kind_text = item_id, kind, title, kind_text
        self.flagged, self.empty = flagged, empty
        self.setObjectName(f"node-{item_id}")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(title)
        self.edges: list["EdgeItem"] = []

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-2, -2, NODE_W + 4, NODE_H + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#c62828") if self.flagged else QColor("#546e7a"), 3 if self.flagged else 1.2)
        if self.empty:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            pen.setColor(QColor("#1565c0"))
            pen.setWidthF(2.5)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(KIND_COLORS.get(self.kind, "#eceff1"))))
        painter.drawRoundedRect(QRectF(0, 0, NODE_W, NODE_H), 8, 8)
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        painter.setPen(QColor("#c62828") if self.flagged else QColor("#455a64"))
        head = ("⚠ " if self.flagged else "") + self.kind_text
        painter.drawText(QRectF(8, 4, NODE_W - 16, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, head)
        bold = QFont(painter.font())
        bold.setPointSizeF(small.pointSizeF() / 0.85)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#212121"))
        metrics = QFontMetrics(bold)
        text = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, int(NODE_W - 16) * 2 - 20)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRectF(8, 22, NODE_W - 16, NODE_H - 26), flags, text)

    def anchor_out(self) -> QPointF:
        return self.mapToScene(QPointF(NODE_W, NODE_H / 2))

    def anchor_in(self) -> QPointF:
        return self.mapToScene(QPointF(0, NODE_H / 2))


class ResultItem(QGraphicsObject):
    """The computed result or the client's expected value (not evidence; cannot be linked)."""

    def __init__(self, name: str, caption: str, value: str, color: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.caption, self.value, self.color = caption, value, color

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, NODE_W, NODE_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.color), 2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(QRectF(0, 0, NODE_W, NODE_H))
        painter.setPen(QColor("#455a64"))
        base = QFont(painter.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        painter.drawText(QRectF(8, 4, NODE_W - 16, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.caption)
        font = QFont(base)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.setPen(QColor(self.color))
        painter.drawText(QRectF(8, 24, NODE_W - 16, NODE_H - 28),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value)

    def anchor_in(self) -> QPointF:
        return self.mapToScene(QPointF(0, NODE_H / 2))

    def anchor_out(self) -> QPointF:
        return self.mapToScene(QPointF(NODE_W, NODE_H / 2))


def arrow_path(start: QPointF, end: QPointF, lane: float | None = None) -> QPainterPath:
    """A gentle S-curve from start to end with an arrowhead. With *lane*, the link runs along that
    y (the gap under a row of nodes) so a link that skips a column never crosses the nodes between."""
    path = QPainterPath(start)
    if lane is None:
        dx = max(abs(end.x() - start.x()) / 2, 30.0)
        c2 = QPointF(end.x() - dx, end.y())
        path.cubicTo(QPointF(start.x() + dx, start.y()), c2, end)
    else:
        path.cubicTo(QPointF(start.x() + 18, start.y()), QPointF(start.x() + 18, lane), QPointF(start.x() + 36, lane))
        path.lineTo(QPointF(end.x() - 36, lane))
        c2 = QPointF(end.x() - 18, end.y())
        path.cubicTo(QPointF(end.x() - 18, lane), c2, end)
    angle = math.atan2(end.y() - c2.y(), end.x() - c2.x())
    size = 9.0
    left = QPointF(end.x() - size * math.cos(angle - 0.45), end.y() - size * math.sin(angle - 0.45))
    right = QPointF(end.x() - size * math.cos(angle + 0.45), end.y() - size * math.sin(angle + 0.45))
    path.addPolygon(QPolygonF([end, left, right, end]))
    return path


class EdgeItem(QGraphicsPathItem):
    """A link between two items; select it and press Delete to remove it."""

    def __init__(self, link_id: int | None, source: Any, target: Any, dashed: bool = False, weak: bool = False) -> None:
        super().__init__()
        self.link_id = link_id
        self.source, self.target = source, target
        pen = QPen(QColor("#c62828") if weak else QColor("#37474f"), 1.6)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(QColor("#90a4ae"))
        self.setPen(pen)
        self.setZValue(-1)
        if link_id is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update_path()

    def update_path(self) -> None:
        start, end = self.source.anchor_out(), self.target.anchor_in()
        skips_a_column = end.x() - start.x() > 1.5 * NODE_W
        lane = max(start.y(), end.y()) + NODE_H / 2 + 11 if skips_a_column else None  # 11: half the row gap
        self.setPath(arrow_path(start, end, lane))

    def shape(self) -> QPainterPath:
        # A wider hit area than the 1.6 px line, so the user can click the link.
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.isSelected():
            pen = QPen(self.pen())
            pen.setColor(QColor("#1565c0"))
            pen.setWidthF(3)
            painter.setPen(pen)
            painter.drawPath(self.path())
            return
        super().paint(painter, option, widget)
