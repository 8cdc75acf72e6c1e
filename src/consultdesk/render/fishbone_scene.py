"""FishboneScene: mirrors one diagnosis tree. show_tree() lays it out (domain.fishbone_layout) and moves,
creates or drops items by id, so a re-layout after one edit reuses every other item."""

from __future__ import annotations

import re
from typing import Callable, Mapping, TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from consultdesk.domain.diagnosis import FishboneTree
from consultdesk.domain.fishbone_layout import BoneInput, FishboneLayout, LayoutParams, layout_fishbone
from consultdesk.render.fishbone_items import BoneItem, CauseItem, HeadItem, Node, NodeItem
from consultdesk.render.text_metrics import TextMetrics

MARGIN = 40.0
_TABS = re.compile(r"[ \t]*\t[ \t]*")  # a run of blanks holding a tab
_ItemT = TypeVar("_ItemT", bound=QGraphicsItem)


class FishboneScene(QGraphicsScene):
    def __init__(self, metrics: TextMetrics | None = None, parent: QObject | None = None, cached: bool = False) -> None:
        super().__init__(parent)
        # On screen each box is cached as a pixmap, so a re-layout only moves pictures; exports
        # (PNG at any scale, SVG as vectors) draw without the cache.
        self.cached = cached
        self.metrics = metrics or TextMetrics()
        self.params = LayoutParams()
        self.setBackgroundBrush(QColor("#fbfcfd"))
        self.tree: FishboneTree | None = None
        self.layout_result: FishboneLayout | None = None
        self.head = HeadItem(("head", 0), self.metrics)
        self.addItem(self.head)
        self.spine = QGraphicsPathItem()
        self.spine.setPen(QPen(QColor("#263238"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        self.spine.setBrush(QColor("#263238"))
        self.bone_lines = QGraphicsPathItem()
        self.bone_lines.setPen(QPen(QColor("#455a64"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.connectors = QGraphicsPathItem()
        self.connectors.setPen(QPen(QColor("#78909c"), 1.2))
        for item in (self.spine, self.bone_lines, self.connectors):
            item.setZValue(1)
            self.addItem(item)
        self.bone_items: dict[int, BoneItem] = {}
        self.cause_items: dict[int, CauseItem] = {}

    # --- building ------------------------------------------------------------------------------------
    def show_tree(self, tree: FishboneTree | None) -> None:
        self.tree = tree
        if tree is None:
            self._sync({}, self.bone_items)
            self._sync({}, self.cause_items)
            self.head.setVisible(False)
            for item in (self.spine, self.bone_lines, self.connectors):
                item.setPath(QPainterPath())
            self.layout_result = None
            return
        p, m = self.params, self.metrics
        inputs = [
            BoneInput(b.id, b.title, [(c.id, d, c.text) for c, d in tree.walk(b.id)])  # type: ignore[misc,arg-type]
            for b in tree.bones
        ]
        # Tabs typed into the phenomenon before forms moved the focus on Tab show as plain spaces.
        head_text = _TABS.sub(" ", tree.diagnosis.phenomenon).strip() or tree.diagnosis.title
        measure = m.cause_measure({c.text for c in tree.causes if c.is_root})
        layout = layout_fishbone(head_text, inputs, measure, m.measure_label, p, m.measure_head)
        self.layout_result = layout
        self.head.setVisible(True)
        self.head.set_text(head_text, p.head_width)
        self.head.set_box(layout.head.x, layout.head.y, layout.head.w, layout.head.h)
        self._sync(layout.bones, self.bone_items, lambda bid: BoneItem(("bone", bid), m))
        for bone in tree.bones:
            placed = layout.bones[bone.id]  # type: ignore[index]
            bone_item = self.bone_items[bone.id]  # type: ignore[index]
            bone_item.set_text(bone.title, p.label_width)
            bone_item.set_box(placed.label.x, placed.label.y, placed.label.w, placed.label.h)
        self._sync(layout.causes, self.cause_items, lambda cid: CauseItem(("cause", cid), m, p.badge))
        for cause_id, placed_cause in layout.causes.items():
            cause_item = self.cause_items[cause_id]
            cause_item.set_cause(tree.by_id[cause_id], p.text_width)
            cause_item.set_box(placed_cause.rect.x, placed_cause.rect.y, placed_cause.rect.w, placed_cause.rect.h)
        self._draw_lines(layout)
        bounds = layout.bounds
        self.setSceneRect(QRectF(bounds.x, bounds.y, bounds.w, bounds.h).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _sync(self, wanted: Mapping[int, object], items: dict[int, _ItemT],
              factory: Callable[[int], _ItemT] | None = None) -> None:
        """Drop the items no longer wanted and create the missing ones (none are wanted without a factory)."""
        for item_id in [i for i in items if i not in wanted]:
            self.removeItem(items.pop(item_id))
        for item_id in wanted:
            if item_id not in items and factory is not None:
                item = factory(item_id)
                if self.cached:
                    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                items[item_id] = item
                self.addItem(item)

    def _draw_lines(self, layout: FishboneLayout) -> None:
        (x1, y), (x2, _) = layout.spine
        spine = QPainterPath(QPointF(x1, y))
        spine.lineTo(x2 - 10, y)
        arrow = QPolygonF([QPointF(x2 - 14, y - 7), QPointF(x2 - 2, y), QPointF(x2 - 14, y + 7)])
        spine.addPolygon(arrow)
        spine.closeSubpath()
        self.spine.setPath(spine)
        bones = QPainterPath()
        for placed in layout.bones.values():
            (a, b), (c, d) = placed.line
            bones.moveTo(a, b)
            bones.lineTo(c, d)
        self.bone_lines.setPath(bones)
        connectors = QPainterPath()
        for placed_cause in layout.causes.values():
            first, *rest = placed_cause.connector
            connectors.moveTo(*first)
            for point in rest:
                connectors.lineTo(*point)
        self.connectors.setPath(connectors)

    # --- lookup --------------------------------------------------------------------------------------
    def item_for(self, node: Node | None) -> NodeItem | None:
        if node is None:
            return None
        kind, node_id = node
        if kind == "head":
            return self.head if self.head.isVisible() else None
        return (self.bone_items if kind == "bone" else self.cause_items).get(node_id)

    def node_items(self) -> list[NodeItem]:
        return [self.head, *self.bone_items.values(), *self.cause_items.values()]

    def select_node(self, node: Node | None) -> NodeItem | None:
        item = self.item_for(node)
        self.blockSignals(True)
        try:
            self.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()
        return item

    def selected_node(self) -> Node | None:
        selected = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        return selected[0].node if selected else None
