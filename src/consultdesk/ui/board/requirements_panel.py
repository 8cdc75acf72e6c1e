"""The Requirements list of the selected engagement: sortable, filterable, inline status change.

Double-click (or Enter) opens the requirement editor. The table mirrors the store through
RequirementsTableModel; the only write here is the status combo, which goes through ops.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.requirement_filter import RequirementFilter
from consultdesk.domain.requirements import Quadrant, RequirementStatus, RequirementType
from consultdesk.ui.board.labels import quadrant_name, status_name, type_name
from consultdesk.ui.board.requirements_model import (
    COL_CODE,
    COL_COST,
    COL_QUADRANT,
    COL_STATUS,
    COL_TAG,
    COL_TITLE,
    COL_TYPE,
    COL_URGENCY,
    COL_VALUE,
    REQUIREMENT_ID_ROLE,
    RequirementsTableModel,
)

# Columns hidden while the panel is narrower than this many pixels (least useful first).
NARROW_HIDDEN = {COL_COST: 760, COL_QUADRANT: 680, COL_TYPE: 560, COL_TAG: 540, COL_URGENCY: 460, COL_VALUE: 460}


class StatusDelegate(QStyledItemDelegate):
    """A combo of the six statuses; picking one commits at once (no extra Enter)."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        for status in RequirementStatus:
            combo.addItem(status_name(status), status.value)

        def commit(_index: int) -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo)

        combo.activated.connect(commit)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _FilterProxy(QSortFilterProxyModel):
    """Keeps the rows RequirementFilter keeps (the board's own rule and haystack); sorting is handed to
    the source model (one key per row in Python)."""

    requirement_filter = RequirementFilter()

    def set_text(self, text: str) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.10+; invalidateFilter is deprecated there
        if begin is not None:
            begin()
            self.requirement_filter = RequirementFilter(text=text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.requirement_filter = RequirementFilter(text=text)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.requirement_filter.active:
            return True
        model = cast(RequirementsTableModel, self.sourceModel())  # the panel only ever sets this source
        return self.requirement_filter.matches(model.requirement(source_row), model.haystack(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.sourceModel().sort(column, order)


class RequirementsPanel(QWidget):
    requirement_activated = Signal(int)  # a requirement id the user opened (double-click / Enter)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementsPanel")
        self.ctx = ctx
        self.model = RequirementsTableModel(ctx, self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("requirementsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("requirementsCount")

        self.table = QTableView(self)
        self.table.setObjectName("requirementsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.status_delegate = StatusDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_STATUS, self.status_delegate)
        header = self.table.horizontalHeader()
        # Widths from the font, not ResizeToContents: that measures every row on each change (seconds
        # for 5,000 requirements). Only the title stretches.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        find = QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_filter)
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        ctx.selection.engagement_changed.connect(self.model.set_engagement)
        self.retranslate()
        self.model.set_engagement(ctx.selection.engagement_id)

    # --- behaviour ---------------------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n requirement(s)", "", total) if shown == total else self.tr("%1 of %2").replace(
                "%1", str(shown)).replace("%2", str(total))
        )

    def requirement_id_at(self, proxy_row: int) -> int:
        return int(self.proxy.index(proxy_row, 0).data(REQUIREMENT_ID_ROLE))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.requirement_id_at(r) for r in rows]

    def select_requirement(self, requirement_id: int) -> None:
        row = self.model.row_of(requirement_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == COL_STATUS:
            return  # a double-click on the status cell edits the status, not the whole requirement
        self.open_editor(self.requirement_id_at(index.row()))

    def open_editor(self, requirement_id: int) -> Any:
        from consultdesk.ui.board.editor import open_requirement_editor

        self.requirement_activated.emit(requirement_id)
        return open_requirement_editor(self.ctx, requirement_id, self)

    def _show_menu(self, pos: Any) -> None:
        from consultdesk.ui.board.requirements_menu import show_menu

        show_menu(self, pos)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and (
            self.table.state() != QAbstractItemView.State.EditingState
        ):
            key_event = cast(QKeyEvent, event)  # a KeyPress event is always a QKeyEvent
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
                self.open_editor(self.requirement_id_at(self.table.currentIndex().row()))
                return True
            if key_event.matches(QKeySequence.StandardKey.Delete):
                from consultdesk.ui.board.requirements_menu import delete_selected

                delete_selected(self)
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # Beside the board the panel is narrow: the title matters more than the secondary columns.
        width = event.size().width()
        for column, min_width in NARROW_HIDDEN.items():
            self.table.setColumnHidden(column, width < min_width)
        super().resizeEvent(event)

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter requirements (code, title, text, tag)…  Ctrl+F"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._fit_columns()
        self._update_count()

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 18
        samples = {
            COL_CODE: ["REQ-0000"],
            COL_TYPE: [type_name(t) for t in RequirementType],
            COL_VALUE: ["5"], COL_URGENCY: ["5"], COL_COST: ["5"],
            COL_QUADRANT: [quadrant_name(q) for q in Quadrant],
            COL_STATUS: [status_name(s) for s in RequirementStatus],
            COL_TAG: ["performance"],
        }
        header_metrics = self.table.horizontalHeader().fontMetrics()
        for column, texts in samples.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in texts] + [header_metrics.horizontalAdvance(label) + 12])
            mark = self.table.iconSize().width() + 6 if column == COL_CODE else 0  # "changed since sign-off"
            self.table.setColumnWidth(column, width + pad + max(mark, 0))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
