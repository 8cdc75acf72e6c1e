"""A table model over a list of records (dataclasses or dicts) with declared columns: translated
headers, choice columns shown by label, in-place edits handed to a commit callback (an op)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from consultdesk.ui.common.refill import refill
from consultdesk.ui.followup.labels import label

OVERDUE = QColor("#c62828")
# The invalid index that stands for the root, built once: it never changes, so sharing it is safe.
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text in context "FollowUpColumns" (marked with QT_TRANSLATE_NOOP)
    editable: bool = False
    names: dict[str, str] | None = None  # stored value -> label source text (a choice column)


def value_of(record: Any, key: str) -> Any:
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


class RowsModel(QAbstractTableModel):
    # commit(record, column key, value) -> refusal text or None
    def __init__(self, columns: Sequence[Column], commit: Callable[[Any, str, Any], str | None] | None = None,
                 parent: Any = None, warn: Callable[[str], None] | None = None,
                 flagged: Callable[[Any], bool] | None = None, editable: Callable[[Any, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self._commit = commit
        self._warn = warn
        self._flagged = flagged
        self._editable = editable
        self.error = ""

    def set_records(self, records: Sequence[Any]) -> None:
        fresh = list(records)
        refill(self, self.records, fresh, lambda: setattr(self, "records", fresh))

    def record(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FollowUpColumns", self.columns[section].header)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.records[index.row()]
        column = self.columns[index.column()]
        value = value_of(record, column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.names is not None:
                return label(column.names, value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and self._flagged is not None and self._flagged(record):
            return QBrush(OVERDUE)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        column = self.columns[index.column()]
        allowed = column.editable and self._commit is not None
        if allowed and self._editable is not None:
            allowed = self._editable(self.records[index.row()], column.key)
        return base | Qt.ItemFlag.ItemIsEditable if allowed else base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self._commit is None:
            return False
        record = self.records[index.row()]
        key = self.columns[index.column()].key
        if value == value_of(record, key):
            return False
        reason = self._commit(record, key, value)
        self.error = reason or ""
        if reason and self._warn is not None:
            self._warn(reason)
        return reason is None
