"""The dispute cases of the selected engagement: a table model (tested without a view) and its view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from consultdesk.domain.evidence import DisputeCase, format_number
from consultdesk.ui.evidence.labels import STATUS_NAMES, label

# The invalid index Qt passes for "top level"; one shared instance serves as the default parent.
NO_PARENT = QModelIndex()


class CaseTableModel(QAbstractTableModel):
    COL_TITLE, COL_DIFF, COL_STATUS = range(3)
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cases: list[DisputeCase] = []

    def set_cases(self, cases: list[DisputeCase]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def row_of(self, case_id: int | None) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Disputed figure"), self.tr("Difference"), self.tr("Status"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.cases[index.row()]
        col = index.column()
        if role == self.CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return case.title
            if col == self.COL_DIFF:
                diff = case.difference
                if diff is None:
                    return "–"
                pct = "" if diff.percent is None else f" ({diff.percent:+.1f}%)"
                return f"{'+' if diff.absolute > 0 else ''}{format_number(diff.absolute)}{pct}"
            return label(STATUS_NAMES, case.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return " · ".join(x for x in (case.report, case.metric, case.period) if x)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS and case.status == "resolved":
            return QBrush(QColor("#2e7d32"))
        return None
