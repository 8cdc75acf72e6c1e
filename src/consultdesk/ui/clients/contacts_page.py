"""Contacts of the selected client: an editable table (edits go through ops) and a quick-add field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.clients import Contact
from consultdesk.ops import clients as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.clients.labels import kind_choices, kind_label
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.choice_delegate import ChoiceDelegate
from consultdesk.ui.common.fit_columns import keep_columns_fitted
from consultdesk.ui.common.record_table_model import RecordTableModel
from consultdesk.ui.common.refusal import say_refusal


class ContactTableModel(RecordTableModel[Contact]):
    NAME, ROLE, KIND, PHONE, EMAIL, MESSAGING = range(6)
    FIELDS = ("name", "role", "kind", "phone", "email", "messaging")
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ContactTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("ContactTableModel", "Role")),
        str(QT_TRANSLATE_NOOP("ContactTableModel", "Counterpart kind")),
        str(QT_TRANSLATE_NOOP("ContactTableModel", "Phone")),
        str(QT_TRANSLATE_NOOP("ContactTableModel", "E-mail")),
        str(QT_TRANSLATE_NOOP("ContactTableModel", "Messaging")),
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self.records[index.row()]
        value = getattr(contact, self.FIELDS[index.column()])
        if index.column() == self.KIND:
            value = value.value
            if role == Qt.ItemDataRole.DisplayRole:
                return kind_label(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return value
        return None

    def setData(  # noqa: N802 - Qt override
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        contact = self.records[index.row()]
        field = self.FIELDS[index.column()]
        try:
            assert contact.id is not None, "the table lists stored contacts only"
            ops.update_contact(self.ctx, contact.id, {field: value}, initiator=self)
        except OpError as exc:
            say_refusal(self.ctx, exc)
            return False
        return True

class ContactsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.model = ContactTableModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ContactTableModel.KIND, ChoiceDelegate(kind_choices, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        keep_columns_fitted(self.table)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newContactName")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_name)
        self.new_name.returnPressed.connect(self._add)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.follower = follow_bus(ctx, self, ("contacts", "clients"), self._on_changed)
        self.retranslate()
        self.show_client(None)

    def retranslate(self) -> None:
        self.new_name.setPlaceholderText(self.tr("Add a contact: type a name and press Enter"))
        self.model.retranslate_headers()

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.new_name.setEnabled(client_id is not None)
        self.model.set_records(self.ctx.repos.clients.contacts(client_id) if client_id is not None else [])
        self.table.resizeColumnsToContents()

    def _add(self) -> None:
        name = self.new_name.text()
        if self.client_id is None or not name.strip():
            return
        try:
            ops.create_contact(self.ctx, self.client_id, name.strip(), initiator=self)
        except OpError as exc:
            say_refusal(self.ctx, exc)
            return
        self.new_name.clear()

    def _delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            contact_id = self.model.records[row].id
            assert contact_id is not None, "the table lists stored contacts only"
            ops.delete_contact(self.ctx, contact_id, initiator=self)

    def _on_changed(self, _changes: Changes) -> None:
        if self.client_id is not None:
            self.model.set_records(self.ctx.repos.clients.contacts(self.client_id))
