"""Action items as a table model: per case (editable) or across the engagement (with the case column).
Overdue open items are flagged in red; edits go through ops."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from consultdesk.domain.evidence import ACTION_SIDES, ACTION_STATUSES, ActionItem
from consultdesk.ops import evidence_consensus as ops_cons
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.refill import record_key, refill
from consultdesk.ui.evidence.labels import ACTION_STATUS_NAMES, SIDE_NAMES, label

# The invalid index Qt passes for "top level"; one shared instance serves as the default parent.
NO_PARENT = QModelIndex()

COLUMNS = ("case", "side", "who", "what", "due_on", "status")
_CHOICES = {"side": (ACTION_SIDES, SIDE_NAMES), "status": (ACTION_STATUSES, ACTION_STATUS_NAMES)}


class ActionsModel(QAbstractTableModel):
    def __init__(self, ctx: Any, with_case: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.with_case = with_case
        self.rows: list[tuple[str, ActionItem]] = []
        self.today = date.today()
        self.error: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        return COLUMNS if self.with_case else COLUMNS[1:]

    def set_rows(self, rows: list[tuple[str, ActionItem]]) -> None:
        fresh = list(rows)

        def assign() -> None:
            self.rows, self.today = fresh, date.today()

        refill(self, self.rows, fresh, assign, key=lambda row: (row[0], record_key(row[1])))

    def overdue_count(self) -> int:
        return sum(1 for _, a in self.rows if a.is_overdue(self.today))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {"case": self.tr("Case"), "side": self.tr("Side"), "who": self.tr("Who"), "what": self.tr("What"),
                 "due_on": self.tr("By when"), "status": self.tr("Status")}
        return names[self.columns[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case_title, action = self.rows[index.row()]
        column = self.columns[index.column()]
        overdue = action.is_overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "case":
                return case_title
            value = getattr(action, column)
            if role == Qt.ItemDataRole.EditRole:
                return value
            if column == "side":
                return label(SIDE_NAMES, value)
            if column == "status":
                return label(ACTION_STATUS_NAMES, value)
            if column == "due_on" and overdue:
                overdue_text = self.tr("overdue")
                return f"{value}  ⚠ {overdue_text}"
            return value
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.columns[index.column()] != "case":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole:
            return False
        action = self.rows[index.row()][1]
        column = self.columns[index.column()]
        assert action.id is not None  # rows come from the store, so they carry their id
        try:
            ops_cons.update_action(self.ctx, action.id, {column: value}, initiator=self)
        except OpError as exc:
            self.error = str(exc)
            self.ctx.asker.warn(None, self.tr("Action item"), str(exc))
            return False
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the side and status columns (stored keys, translated labels)."""

    def __init__(self, model: ActionsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def _choices(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        return _CHOICES.get(self.model.columns[index.column()])

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key in choices[0]:
            combo.addItem(label(choices[1], key), key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
