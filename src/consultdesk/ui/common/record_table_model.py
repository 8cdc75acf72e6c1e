"""Base of the small table models that show a list of records with translated column headers."""

from __future__ import annotations

from typing import Any, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from consultdesk.ui.common.refill import refill

# The invalid index Qt passes for "top level"; one shared instance serves as the default parent.
NO_PARENT = QModelIndex()

Record = TypeVar("Record")


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Subclasses set HEADERS (marked with QT_TRANSLATE_NOOP in their own class name's context)
    and implement data(); the records live in self.records."""

    HEADERS: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        fresh = list(records)
        refill(self, self.records, fresh, lambda: setattr(self, "records", fresh))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def retranslate_headers(self) -> None:
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
