"""Status marks shared by the cards and the legend: the shape tells the status even without colour."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from consultdesk.domain.requirements import RequirementStatus
from consultdesk.ui.board import labels

_WHITE = QColor("#FFFFFF")
CHANGED_COLOUR = QColor("#E8590C")  # the "changed since sign-off" corner mark


def paint_status(painter: QPainter, status: RequirementStatus, box: QRectF) -> None:
    """proposed: thin ring; to confirm: thick ring; confirmed: dot; in progress: half dot; done: dot with a
    tick; rejected: a cross."""
    colour = labels.STATUS_COLOURS[status]
    if status is RequirementStatus.PROPOSED or status is RequirementStatus.TO_CONFIRM:
        painter.setPen(QPen(colour, 1.2 if status is RequirementStatus.PROPOSED else 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    elif status is RequirementStatus.REJECTED:
        painter.setPen(QPen(colour, 1.8))
        painter.drawLine(box.topLeft(), box.bottomRight())
        painter.drawLine(box.topRight(), box.bottomLeft())
    elif status is RequirementStatus.IN_PROGRESS:
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        if status is RequirementStatus.DONE:
            painter.setPen(QPen(_WHITE, 1.6))
            painter.drawPolyline(QPolygonF([QPointF(box.left() + 1.8, box.center().y()),
                                            QPointF(box.center().x() - 0.5, box.bottom() - 1.8),
                                            QPointF(box.right() - 1.5, box.top() + 2.0)]))
