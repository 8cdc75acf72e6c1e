"""The searchable, sortable client list (type to filter) beside the client form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.clients import Client
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.record_table_model import RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(RecordTableModel[Client]):
    NAME, INDUSTRY, SIZE = range(3)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ClientTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("ClientTableModel", "Industry")),
        str(QT_TRANSLATE_NOOP("ClientTableModel", "Size")),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = client.name
            if client.archived_at:
                name = QCoreApplication.translate("ClientTableModel", "{name} (archived)").format(name=client.name)
            return (name, client.industry, client.size)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and client.archived_at:
            return QBrush(QColor("#888888"))
        if role == ID_ROLE:
            return client.id
        return None

    def row_of(self, client_id: int) -> int:
        for row, client in enumerate(self.records):
            if client.id == client_id:
                return row
        return -1


class ClientListPanel(QWidget):
    """Emits client_chosen(id) when the user selects a client; new_client_requested for "New client"."""

    client_chosen = Signal(object)
    new_client_requested = Signal()
    delete_requested = Signal(int)
    archive_requested = Signal(int)  # archive, or restore when the client is archived

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.model = ClientTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView(self)
        self.table.setObjectName("clientList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents reads every row on each change (slow with hundreds of clients).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ClientTableModel.INDUSTRY, 90)
        header.resizeSection(ClientTableModel.SIZE, 90)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newClientButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteClientButton")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archiveClientButton")
        self.show_archived = QCheckBox(self)
        self.show_archived.setObjectName("showArchivedClients")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        archived_row = QHBoxLayout()  # its own row: the list stays narrow on a small screen
        archived_row.addWidget(self.show_archived)
        archived_row.addStretch(1)
        layout.addLayout(archived_row)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_client_requested)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.archive_button.clicked.connect(self._archive_clicked)
        self.show_archived.toggled.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_clicked)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.follower = follow_bus(ctx, self, ("clients",), lambda _changes: self.reload())
        self._quiet = False
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search clients (Ctrl+F)"))
        self.new_button.setText(self.tr("Ne&w client"))
        self.new_button.setToolTip(self.tr("Start a new client: type its name and press Enter (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete"))
        self.show_archived.setText(self.tr("Show archived"))
        self.show_archived.setToolTip(self.tr("List archived clients too (read-only, restorable)"))
        self._update_archive_button()
        self.model.retranslate_headers()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        self._quiet = True
        try:
            self.model.set_records(self.ctx.repos.clients.list_clients(self.show_archived.isChecked()))
        finally:
            self._quiet = False
        self.select(self.ctx.selection.client_id, notify=False)

    def select(self, client_id: int | None, notify: bool = True) -> None:
        row = self.model.row_of(client_id) if client_id is not None else -1
        self._quiet = not notify
        try:
            if row < 0:
                self.table.clearSelection()
                self.table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # hidden by the filter
                return
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_archive_button()
        if not self._quiet:
            self.client_chosen.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _delete_clicked(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.delete_requested.emit(client_id)

    def _current_archived(self) -> bool:
        client_id = self.current_client_id()
        client = self.ctx.repos.clients.get_client(client_id) if client_id is not None else None
        return bool(client and client.archived_at)

    def _update_archive_button(self) -> None:
        archived = self._current_archived()
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Bring the client back into the lists; it can be edited again") if archived else
            self.tr("Hide the client and make it read-only; its records stay and are still checked"))
        self.archive_button.setEnabled(self.current_client_id() is not None)

    def _archive_clicked(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.archive_requested.emit(client_id)
