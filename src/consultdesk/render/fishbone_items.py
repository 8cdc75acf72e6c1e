"""Graphics items of the fishbone: the head, bone labels and cause boxes. They only paint what the scene
gives them (text, status, size); they never write to the store."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from consultdesk.domain.diagnosis import Cause, CauseStatus
from consultdesk.render.text_metrics import TextMetrics, WrappedText

Node = tuple[str, int]  # ("head", 0) / ("bone", id) / ("cause", id)

INK = QColor("#263238")
SELECT = QColor("#1565c0")
DROP = QColor("#ef6c00")
STYLE = {
    # status -> (fill, border, text, badge colour, badge glyph)
    "unverified": (QColor("#ffffff"), QColor("#90a4ae"), INK, QColor("#f9a825"), "?"),
    "confirmed": (QColor("#f1f8e9"), QColor("#558b2f"), INK, QColor("#558b2f"), "\u2713"),
    "ruled_out": (QColor("#f5f5f5"), QColor("#cfd8dc"), QColor("#9e9e9e"), QColor("#bdbdbd"), "\u2715"),
}
ROOT_FILL, ROOT_BORDER = QColor("#ffebee"), QColor("#c62828")


class NodeItem(QGraphicsItem):
    """A box with wrapped text; selectable, and a drop target for re-parenting."""

    def __init__(self, node: Node, metrics: TextMetrics) -> None:
        super().__init__()
        self.node = node
        self.metrics = metrics
        self.wrapped: WrappedText | None = None
        self.size = (10.0, 10.0)
        self.pad = 6.0
        self.drop_target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setZValue(2)

    def set_box(self, x: float, y: float, w: float, h: float) -> None:
        if (w, h) != self.size:
            self.prepareGeometryChange()
            self.size = (w, h)
        self.setPos(x, y)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        w, h = self.size
        return QRectF(-2, -2, w + 4, h + 4)  # room for the selection outline

    def box(self) -> QRectF:
        return QRectF(0, 0, *self.size)

    def _outline(self, painter: QPainter) -> None:
        if self.isSelected() or self.drop_target:
            style = Qt.PenStyle.DashLine if self.drop_target else Qt.PenStyle.SolidLine
            pen = QPen(DROP if self.drop_target else SELECT, 2.5, style)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.box().adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)


class HeadItem(NodeItem):
    """The fish head: the problem phenomenon."""

    def set_text(self, text: str, width: float) -> None:
        self.wrapped = self.metrics.wrapped(text or " ", width, self.metrics.head_font)
        self.update()

    def paint(self, painter: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#0d2a4a"), 1.5))
        painter.setBrush(QColor("#1f4e79"))
        w, h = self.size
        path = QPainterPath()
        path.addRoundedRect(self.box(), 14, 14)
        painter.drawPath(path)
        painter.setPen(QColor("#ffffff"))
        if self.wrapped:
            self.wrapped.draw(painter, self.pad, (h - self.wrapped.height) / 2)
        self._outline(painter)


class BoneItem(NodeItem):
    """A category label at the far end of its bone."""

    def set_text(self, text: str, width: float) -> None:
        self.wrapped = self.metrics.wrapped(text or " ", width, self.metrics.label_font)
        self.update()

    def paint(self, painter: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#37474f"), 1.5))
        painter.setBrush(QColor("#e3ecf5"))
        painter.drawRoundedRect(self.box(), 5, 5)
        painter.setPen(INK)
        if self.wrapped:
            self.wrapped.draw(painter, self.pad, self.pad)
        self._outline(painter)


class CauseItem(NodeItem):
    """A cause: root causes stand out (red, bold, target icon), ruled-out ones are muted and struck
    through, unverified ones have a dashed border and a "?" badge."""

    def __init__(self, node: Node, metrics: TextMetrics, badge: float) -> None:
        super().__init__(node, metrics)
        self.badge = badge
        self.status = CauseStatus.UNVERIFIED
        self.is_root = False
        self.text = ""
        self.setZValue(3)

    def set_cause(self, cause: Cause, width: float) -> None:
        if (self.status, self.is_root, self.text) == (cause.status, cause.is_root, cause.text) and self.wrapped:
            return  # unchanged: keep the cached picture (a re-layout only moves items)
        font = self.metrics.cause_font_for(cause.is_root)
        self.status, self.is_root, self.text = cause.status, cause.is_root, cause.text
        self.wrapped = self.metrics.wrapped(cause.text or " ", width, font)
        self.setToolTip(cause.text)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, border, ink, badge_colour, glyph = STYLE[self.status.value]
        detail = option.levelOfDetailFromTransform(painter.worldTransform()) if option is not None else 1.0
        pen = QPen(border, 1.2)
        if self.is_root:
            fill, pen = ROOT_FILL, QPen(ROOT_BORDER, 2.2)
        elif self.status == CauseStatus.UNVERIFIED:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.box(), 4, 4)
        if detail < 0.3:  # zoomed far out: text would be unreadable specks; boxes and colours suffice
            self._outline(painter)
            return
        self._paint_badge(painter, badge_colour, glyph)
        painter.setPen(ROOT_BORDER.darker(130) if self.is_root else ink)
        if self.wrapped:
            x, y = self.pad + self.badge, self.pad
            self.wrapped.draw(painter, x, y)
            if self.status == CauseStatus.RULED_OUT:  # strike through every line
                painter.setPen(QPen(ink, 1))
                layout = self.wrapped.layout
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    mid = y + line.y() + line.height() / 2
                    painter.drawLine(QPointF(x, mid), QPointF(x + line.naturalTextWidth(), mid))
        self._outline(painter)

    def _paint_badge(self, painter: QPainter, colour: QColor, glyph: str) -> None:
        cx, cy, r = self.pad + self.badge / 2 - 1, self.pad + 8.0, 6.5
        if self.is_root:  # a target: the cause everything else leads back to
            for radius, brush in ((r, ROOT_BORDER), (r * 0.62, QColor("#ffffff")), (r * 0.28, ROOT_BORDER)):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawEllipse(QPointF(cx, cy), radius, radius)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(cx, cy), r, r)
        painter.setFont(self.metrics.badge_font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, glyph)
