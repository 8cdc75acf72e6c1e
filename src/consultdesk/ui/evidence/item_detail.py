"""One evidence item: its fields, its attached files (name, size, SHA-256, capture time, integrity) and
its excerpt in a monospace font. Files dropped here are attached to this item.

The fields are bound with the shared FieldBinder (description and excerpt are stored after a short pause in
typing and on leaving them; one undo step per focus of a field; refusals show in the error line)."""

from __future__ import annotations

import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.evidence import EvidenceItem
from consultdesk.domain.sizes import human_size
from consultdesk.ops import evidence_attach as ops_attach
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.evidence.drops import local_paths
from consultdesk.ui.evidence.labels import INTEGRITY_NAMES, KIND_NAMES, fill_combo, label
from consultdesk.ui.forms.ui_evidence_item import Ui_EvidenceItemForm

_LINE_FIELDS = {
    "itemTitle": "title", "itemSource": "source", "itemCapturedAt": "captured_at",
    "itemRefDocument": "ref_document", "itemRefSection": "ref_section", "itemRefUrl": "ref_url",
}
_TEXT_FIELDS = {"itemDescription": "description", "itemExcerpt": "excerpt"}
_ALL_FIELDS = {**_LINE_FIELDS, **_TEXT_FIELDS, "itemKind": "kind"}
BAD = QColor("#c62828")


class ItemDetail(QWidget):
    files_dropped = Signal(int, list)  # item id, local paths
    attach_requested = Signal(int)  # item id: choose files with a dialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: EvidenceItem | None = None
        self.integrity: dict[int, str] = {}
        self.fields = QWidget(self)
        self.form = Ui_EvidenceItemForm()
        self.form.setupUi(self.fields)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        fill_combo(self.form.itemKind, KIND_NAMES)
        self.form.itemCapturedAt.configure(with_time=True)  # stored "YYYY-MM-DD HH:MM", local time
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.form.itemExcerpt.setFont(mono)
        self.form.itemExcerpt.setLineWrapMode(self.form.itemExcerpt.LineWrapMode.NoWrap)
        self.attachments = QTableWidget(0, 5, self)
        self.attachments.setObjectName("attachmentsTable")
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments.verticalHeader().hide()
        self.attachments.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachments.setWordWrap(False)
        self.attachments.doubleClicked.connect(lambda _i: self.open_selected())
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachFilesButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAttachmentButton")
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.attachments, 1)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(lambda: self.item and self.attach_requested.emit(self.item.id))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        self.error_label = QLabel(self.fields)
        self.error_label.setObjectName("itemError")
        self.error_label.setWordWrap(True)
        self.form.formLayout.addRow(self.error_label)
        self.closed = False
        self.binder = FieldBinder(self._commit, self, error_label=self.error_label)
        for name, column in _ALL_FIELDS.items():
            self.binder.bind(column, getattr(self.form, name))
        self.setAcceptDrops(True)
        self.retranslate()
        self.load(None)

    def flush(self) -> None:
        """Store text typed but not yet committed (before another item is shown or the window closes)."""
        self.binder.flush()

    def shutdown(self) -> None:
        """The window closes: store what is typed, then commit nothing more (the workspace closes next)."""
        self.binder.flush()
        self.closed = True

    def load(self, item: EvidenceItem | None, integrity: dict[int, str] | None = None) -> None:
        if self.item is not None and (item is None or item.id != self.item.id):
            self.binder.flush()  # the old item's last keystrokes belong to the old item
        self.item = item
        if integrity is not None:
            self.integrity = integrity
        self.setEnabled(item is not None)
        shown = item or EvidenceItem(None, 0, "other", "")
        self.binder.load({column: getattr(shown, column) for column in _ALL_FIELDS.values()})
        self._fill_attachments(shown)

    def _fill_attachments(self, item: EvidenceItem) -> None:
        table = self.attachments
        table.setRowCount(len(item.attachments))
        for row, att in enumerate(item.attachments):
            status = self.integrity.get(att.id, "unchecked") if att.id is not None else "unchecked"
            cells = [att.name, human_size(att.size), att.sha256, att.captured_at, label(INTEGRITY_NAMES, status)]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, att.id)
                cell.setToolTip(text)
                if col == 2:
                    cell.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                if status in ("changed", "missing"):
                    cell.setForeground(QBrush(BAD))
                    if col == 4:
                        font = QFont(cell.font())
                        font.setBold(True)
                        cell.setFont(font)
                table.setItem(row, col, cell)
        table.resizeColumnToContents(0)

    def selected_attachment(self) -> Any:
        if self.item is None:
            return None
        row = self.attachments.currentRow()
        return self.item.attachments[row] if 0 <= row < len(self.item.attachments) else None

    def open_selected(self) -> bool:
        """Open a read-only copy named like the original, so the system picks the right viewer."""
        att = self.selected_attachment()
        if att is None:
            return False
        source = self.ctx.repos.evidence.files.path_for(att.sha256)
        if not source.is_file():
            self.ctx.asker.warn(self, self.tr("Open attachment"), self.tr("The stored file is missing."))
            return False
        folder = Path(tempfile.gettempdir()) / "consultdesk-evidence" / att.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(att.name).name
        if not target.exists():
            shutil.copyfile(source, target)
            target.chmod(stat.S_IRUSR | stat.S_IRGRP)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _remove_selected(self) -> None:
        att = self.selected_attachment()
        if att is None:
            return
        question = self.tr("Remove “%1” from this item? The stored copy stays in the workspace.").replace("%1", att.name)
        if self.ctx.asker.confirm(self, self.tr("Remove attachment"), question):
            ops_attach.detach(self.ctx, att.id, initiator=self)

    def _commit(self, column: str, value: Any, session: object) -> str | None:
        """FieldBinder's commit: store one field; a refusal is returned and shown in the error line."""
        if self.closed or self.item is None:
            return None
        assert self.item.id is not None  # a shown item comes from the store
        try:
            ops_items.update_item(self.ctx, self.item.id, {column: value}, initiator=self, merge_session=session)
        except OpError as exc:
            return str(exc)
        return None

    # -- drops -------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.item is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        paths = local_paths(event.mimeData())
        if self.item is not None and paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.item.id, paths)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self.fields)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            fill_combo(self.form.itemKind, KIND_NAMES)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.attachments.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("SHA-256"), self.tr("Captured at"), self.tr("Integrity")]
        )
        self.attach_button.setText(self.tr("&Attach files…"))
        self.open_button.setText(self.tr("&Open"))
        self.remove_button.setText(self.tr("Remove attachment"))
        if self.item is not None:
            self._fill_attachments(self.item)
