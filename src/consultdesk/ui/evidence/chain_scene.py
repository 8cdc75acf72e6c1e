"""The chain view's scene: built from the repo for one case, never written to directly.

Layout (automatic, so it stays readable): raw data → processing logic → business rule → comparison in
columns, then the computed result set against the client's expected value; test cases and other items
in a lane beside (below) the chain. A drag from one node to another emits link_requested; selecting
links and pressing Delete emits unlink_requested. The tab turns both into undoable ops.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from consultdesk.domain.evidence import DisputeCase, EvidenceItem, Link, chain_column, format_number
from consultdesk.ui.evidence.chain_items import NODE_H, NODE_W, EdgeItem, NodeItem, ResultItem
from consultdesk.ui.evidence.labels import KIND_NAMES, label

COL_GAP, ROW_GAP, LANE_GAP = 50.0, 22.0, 50.0


class LinkDrag:
    """Interaction: from a press on a node until release, a rubber line follows the mouse."""

    def __init__(self, scene: "ChainScene", source: NodeItem, at: QPointF) -> None:
        self.scene, self.source = scene, source
        self.line = QGraphicsLineItem(QLineF(source.anchor_out(), at))
        self.line.setPen(QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine))
        scene.addItem(self.line)

    def move(self, at: QPointF) -> None:
        self.line.setLine(QLineF(self.source.anchor_out(), at))

    def finish(self, at: QPointF) -> None:
        self.scene.removeItem(self.line)
        target = self.scene.node_at(at)
        if target is not None and target is not self.source:
            self.scene.link_requested.emit(self.source.item_id, target.item_id)


class ChainScene(QGraphicsScene):
    link_requested = Signal(int, int)  # from item id, to item id
    unlink_requested = Signal(list)  # link ids

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[int, EdgeItem] = {}
        self._drag: LinkDrag | None = None

    def build(self, case: DisputeCase | None, items: list[EvidenceItem], links: list[Link],
              flagged: set[int], weak_links: set[int], result_texts: tuple[str, str]) -> None:
        self.clear()
        self.nodes, self.edges, self._drag = {}, {}, None
        if case is None:
            return
        columns: dict[int, list[EvidenceItem]] = {}
        for item in items:
            columns.setdefault(chain_column(item.kind), []).append(item)
        chain_height = max([len(columns.get(c, [])) for c in range(4)] + [2])
        for col, members in columns.items():
            for row, item in enumerate(members):
                assert item.id is not None  # the chain shows stored items
                node = NodeItem(item.id, item.kind, item.title, label(KIND_NAMES, item.kind),
                                item.id in flagged, not item.has_content())
                if col < 4:
                    node.setPos(col * (NODE_W + COL_GAP), row * (NODE_H + ROW_GAP))
                else:  # test cases and other evidence: a lane beside the chain
                    y = chain_height * (NODE_H + ROW_GAP) + LANE_GAP
                    node.setPos(row * (NODE_W + COL_GAP), y)
                self.addItem(node)
                self.nodes[item.id] = node
        self._add_results(case, columns, result_texts)
        for link in links:
            source, target = self.nodes.get(link.from_item_id), self.nodes.get(link.to_item_id)
            if source and target:
                assert link.id is not None  # and stored links
                edge = EdgeItem(link.id, source, target, weak=link.id in weak_links)
                self.addItem(edge)
                self.edges[link.id] = edge
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    def _add_results(self, case: DisputeCase, columns: dict[int, list[EvidenceItem]], texts: tuple[str, str]) -> None:
        unit = f" {case.unit}" if case.unit else ""
        x = 4 * (NODE_W + COL_GAP)
        computed_text = format_number(case.computed_value) + unit if case.computed_value is not None else "?"
        expected_text = format_number(case.expected_value) + unit if case.expected_value is not None else "?"
        computed = ResultItem("computedResult", texts[0], computed_text, "#1565c0")
        expected = ResultItem("expectedResult", texts[1], expected_text, "#ef6c00")
        computed.setPos(x, 0)
        expected.setPos(x, NODE_H + ROW_GAP + 16)
        self.addItem(computed)
        self.addItem(expected)
        versus = QGraphicsSimpleTextItem("≠" if case.difference and case.difference.absolute else "=")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        versus.setFont(font)
        versus.setPos(x + NODE_W / 2 - 6, NODE_H + 2)
        self.addItem(versus)
        # The last stage of the chain feeds the computed result (drawn dashed: implied, not a stored link).
        feeders = next((columns[c] for c in (3, 2, 1, 0) if columns.get(c)), [])
        for item in feeders:
            if item.id is not None:
                self.addItem(EdgeItem(None, self.nodes[item.id], computed, dashed=True))

    def node_at(self, at: QPointF) -> NodeItem | None:
        for item in self.items(at):
            if isinstance(item, NodeItem):
                return item
        return None

    # -- interaction -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        node = self.node_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if node is not None:
            self.clearSelection()
            node.setSelected(True)
            self._drag = LinkDrag(self, node, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            self._drag.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            drag, self._drag = self._drag, None
            drag.finish(event.scenePos())  # may rebuild the scene through the tab
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ids = [item.link_id for item in self.selectedItems() if isinstance(item, EdgeItem) and item.link_id]
            if ids:
                self.unlink_requested.emit(ids)
                event.accept()
                return
        super().keyPressEvent(event)
