"""The whole fishbone as a diagnosis sheet (category, cause, verification method, result, status, root
cause yes/no). Editing a cell runs the same ops as the diagram, so both views always agree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from consultdesk.context import AppContext
from consultdesk.domain.diagnosis import CauseStatus, FishboneTree, SheetRow, sheet_rows
from consultdesk.ops import diagnosis as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.refill import refill

# The invalid index Qt passes for "top level"; one shared instance serves as the default parent.
NO_PARENT = QModelIndex()

CATEGORY, CAUSE, METHOD, RESULT, STATUS, ROOT = range(6)
FIELD = {CAUSE: "text", METHOD: "verification_method", RESULT: "verification_result"}
Index = QModelIndex | QPersistentModelIndex


class DiagnosisSheetModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SheetRow] = []
        self.bones: list[tuple[int, str]] = []  # (id, title) for the category editor
        self.last_error = ""

    def headers(self) -> list[str]:
        return [
            self.tr("Category"),
            self.tr("Cause"),
            self.tr("Verification method"),
            self.tr("Result"),
            self.tr("Status"),
            self.tr("Root cause"),
        ]

    def status_label(self, status: CauseStatus) -> str:
        return {
            CauseStatus.UNVERIFIED: self.tr("Unverified"),
            CauseStatus.CONFIRMED: self.tr("Confirmed"),
            CauseStatus.RULED_OUT: self.tr("Ruled out"),
        }[status]

    def show_tree(self, tree: FishboneTree | None) -> None:
        rows = sheet_rows(tree) if tree is not None else []
        # stored bones always have an id
        bones: list[tuple[int, str]] = [(b.id, b.title) for b in tree.bones] if tree is not None else []  # type: ignore[misc]

        def assign() -> None:
            self.rows, self.bones = rows, bones

        # A cell edit re-reads the tree while its editor is still committing: repaint, do not reset.
        refill(self, self.rows, rows, assign, key=lambda row: row.cause.id)

    def row_of(self, cause_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.cause.id == cause_id), -1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        cause = row.cause
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CATEGORY:
                return row.bone.title
            if column == CAUSE:
                # the 5-Why depth shows as an indent in the sheet, as on the paper form
                if role == Qt.ItemDataRole.EditRole:
                    return cause.text
                return "\u3000" * row.depth + ("\u21b3 " if row.depth else "") + cause.text
            if column in FIELD:
                return getattr(cause, FIELD[column])
            if column == STATUS:
                return self.status_label(cause.status)
            if column == ROOT:
                return self.tr("Yes") if cause.is_root else self.tr("No")
        if role == Qt.ItemDataRole.CheckStateRole and column == ROOT:
            return Qt.CheckState.Checked if cause.is_root else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if cause.is_root:
                return QBrush(QColor("#b71c1c"))
            if cause.status == CauseStatus.RULED_OUT:
                return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.FontRole and cause.is_root:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return cause.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() in FIELD or index.column() == CATEGORY:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == ROOT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid():
            return False
        cause = self.rows[index.row()].cause
        if index.column() == CATEGORY and role == Qt.ItemDataRole.EditRole:
            return self._move_to_category(cause.id, value)  # type: ignore[arg-type]
        if index.column() in FIELD and role == Qt.ItemDataRole.EditRole:
            changes: dict[str, Any] = {FIELD[index.column()]: str(value)}
        elif index.column() == ROOT and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"is_root": Qt.CheckState(value) == Qt.CheckState.Checked}
        else:
            return False
        try:
            ops.update_cause(self.ctx, cause.id, changes, initiator=self)  # type: ignore[arg-type]
        except OpError as exc:
            self.last_error = str(exc)
            return False
        self.last_error = ""
        return True

    def _move_to_category(self, cause_id: int, value: Any) -> bool:
        """Another category in the sheet = the cause (with its sub-causes) moves onto that bone."""
        bone_id = next((b for b, title in self.bones if value in (b, title)), None)
        if bone_id is None:
            self.last_error = self.tr("There is no such category.")
            return False
        current = next(r for r in self.rows if r.cause.id == cause_id)
        if current.bone.id == bone_id:
            return True
        try:
            ops.move_cause(self.ctx, cause_id, bone_id, None, initiator=self)
        except OpError as exc:
            self.last_error = str(exc)
            return False
        return True


class CategoryDelegate(QStyledItemDelegate):
    """Edits the category column with a list of the diagram's bones."""

    def createEditor(self, parent: QWidget, _option: Any, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for bone_id, title in index.model().bones:  # type: ignore[attr-defined]
            combo.addItem(title, bone_id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findText(index.data())))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
