"""The quadrant board view (objectName quadrantBoard): turns mouse and keys into *intents*.

It never writes. A drag ends with cards_moved({id: (old_cell, new_cell)}), a double-click in an empty cell
with create_requested(value, urgency, title) once a title is typed, Delete with delete_requested(ids);
the tab turns each into one undoable op and the scene follows the bus notice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QStyle, QWidget

from consultdesk.domain.requirements import MAX_SCORE, MIN_SCORE
from consultdesk.ui.board.card import BadgeItem, CardItem
from consultdesk.ui.board.geometry import Cell, fit_slots
from consultdesk.ui.board.inline_editor import InlineTitleEditor
from consultdesk.ui.board.look import READABLE_PX, CardLook, Density
from consultdesk.ui.board.scene import BoardScene

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.15, 4.0, 1.2
# Keyed by int: QKeyEvent.key() is a plain int, and Qt.Key is an IntEnum, so both look up alike.
_ARROWS: dict[int, tuple[int, int]] = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                                       Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}


@dataclass
class _Press:
    card: CardItem
    starts: dict[CardItem, QPointF]


def _clamp(score: int) -> int:
    return max(MIN_SCORE, min(MAX_SCORE, score))


class BoardView(QGraphicsView):
    cards_moved = Signal(object)  # dict {requirement id: ((value, urgency) before, (value, urgency) after)}
    create_requested = Signal(int, int, str)  # value, urgency, title
    open_requested = Signal(int)  # requirement id
    delete_requested = Signal(list)  # requirement ids
    zoom_changed = Signal(float)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("quadrantBoard")
        self.board = scene
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Only an expanded cell makes the board taller than the view; it never gets wider (fit_slots).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scene.set_look_palette(self.palette())
        scene.cell_toggled.connect(self.cell_toggled)
        self.editor = InlineTitleEditor(self.viewport())
        self.editor.committed.connect(self.create_requested)
        self.editor.finished.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        self._press: _Press | None = None
        self.auto_fit = True  # follow the window size until the user zooms by hand
        self.density = Density.AUTOMATIC
        self._roomy: CardLook | None = None  # the comfortable look's sizes, for the automatic choice

    # --- selection helpers -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [card.requirement_id for card in self.board.selected_cards()]

    def _card_at(self, pos: QPointF) -> CardItem | None:
        item = self.itemAt(pos.toPoint())
        return item if isinstance(item, CardItem) else None

    # --- dragging ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.editor.isVisible():
            self.editor.clearFocus()
        super().mousePressEvent(event)
        self._press = None
        card = self._card_at(event.position())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            group = set(self.board.selected_cards()) | {card}
            self._press = _Press(card, {c: QPointF(c.pos()) for c in group})
            for c in group:
                c.setZValue(2.0)  # dragged cards stay on top of the cards they pass over

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = [c for c, start in press.starts.items()
                 if c.scene() is self.board and (c.pos() - start).manhattanLength() > 0.5]
        if moved:
            target = self.board.geometry.cell_at(self.mapToScene(event.position().toPoint()))
            source = press.card.cell
            delta = (target[0] - source[0], target[1] - source[1]) if target else (0, 0)
            self._emit_moves(moved, delta)
        self.board.settle(list(press.starts))
        for card in press.starts:
            card.setZValue(0.0)

    def _emit_moves(self, cards: list[CardItem], delta: tuple[int, int]) -> None:
        intent: dict[int, tuple[Cell, Cell]] = {}
        for card in cards:
            old = card.cell
            new = (_clamp(old[0] + delta[0]), _clamp(old[1] + delta[1]))
            if new != old:
                intent[card.requirement_id] = (old, new)
        if intent:
            self.cards_moved.emit(intent)

    # --- double-click: open a card, or add a requirement to an empty spot ----------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem):
            self.open_requested.emit(item.requirement_id)
            return
        if isinstance(item, BadgeItem):
            return
        cell = self.board.geometry.cell_at(self.mapToScene(event.position().toPoint()), strict=True)
        if cell is None:
            super().mouseDoubleClickEvent(event)
            return
        self.start_new_requirement(cell)

    def start_new_requirement(self, cell: Cell) -> None:
        rect = self.mapFromScene(self.board.geometry.cell_rect(cell)).boundingRect()
        self.editor.start(cell, rect.left() + 4, rect.top() + 4, rect.width() - 8)

    # --- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        ids = self.selected_ids()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and ids:
            self.delete_requested.emit(ids)
        elif key in _ARROWS and mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) and ids:
            self._emit_moves(self.board.selected_cards(), _ARROWS[key])
        elif key in _ARROWS and not mods & ~Qt.KeyboardModifier.KeypadModifier and len(ids) == 1:
            self._select_neighbour(self.board.card(ids[0]), _ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(ids) == 1:
            self.open_requested.emit(ids[0])
        elif key == Qt.Key.Key_Escape and ids:
            self.board.clearSelection()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal) and ids:
            self.toggle_cell_of_selection(expand=key != Qt.Key.Key_Minus)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def toggle_cell_of_selection(self, expand: bool | None = None) -> bool:
        """Show every card of the selected card's cell (+), or fold it back (−): the keyboard's "+N" badge."""
        cards = self.board.selected_cards()
        if not cards:
            return False
        cell = cards[0].cell
        expanded = cell in self.board.expanded
        if expand is not None and expand == expanded:
            return False
        if not expanded and len(self.board.members[cell]) <= self.board.geometry.capacity(cell):
            return False  # nothing hidden there
        self.board.toggle_expanded(cell)  # the scene's cell_toggled refits the view and shows the cell
        return True

    def cell_toggled(self, cell: Cell) -> None:
        """After a badge click or +/−: refit (the board grew or shrank) and show the cell's top."""
        self.refit()
        self._show_cell_top(cell)
        # A scroll bar that came or went resizes the viewport, and its anchor moves the picture: again then.
        QTimer.singleShot(0, self, lambda: self._show_cell_top(cell))

    def _show_cell_top(self, cell: Cell) -> None:
        rect = self.board.geometry.cell_rect(cell)
        top = QRectF(rect.left(), rect.top(), rect.width(), min(rect.height(), self.viewport().height() / 2))
        self.ensureVisible(top)

    def _select_neighbour(self, card: CardItem | None, direction: tuple[int, int]) -> None:
        """Plain arrows walk from card to card (keyboard users can reach every visible card)."""
        if card is None:
            return
        up, right = direction
        origin = card.sceneBoundingRect().center()
        best, best_cost = None, float("inf")
        for other in self.board.cards.values():
            if other is card or not other.isVisible():
                continue
            delta = other.sceneBoundingRect().center() - origin
            along = delta.x() * right - delta.y() * up  # scene y grows downwards, value grows upwards
            across = abs(delta.y()) if right else abs(delta.x())
            if along > 1.0:
                cost = along + 2.0 * across  # prefer the card straight ahead over a nearer one off to the side
                if cost < best_cost:
                    best, best_cost = other, cost
        if best is not None:
            self.board.clearSelection()
            best.setSelected(True)
            self.ensureVisible(best)

    # --- zoom --------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.transform()
        if current.m11() == factor and current.m22() == factor and not current.isRotating():
            return  # the same transform again would repaint the whole view (after every drop)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.auto_fit = False
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.auto_fit = False
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self.auto_fit = False
        self.set_zoom(1.0)

    def set_density(self, density: Density) -> None:
        self.density = density
        self.board.set_density(density)
        self.refit()

    def _auto_density(self, width: float, height: float) -> None:
        """Automatic: comfortable cards while no cell overflows them, else compact ones (more per cell)."""
        if self.density is not Density.AUTOMATIC:
            return
        if self._roomy is None:
            self._roomy = CardLook(Density.COMFORTABLE)
        slots = fit_slots(width, height, self._roomy.height, self._roomy.min_width)
        fits = self.board.largest_cell() <= slots.per_cell
        self.board.set_density(Density.COMFORTABLE if fits else Density.COMPACT)

    def refit(self) -> None:
        """Follow the window again after the board changed size, unless the user zoomed by hand (a hidden
        view waits for its first resize: no layout for a window size nobody sees)."""
        if self.auto_fit and self.isVisible():
            self.fit_to_window(auto=True)

    def fit_to_window(self, auto: bool = False) -> None:
        """Cards sized to the window at 100 %. The automatic fit (on resize, on expanding a cell) shrinks a
        board that does not fit only down to a readable title size and scrolls beyond; Ctrl+0 shows it all."""
        self.auto_fit = auto or self.auto_fit
        # The size without scroll bars: a board that fits shows none, so fitting never makes one come and go
        # (and lay all cards out twice); only an open cell, taller than the view, leaves room for one.
        space = self.maximumViewportSize()
        width, height = space.width() - 8, space.height() - 8
        if self.board.expanded:
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        view = QRect(0, 0, width, height)
        if view.width() <= 0 or view.height() <= 0:
            return
        self._auto_density(view.width(), view.height())
        look = self.board.look
        wide = frozenset(urgency for _value, urgency in self.board.expanded)
        self.board.set_slots(fit_slots(view.width(), view.height(), look.height, look.min_width, wide))
        rect = self.board.sceneRect()
        factor = min(1.0, view.width() / rect.width(), view.height() / rect.height())
        if auto:
            factor = max(factor, min(1.0, READABLE_PX / look.title_px))
        self.set_zoom(factor)
        if not auto:
            self.auto_fit = True

    def effective_title_px(self) -> float:
        """The title size on screen (the measure of "readable")."""
        return self.board.look.title_px * self.zoom()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.board.set_look_palette(self.palette())
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.auto_fit = False
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_to_window(auto=True)
