"""Evidence items of a case: the list (drop files on an item to attach, elsewhere for a new item),
the item detail, and the integrity flags that Verify integrity sets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.evidence import KINDS, Attachment, EvidenceItem
from consultdesk.ops import evidence_attach as ops_attach
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ops.errors import OpError
from consultdesk.ui.evidence.attach_job import AttachJob
from consultdesk.ui.evidence.drops import local_paths
from consultdesk.ui.evidence.item_detail import ItemDetail
from consultdesk.ui.evidence.labels import KIND_NAMES, label
from consultdesk.ui.evidence.verify_job import VerifyJob


class ItemList(QListWidget):
    """Accepts file drops: on an item → attach there; on empty space → a new item."""

    files_dropped = Signal(object, list)  # item id or None, local paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        paths = local_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        hit = self.itemAt(event.position().toPoint())
        self.files_dropped.emit(hit.data(Qt.ItemDataRole.UserRole) if hit else None, paths)


class ItemsPanel(QWidget):
    BAD = QColor("#c62828")

    integrity_checked = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.items: list[EvidenceItem] = []
        self.integrity: dict[int, str] = {}  # attachment id → ok / changed / missing
        self.jobs: list[AttachJob] = []
        self.list = ItemList(self)
        self.list.setObjectName("evidenceItems")
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.list.addAction(self.delete_action)
        self.delete_button = QToolButton(self)
        self.delete_button.setDefaultAction(self.delete_action)
        self.banner = QLabel(self)
        self.banner.setObjectName("integrityBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#c62828;color:white;font-weight:bold;padding:6px;border-radius:3px;")
        self.banner.hide()
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        self.detail = ItemDetail(ctx, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.files_dropped.connect(self.handle_drop)
        self.detail.files_dropped.connect(lambda item_id, paths: self.attach_to(item_id, paths))
        self.detail.attach_requested.connect(self.choose_files)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.integrity = {}
        self.case_id = case_id
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        current = keep if keep is not None else self.current_item_id()
        self.items = self.ctx.repos.evidence.items(self.case_id) if self.case_id is not None else []
        self._quick_check()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            entry = QListWidgetItem(self._item_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if self.flagged(item):
                entry.setForeground(QBrush(self.BAD))
            self.list.addItem(entry)
            if item.id == current:
                self.list.setCurrentItem(entry)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.setEnabled(self.case_id is not None)
        self._show_current()
        self._update_banner()

    def _item_text(self, item: EvidenceItem) -> str:
        flag = "⚠ " if self.flagged(item) else ""
        files = "  · " + self.tr("%n file(s)", "", len(item.attachments)) if item.attachments else ""
        return f"{flag}[{label(KIND_NAMES, item.kind)}] {item.title}{files}"

    def _quick_check(self) -> None:
        """Cheap on every load: a vanished file or a changed size is flagged without re-hashing."""
        files = self.ctx.repos.evidence.files
        for item in self.items:
            for att in item.attachments:
                if att.id is None or self._verdict(att) in ("changed", "missing"):
                    continue
                path = files.path_for(att.sha256)
                if not path.is_file():
                    self.integrity[att.id] = "missing"
                elif path.stat().st_size != att.size:
                    self.integrity[att.id] = "changed"

    def _verdict(self, att: Attachment) -> str:
        """ok / changed / missing, or "" while the file was not checked."""
        return self.integrity.get(att.id, "") if att.id is not None else ""

    def flagged(self, item: EvidenceItem) -> bool:
        return any(self._verdict(att) in ("changed", "missing") for att in item.attachments)

    def current_item_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def select_item(self, item_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        item_id = self.current_item_id()
        self.detail.load(next((i for i in self.items if i.id == item_id), None), self.integrity)

    # -- integrity ---------------------------------------------------------------------------------
    def verify_integrity(self, on_done: Any = None) -> VerifyJob | None:
        """Re-hash every file of the case (off the GUI thread when large); changed or vanished files are
        flagged in red. on_done(result) runs when finished, not when cancelled."""
        if self.case_id is None:
            return None

        def finished(result: dict[int, str]) -> None:
            self.integrity = result
            self.reload()
            self.integrity_checked.emit(dict(result))
            if on_done is not None:
                on_done(result)

        job = VerifyJob(self.ctx, self, self.case_id, finished)
        job.start()
        return job

    def _update_banner(self) -> None:
        bad = [(item, att) for item in self.items for att in item.attachments
               if self._verdict(att) in ("changed", "missing")]
        if not bad:
            self.banner.hide()
            return
        names = ", ".join(f"{att.name} ({item.title})" for item, att in bad[:4])
        more = "" if len(bad) <= 4 else " …"
        self.banner.setText(self.tr("%n evidence file(s) changed or missing since attached: ", "", len(bad)) + names + more)
        self.banner.show()

    # -- adding and attaching ------------------------------------------------------------------------
    def add_item(self, kind: str) -> int | None:
        if self.case_id is None:
            return None
        title = self.ctx.asker.get_text(self, self.tr("New evidence"), self.tr("Title:"), label(KIND_NAMES, kind))
        if not title:
            return None
        try:
            item_id = ops_items.add_item(self.ctx, self.case_id, kind, title, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("New evidence"), str(exc))
            return None
        self.reload(keep=item_id)
        return item_id

    def delete_current(self) -> None:
        item_id = self.current_item_id()
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            return
        question = self.tr("Delete the evidence item “%1” and its links? (Undo restores it.)").replace("%1", item.title)
        if self.ctx.asker.confirm(self, self.tr("Delete evidence"), question):
            assert item.id is not None  # a listed item comes from the store
            ops_items.delete_item(self.ctx, item.id, initiator=self)

    def choose_files(self, item_id: int) -> None:
        paths = self.ctx.asker.open_files(self, self.tr("Attach files"), self.tr("All files (*)"))
        if paths:
            self.attach_to(item_id, paths)

    def handle_drop(self, item_id: int | None, paths: list[str]) -> AttachJob | None:
        return self.attach_to(item_id, paths) if item_id is not None else self.new_item_from(paths)

    def attach_to(self, item_id: int, paths: list[str]) -> AttachJob:
        def record(stored: list[ops_attach.StoredFile]) -> None:
            # Re-attaching an original replaces a damaged stored copy: forget the old verdict for it.
            shas = {file.sha256 for file in stored}
            stale = [a.id for item in self.items for a in item.attachments if a.sha256 in shas]
            for attachment_id in stale:
                if attachment_id is not None:
                    self.integrity.pop(attachment_id, None)
            try:
                ops_attach.attach_stored(self.ctx, item_id, stored, initiator=self)
            except OpError as exc:
                self.ctx.asker.warn(self, self.tr("Attach files"), str(exc))
            self.reload(keep=item_id)

        return self._start(paths, record)

    def new_item_from(self, paths: list[str]) -> AttachJob | None:
        """Dropped on no item: ask which kind of evidence the files are, then make one item for them."""
        if self.case_id is None:
            return None
        names = [label(KIND_NAMES, k) for k in KINDS]
        choice = self.ctx.asker.choose(self, self.tr("New evidence from files"), self.tr("Kind of evidence:"), names)
        if choice is None:
            return None
        kind = KINDS[names.index(choice)] if choice in names else "other"
        case_id = self.case_id

        def record(stored: list[ops_attach.StoredFile]) -> None:
            try:
                item_id = ops_attach.add_item_with_files(self.ctx, case_id, kind, stored, initiator=self)
            except OpError as exc:
                self.ctx.asker.warn(self, self.tr("New evidence"), str(exc))
                return
            self.reload(keep=item_id)

        return self._start(paths, record)

    def _start(self, paths: list[str], record: Any) -> AttachJob:
        job = AttachJob(self.ctx, self, paths, record)
        self.jobs.append(job)
        job.finished.connect(lambda _ok, j=job: self.jobs.remove(j) if j in self.jobs else None)
        job.start()
        return job

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add evidence"))
        self.add_button.setToolTip(self.tr("Add an evidence item (Insert)"))
        self.add_menu.clear()
        for kind in KINDS:
            action = self.add_menu.addAction(label(KIND_NAMES, kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_item(k))
        self.delete_action.setText(self.tr("Delete"))
        self.hint.setText(self.tr("Drop files on an item to attach them, or on empty space for a new item."))
        if self.items:
            self.reload()
