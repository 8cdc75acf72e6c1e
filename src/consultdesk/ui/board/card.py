"""One requirement on the board: code, elided title, type stripe, status mark, "changed since sign-off" mark.

Painting is deliberately cheap (a board may hold thousands of cards): no child text items, the wrapped title
is cached until the title or the card width changes, and below ~45 % zoom only coloured blocks are drawn.
Size, fonts and colours come from the CardLook every card of the board shares.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from consultdesk.domain.requirements import Requirement, RequirementStatus
from consultdesk.ui.board import labels
from consultdesk.ui.board.look import PAD_Y, STRIPE, TEXT_X, CardLook
from consultdesk.ui.board.marks import CHANGED_COLOUR, paint_status

_DOT = 8.0
DIM_OPACITY = 0.22
_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class CardItem(QGraphicsObject):
    def __init__(self, requirement: Requirement, look: CardLook) -> None:
        super().__init__()
        self.look = look  # shared by every card of the board: the scene resizes them all at once
        self.setFlags(_FLAGS)
        self.setCursor(look.hand)
        self.setObjectName(f"card-{requirement.code}")
        self.req = requirement
        self.changed_since_signoff = False
        self.dimmed = False
        self.slot = QPointF()  # where the layout put it; a drag that changed nothing returns it here
        self._lines: list[str] | None = None
        self._lines_width = 0.0
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
        self._lines = None
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
        return self.look.rect

    def reshape(self) -> None:
        """The shared look changed size or fonts: tell the scene, and wrap the title again."""
        self.prepareGeometryChange()
        self._lines = None

    def title_lines(self) -> list[str]:
        width = self.look.width
        if self._lines is None or self._lines_width != width:
            self._lines = self.look.title_lines_for(self.req.title, width)
            self._lines_width = width
        return self._lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        look = self.look
        rect, width = look.rect, look.width
        selected = self.isSelected()
        painter.setPen(look.selected_pen if selected else look.border_pen)
        painter.setBrush(look.selected_brush if selected else look.card_brush)
        painter.drawRect(rect)
        painter.fillRect(QRectF(0.0, 0.0, STRIPE, rect.height()), labels.TYPE_COLOURS[self.req.type])
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.45:
            return  # zoomed far out: text would be unreadable anyway
        painter.setFont(look.code_font)
        painter.setPen(look.code_pen)
        painter.drawText(QRectF(TEXT_X, PAD_Y, width - TEXT_X - 16.0, look.code_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.req.code)
        paint_status(painter, self.req.status, QRectF(width - _DOT - 5.0, PAD_Y + (look.code_height - _DOT) / 2,
                                                      _DOT, _DOT))
        painter.setFont(look.title_font)
        rejected = self.req.status is RequirementStatus.REJECTED
        painter.setPen(look.muted_pen if rejected else look.title_pen)
        box = look.title_rect(width)
        for index, line in enumerate(self.title_lines()):
            line_rect = QRectF(box.left(), box.top() + index * look.line_height, box.width(), look.line_height)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            if rejected:  # struck through: still visible, clearly not wanted
                advance = min(look.title_metrics.horizontalAdvance(line), box.width())
                y = line_rect.center().y() + 0.5
                painter.drawLine(QPointF(box.left(), y), QPointF(box.left() + advance, y))
        if self.changed_since_signoff:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHANGED_COLOUR)
            painter.drawPolygon(QPolygonF([QPointF(width - 22.0, 0.0), QPointF(width - 13.0, 0.0),
                                           QPointF(width - 17.5, 7.0)]))


class BadgeItem(QGraphicsObject):
    """The "+N" slot of a crowded cell; clicking it expands the cell (and "show less" collapses it)."""

    def __init__(self, cell: tuple[int, int], on_click: Callable[[tuple[int, int]], None], look: CardLook) -> None:
        super().__init__()
        self.look = look
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
        return self.look.rect

    def reshape(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        look = self.look
        painter.setPen(look.badge_pen)
        painter.setBrush(look.badge_brush)
        painter.drawRect(look.rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(look.title_font)
        painter.setPen(look.title_pen)
        painter.drawText(look.rect, Qt.AlignmentFlag.AlignCenter, self.text)

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
