"""A combo-box delegate for table columns holding one of a fixed set of stored values."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

EDIT_ROLE = Qt.ItemDataRole.EditRole


class ChoiceDelegate(QStyledItemDelegate):
    """choices() returns (stored value, shown label) pairs, evaluated when the editor opens (translated)."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self._choices():
            combo.addItem(label, value)
        # Commit as soon as the user picks: no extra Enter needed.
        combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
        return combo

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EDIT_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT_ROLE)
