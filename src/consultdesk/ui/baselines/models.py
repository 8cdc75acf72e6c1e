"""Table models of the sign-off page: baselines, their sign-off records, and the field diff."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase

from consultdesk.domain.baseline import SECTION_FIELD_PREFIX, Baseline
from consultdesk.domain.spec_status import FieldChange, SignOffRecord
from consultdesk.ui.baselines.labels import MEANINGS, SECTIONS, SIDES, STATUSES, local_time, tr
from consultdesk.ui.board.field_labels import FIELD_LABELS, field_label

UNCOVERED_BACKGROUND = QColor("#fde8e6")
UNCOVERED_TEXT = QColor("#b3261e")
# The invalid index that stands for the root, built once: it never changes, so sharing it is safe.
_ROOT = QModelIndex()


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()  # QT_TRANSLATE_NOOP("BaselineTables", ...) sources

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BaselineTables", self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.HEADERS) - 1))
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.HEADERS) - 1))


class BaselinesModel(_Table):
    VERSION, CREATED, SHA, SIGNOFFS, CONTAINS = range(5)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BaselineTables", "Version")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Created")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "SHA-256")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Signed by")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Contains")),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        baseline: Baseline = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.VERSION:
                return baseline.label
            if col == self.CREATED:
                return local_time(baseline.created_at)
            if col == self.SHA:
                return baseline.sha256[:12] + "…"  # the tooltip and "Copy SHA-256" give all 64
            if col == self.SIGNOFFS:
                return ", ".join(s.signer for s in baseline.signoffs)
            if col == self.CONTAINS:
                return ", ".join(c.code for c in baseline.change_requests) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SHA:
                return baseline.sha256
            if col == self.CONTAINS:
                return baseline.summary()
        if role == Qt.ItemDataRole.FontRole and col == self.SHA:
            # "monospace" is a fontconfig alias only Linux knows; the system fixed font exists everywhere.
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.UserRole:
            return baseline.id
        return None


class SignOffsModel(_Table):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BaselineTables", "Signer")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Side")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Meaning")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Signed")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Comment")),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record: SignOffRecord = self.items[index.row()]
        values = (record.signer, tr(SIDES, record.side), tr(MEANINGS, record.meaning), local_time(record.signed_at),
                  record.comment)
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and index.column() == 4):
            return values[index.column()]
        return None


def cover_text(label: str) -> str:
    """"CR-002 (approved)" with the status in the UI language."""
    code, _, rest = label.partition(" (")
    status = rest.rstrip(")")
    return f"{code} ({tr(STATUSES, status)})" if status else label


def field_name(change: FieldChange) -> str:
    if change.field.startswith(SECTION_FIELD_PREFIX):
        return tr(SECTIONS, change.field[len(SECTION_FIELD_PREFIX):])
    if change.field in FIELD_LABELS:
        return field_label(change.field)
    return change.field


class DiffModel(_Table):
    ITEM, FIELD, OLD, NEW, COVER = range(5)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BaselineTables", "Requirement / section")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Field")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Old (baseline)")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "New (now)")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Change request")),
    )

    def uncovered(self) -> int:
        return sum(1 for c in self.items if not c.change_request)

    def _item(self, change: FieldChange) -> str:
        if not change.code:
            return self.tr("Section: %1").replace("%1", field_name(change))
        return f"{change.code}  {change.title}"

    def _field(self, change: FieldChange) -> str:
        if change.field:
            return field_name(change)
        return self.tr("(added)") if not change.old else self.tr("(removed)")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        change: FieldChange = self.items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.ITEM:
                return self._item(change)
            if col == self.FIELD:
                return self._field(change)
            if col == self.OLD:
                return change.old
            if col == self.NEW:
                return change.new
            if col == self.COVER:
                if change.change_request:
                    return cover_text(change.change_request)
                return self.tr("Not covered") if role == Qt.ItemDataRole.DisplayRole else self.tr(
                    "Not covered by an approved change request: this change was made after sign-off without one.")
        if role == Qt.ItemDataRole.BackgroundRole and not change.change_request:
            return QBrush(UNCOVERED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COVER and not change.change_request:
            return QBrush(UNCOVERED_TEXT)
        if role == Qt.ItemDataRole.FontRole and col == self.COVER and not change.change_request:
            font = QFont()
            font.setBold(True)
            return font
        return None
