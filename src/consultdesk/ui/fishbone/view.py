"""FishboneView: keyboard-first editing and drag re-parenting. The view only reports intent to its
handler (the DiagramController); the handler runs the ops and answers with an error text or None.

Keys (mind-map style): Tab adds a child, Enter a sibling, F2 / double-click edits in place, Delete
removes, arrows walk the tree (Left = into the children, Right = back towards the spine).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from consultdesk.render.fishbone_items import CauseItem, Node, NodeItem
from consultdesk.render.fishbone_scene import FishboneScene
from consultdesk.ui.fishbone.inline_editor import InlineEditor

ARROWS: dict[int, str] = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}


class DiagramHandler(Protocol):
    def add_node(self, anchor: Node, as_child: bool, text: str) -> str | None: ...
    def rename_node(self, node: Node, text: str) -> str | None: ...
    def delete_node(self, node: Node) -> None: ...
    def reparent(self, cause_id: int, target: Node) -> str | None: ...
    def neighbour(self, node: Node, direction: str) -> Node: ...
    def move_bone(self, bone_id: int, step: int) -> None: ...
    def node_text(self, node: Node) -> str: ...


class FishboneView(QGraphicsView):
    current_changed = Signal(object)  # Node or None

    def __init__(self, scene: FishboneScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("fishboneView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.handler: DiagramHandler | None = None
        self.editor = InlineEditor(self.viewport())
        self.editor.committed.connect(self._editor_committed)
        self.editor.cancelled.connect(self._editor_closed)
        self._press: tuple[QPoint, NodeItem] | None = None
        self._dragging = False
        self._drop: NodeItem | None = None
        scene.selectionChanged.connect(self._selection_changed)

    @property
    def fish_scene(self) -> FishboneScene:
        return self.scene()  # type: ignore[return-value]

    def _selection_changed(self) -> None:
        scene = self.scene()
        if isinstance(scene, FishboneScene):  # not while the scene is being destroyed
            self.current_changed.emit(scene.selected_node())

    def current(self) -> Node | None:
        return self.fish_scene.selected_node()

    def select(self, node: Node | None, ensure_visible: bool = True) -> None:
        item = self.fish_scene.select_node(node)
        if item is not None and ensure_visible:
            self.ensureVisible(item, 40, 40)

    # --- keyboard ------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab must add a child, not move the keyboard focus to the next widget.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            self.keyPressEvent(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        node = self.current()
        key = event.key()
        if node is None or self.handler is None:
            if key in ARROWS and self.handler is not None:
                self.select(("head", 0))
                return
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Tab:
            self.start_add(node, as_child=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_add(node, as_child=node[0] == "head")
        elif key == Qt.Key.Key_F2:
            self.start_rename(node)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.handler.delete_node(node)
        elif (key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() & Qt.KeyboardModifier.ControlModifier
              and node[0] == "bone"):
            self.handler.move_bone(node[1], +1 if key == Qt.Key.Key_Left else -1)  # Ctrl+arrows reorder bones
        elif key in ARROWS:
            self.select(self.handler.neighbour(node, ARROWS[key]))
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)

    # --- in-place editing ----------------------------------------------------------------------------
    def start_add(self, anchor: Node, as_child: bool) -> None:
        item = self.fish_scene.item_for(anchor)
        if item is None:
            return
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        # A new child appears left of (indented from) its parent; a sibling just past the anchor.
        at = QPoint(rect.left() - 60, rect.top() - 34) if as_child else QPoint(rect.left(), rect.bottom() + 6)
        self.editor.open(("add", anchor, as_child), "", at, max(rect.width(), 220))

    def start_rename(self, node: Node) -> None:
        item = self.fish_scene.item_for(node)
        if item is None or self.handler is None:
            return
        self.ensureVisible(item, 40, 40)
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        self.editor.open(("rename", node, False), self.handler.node_text(node), rect.topLeft(), max(rect.width(), 220))

    def _editor_committed(self, purpose: tuple[str, Node, bool], text: str) -> None:
        if self.handler is None:
            return
        mode, node, as_child = purpose
        if mode == "add":
            error = self.handler.add_node(node, as_child, text)
        else:
            error = self.handler.rename_node(node, text)
        if error:
            self.editor.refuse(error)  # stays open: empty text is refused inline
        else:
            self.editor.close_editor()
            self.setFocus()

    def _editor_closed(self) -> None:
        self.setFocus()

    # --- mouse: select, double-click to edit, drag to re-parent --------------------------------------
    def _node_item_at(self, pos: QPoint, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.editor.isVisible():
            self.editor.commit()
        item = self._node_item_at(event.position().toPoint())
        self._press = (event.position().toPoint(), item) if isinstance(item, CauseItem) else None
        self._dragging = False
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(item.node if item is not None else None, ensure_visible=False)
            self.setFocus()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        start, dragged = self._press
        pos = event.position().toPoint()
        if not self._dragging and (pos - start).manhattanLength() >= QApplication.startDragDistance():
            self._dragging = True
            dragged.setOpacity(0.45)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._set_drop(self._node_item_at(pos, exclude=dragged))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, dragging, target = self._press, self._dragging, self._drop
        self._press, self._dragging = None, False
        self._set_drop(None)
        self.viewport().unsetCursor()
        if press is not None:
            press[1].setOpacity(1.0)
        if dragging and press is not None and target is not None and self.handler is not None:
            if target.node[0] in ("bone", "cause"):
                self.handler.reparent(press[1].node[1], target.node)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _set_drop(self, item: NodeItem | None) -> None:
        if item is not None and item.node[0] == "head":
            item = None
        if item is self._drop:
            return
        if self._drop is not None:
            self._drop.drop_target = False
            self._drop.update()
        self._drop = item
        if item is not None:
            item.drop_target = True
            item.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self._node_item_at(event.position().toPoint())
        if item is not None:
            self.select(item.node, ensure_visible=False)
            self.start_rename(item.node)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # Ctrl+wheel zooms, as in every diagram tool
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.zoom(factor)
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self._auto_fit = False  # the user chose a zoom: keep it when the window resizes
        current = self.transform().m11()
        if 0.1 <= current * factor <= 4.0:
            self.scale(factor, factor)

    def fit(self) -> None:
        # Stays fitted as the view gets its real size (a tab built hidden is tiny at first) or the
        # window is resized, until the user zooms.
        self._auto_fit = True
        self._fit_now()

    def _fit_now(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if getattr(self, "_auto_fit", False):
            self._fit_now()
