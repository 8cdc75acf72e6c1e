"""One requirement on the board: code, elided title, type stripe, status mark, "changed since sign-off" mark.

Painting is deliberately cheap (a board may hold thousands of cards): no child text items, the elided title
is cached until the title changes, and below ~45 % zoom only coloured blocks are drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from consultdesk.domain.requirements import Requirement, RequirementStatus
from consultdesk.ui.board import labels
from consultdesk.ui.board.geometry import CARD_H, CARD_W
from consultdesk.ui.board.marks import CHANGED_COLOUR, paint_status

_RECT = QRectF(0.0, 0.0, CARD_W, CARD_H)
_STRIPE = 5.0
_TEXT_X = _STRIPE + 4.0
_DOT = 8.0
DIM_OPACITY = 0.22
_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class _Ink:
    """Fonts, pens and brushes shared by all cards (created once a QGuiApplication exists)."""

    ready: ClassVar[bool] = False
    code_font: ClassVar[QFont]
    title_font: ClassVar[QFont]
    title_metrics: ClassVar[QFontMetricsF]
    card_brush: ClassVar[QBrush]
    selected_brush: ClassVar[QBrush]
    border_pen: ClassVar[QPen]
    selected_pen: ClassVar[QPen]
    code_pen: ClassVar[QPen]
    title_pen: ClassVar[QPen]
    muted_pen: ClassVar[QPen]
    changed_brush: ClassVar[QBrush]
    hand: ClassVar[QCursor]

    @classmethod
    def setup(cls) -> None:
        cls.code_font = QFont()
        cls.code_font.setPixelSize(10)
        cls.code_font.setBold(True)
        cls.title_font = QFont()
        cls.title_font.setPixelSize(12)
        cls.title_metrics = QFontMetricsF(cls.title_font)
        cls.card_brush = QBrush(QColor("#FFFFFF"))
        cls.selected_brush = QBrush(QColor("#DCEBFF"))
        cls.border_pen = QPen(QColor("#B8B8B8"), 1.0)
        cls.selected_pen = QPen(QColor("#1F5FA8"), 2.0)
        cls.code_pen = QPen(QColor("#555555"))
        cls.title_pen = QPen(QColor("#1A1A1A"))
        cls.muted_pen = QPen(QColor("#8A8A8A"))
        cls.changed_brush = QBrush(CHANGED_COLOUR)
        cls.hand = QCursor(Qt.CursorShape.OpenHandCursor)
        cls.ready = True


class CardItem(QGraphicsObject):
    def __init__(self, requirement: Requirement) -> None:
        super().__init__()
        if not _Ink.ready:
            _Ink.setup()
        self.setFlags(_FLAGS)
        self.setCursor(_Ink.hand)
        self.setObjectName(f"card-{requirement.code}")
        self.req = requirement
        self.changed_since_signoff = False
        self.dimmed = False
        self.slot = QPointF()  # where the layout put it; a drag that changed nothing returns it here
        self._elided: str | None = None
        self._haystack: str | None = None
        self._tooltip_ready = False  # built on first hover (scene.helpEvent): 5,000 cards open faster

    # --- state -------------------------------------------------------------------------------------
    @property
    def requirement_id(self) -> int:
        assert self.req.id is not None
        return self.req.id

    @property
    def cell(self) -> tuple[int, int]:
        return self.req.value, self.req.urgency

    def set_requirement(self, requirement: Requirement) -> None:
        old = self.req
        self.req = requirement
        if old.code != requirement.code:
            self.setObjectName(f"card-{requirement.code}")
        self._elided = None
        self._haystack = None
        self._tooltip_ready = False  # built on first hover (scene.helpEvent): 5,000 cards open faster
        self.update()

    def haystack(self) -> str:
        if self._haystack is None:
            self._haystack = labels.requirement_haystack(self.req)
        return self._haystack

    def set_changed(self, changed: bool) -> None:
        """Show or clear the "changed since sign-off" mark (wired by the baselines area)."""
        if changed != self.changed_since_signoff:
            self.changed_since_signoff = changed
            self._tooltip_ready = False
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.setOpacity(DIM_OPACITY if dimmed else 1.0)

    def retranslate(self) -> None:
        self._tooltip_ready = False

    def ensure_tooltip(self) -> None:
        if not self._tooltip_ready:
            self._update_tooltip()

    def _update_tooltip(self) -> None:
        self._tooltip_ready = True
        req = self.req
        summary = QCoreApplication.translate("CardItem", "%1 · %2 · value %3 · urgency %4")
        for marker, text in (("%1", labels.type_name(req.type)), ("%2", labels.status_name(req.status)),
                             ("%3", str(req.value)), ("%4", str(req.urgency))):
            summary = summary.replace(marker, text)
        lines = [f"<b>{req.code}</b> {_escape(req.title)}", summary]
        if req.tag:
            lines.append(QCoreApplication.translate("CardItem", "Tag: %1").replace("%1", _escape(req.tag)))
        if self.changed_since_signoff:
            lines.append("<i>" + QCoreApplication.translate("CardItem", "Changed since sign-off") + "</i>")
        self.setToolTip("<br>".join(lines))

    # --- painting ----------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return _RECT

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        painter.setPen(_Ink.selected_pen if selected else _Ink.border_pen)
        painter.setBrush(_Ink.selected_brush if selected else _Ink.card_brush)
        painter.drawRect(_RECT)
        painter.fillRect(QRectF(0.0, 0.0, _STRIPE, CARD_H), labels.TYPE_COLOURS[self.req.type])
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.45:
            return  # zoomed far out: text would be unreadable anyway
        painter.setFont(_Ink.code_font)
        painter.setPen(_Ink.code_pen)
        painter.drawText(QRectF(_TEXT_X, 2.0, CARD_W - _TEXT_X - 16.0, 12.0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.req.code)
        paint_status(painter, self.req.status, QRectF(CARD_W - _DOT - 5.0, 4.0, _DOT, _DOT))
        if self._elided is None:
            self._elided = _Ink.title_metrics.elidedText(self.req.title, Qt.TextElideMode.ElideRight, CARD_W - _TEXT_X - 4.0)
        painter.setFont(_Ink.title_font)
        rejected = self.req.status is RequirementStatus.REJECTED
        painter.setPen(_Ink.muted_pen if rejected else _Ink.title_pen)
        title_rect = QRectF(_TEXT_X, 14.0, CARD_W - _TEXT_X - 4.0, 16.0)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._elided)
        if rejected:  # struck through: still visible, clearly not wanted
            width = min(_Ink.title_metrics.horizontalAdvance(self._elided), title_rect.width())
            painter.drawLine(QPointF(_TEXT_X, 22.5), QPointF(_TEXT_X + width, 22.5))
        if self.changed_since_signoff:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_Ink.changed_brush)
            painter.drawPolygon(QPolygonF([QPointF(CARD_W - 22.0, 0.0), QPointF(CARD_W - 13.0, 0.0),
                                           QPointF(CARD_W - 17.5, 7.0)]))


class BadgeItem(QGraphicsObject):
    """The "+N" slot of a crowded cell; clicking it expands the cell (and "show less" collapses it)."""

    def __init__(self, cell: tuple[int, int], on_click: Callable[[tuple[int, int]], None]) -> None:
        super().__init__()
        if not _Ink.ready:
            _Ink.setup()
        self.cell = cell
        self._on_click = on_click
        self.text = ""
        self.setObjectName(f"cellBadge-{cell[0]}-{cell[1]}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1.0)

    def set_text(self, text: str, tooltip: str) -> None:
        if text != self.text:
            self.text = text
            self.update()
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return _RECT

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#7A7A7A"), 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#FAFAFA"))
        painter.drawRect(_RECT.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(_Ink.title_font)
        painter.setPen(_Ink.code_pen)
        painter.drawText(_RECT, Qt.AlignmentFlag.AlignCenter, self.text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.cell)
        else:
            super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the first click already toggled; a double-click must not toggle back


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
