"""Chain view + completeness panel: which of the five kinds are missing, and which links lack evidence."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.domain.evidence import Completeness, EvidenceItem, completeness
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ops.errors import OpError
from consultdesk.ui.evidence.chain_items import EdgeItem, NodeItem
from consultdesk.ui.evidence.chain_scene import ChainScene
from consultdesk.ui.evidence.labels import MISSING_TEXTS, label


class FittingView(QGraphicsView):
    """Shows the whole chain: scales down (never up) to fit, so every node stays in sight."""

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        scale = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height(), 1.0)
        self.scale(scale, scale)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()


class ChainPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.flagged: set[int] = set()
        self.result: Completeness | None = None
        self.scene = ChainScene(self)
        self.view = FittingView(self.scene, self)
        self.view.setObjectName("chainView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.completeness_label = QLabel(self)
        self.completeness_label.setObjectName("completenessPanel")
        self.completeness_label.setWordWrap(True)
        self.completeness_label.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.completeness_label.setFixedWidth(220)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeLinkButton")
        self.remove_button.clicked.connect(self.remove_selected_links)
        # The keyboard's way to draw a link: pick both ends from lists (Ctrl+L while the chain is shown).
        self.link_action = QAction(self)
        self.link_action.setObjectName("linkEvidenceAction")
        self.link_action.setShortcut(QKeySequence("Ctrl+L"))
        self.link_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.link_action.triggered.connect(self.link_by_choice)
        self.addAction(self.link_action)
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("linkEvidenceButton")
        self.link_button.clicked.connect(self.link_by_choice)
        side = QVBoxLayout()
        side.addWidget(self.completeness_label, 1)
        self.help.setFixedWidth(220)
        side.addWidget(self.help)
        side.addWidget(self.link_button)
        side.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        self.scene.link_requested.connect(self.link)
        self.scene.unlink_requested.connect(self.unlink)
        self.retranslate()

    def set_case(self, case_id: int | None, flagged: set[int] | None = None) -> None:
        self.case_id = case_id
        if flagged is not None:
            self.flagged = flagged
        self.reload()

    def reload(self) -> None:
        repo = self.ctx.repos.evidence
        case = repo.get_case(self.case_id) if self.case_id is not None else None
        items = repo.items(case.id) if case and case.id is not None else []
        links = repo.links(case.id) if case and case.id is not None else []
        self.result = completeness(items, links) if case else None
        texts = (self.tr("Computed by the agreed rule"), self.tr("Client's expected value"))
        weak = set(self.result.weak_links) if self.result else set()
        self.scene.build(case, items, links, self.flagged, weak, texts)
        self.view.fit()
        self._show_completeness(items)

    def _show_completeness(self, items: list[EvidenceItem]) -> None:
        if self.result is None:
            self.completeness_label.setText("")
            return
        r = self.result
        titles = {i.id: i.title for i in items}
        heading = self.tr("Completeness")
        lines = [f"<b>{heading}</b>"]
        flagged = [i for i in items if i.id in self.flagged]
        if flagged:
            # A changed or missing file means the chain cannot be relied on, however complete it looks.
            bad = self.tr("%n item(s) with files changed or missing since capture:", "", len(flagged))
            names = ", ".join(html.escape(i.title) for i in flagged[:4]) + (" …" if len(flagged) > 4 else "")
            lines.append(f"<span style='color:#c62828'><b>✘ {bad}</b> {names}</span>")
        elif r.complete:
            ok = self.tr("All five kinds of evidence are present and every link has evidence on both ends.")
            lines.append(f"<span style='color:#2e7d32'>✔ {ok}</span>")
        for kind in r.missing_kinds:
            lines.append(f"<span style='color:#c62828'>✘ {label(MISSING_TEXTS, kind)}</span>")
        empty = self.tr("No file, excerpt or reference:")
        for item_id in r.empty_items:
            lines.append(f"<span style='color:#ef6c00'>• {empty} {titles.get(item_id, '')}</span>")
        if r.weak_links:
            weak = self.tr("%n link(s) without evidence on both ends", "", len(r.weak_links))
            lines.append(f"<span style='color:#c62828'>• {weak}</span>")
        if r.unlinked_items:
            unlinked = self.tr("%n item(s) not linked into the chain yet", "", len(r.unlinked_items))
            lines.append(f"<span style='color:#607d8b'>• {unlinked}</span>")
        self.completeness_label.setText("<br>".join(lines))

    def link(self, from_id: int, to_id: int) -> None:
        try:
            ops_items.link_items(self.ctx, from_id, to_id, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Link evidence"), str(exc))
        self.reload()

    def link_by_choice(self) -> None:
        """Link two items chosen from lists: from the selected node (or one picked), to another."""
        nodes = list(self.scene.nodes.values())
        if len(nodes) < 2:
            self.ctx.asker.inform(self, self.tr("Link evidence"), self.tr("A link needs two evidence items."))
            return
        names = _choice_names(nodes)
        selected = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        source = selected[0] if selected else None
        if source is None:
            picked = self.ctx.asker.choose(self, self.tr("Link evidence"), self.tr("Link from:"), list(names.values()))
            source = next((n for n, name in names.items() if name == picked), None)
            if source is None:
                return
        others = [name for node, name in names.items() if node is not source]
        prompt = self.tr("Link “%1” to:").replace("%1", source.title)
        picked = self.ctx.asker.choose(self, self.tr("Link evidence"), prompt, others)
        target = next((n for n, name in names.items() if name == picked and n is not source), None)
        if target is not None:
            self.link(source.item_id, target.item_id)

    def unlink(self, link_ids: list[int]) -> None:
        try:
            ops_items.unlink(self.ctx, link_ids, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Remove link"), str(exc))
        self.reload()

    def remove_selected_links(self) -> None:
        ids = [i.link_id for i in self.scene.selectedItems() if isinstance(i, EdgeItem) and i.link_id]
        if not ids and self.scene.edges:  # nothing clicked (the keyboard): pick the link from a list
            names = {f"{e.source.title} → {e.target.title} (#{link_id})": link_id for link_id, e in self.scene.edges.items()}
            picked = self.ctx.asker.choose(self, self.tr("Remove link"), self.tr("Link to remove:"), list(names))
            ids = [names[picked]] if picked in names else []
        if ids:
            self.unlink(ids)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.help.setText(self.tr("Drag from one item to another to link them, or press Ctrl+L to pick both ends. "
                                  "Click a link and press Delete to remove it."))
        self.remove_button.setText(self.tr("Remove selected link"))
        self.link_button.setText(self.tr("&Link to…"))
        self.link_button.setToolTip(self.tr("Link two items from the keyboard (Ctrl+L)"))
        self.link_action.setText(self.tr("Link evidence…"))


def _choice_names(nodes: list[NodeItem]) -> dict[NodeItem, str]:
    """"Kind: title" for each node, told apart by number where two read the same."""
    names = {node: f"{node.kind_text}: {node.title}" for node in nodes}
    seen = list(names.values())
    return {node: name if seen.count(name) == 1 else f"{name} (#{node.item_id})" for node, name in names.items()}
