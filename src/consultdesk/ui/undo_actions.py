"""Edit ▸ Undo / Redo for the QUndoGroup, named after the command ("Undo Rename client").

Qt's own QUndoGroup actions keep the prefix of the language they were created in; these relabel
themselves when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup


class UndoRedoActions(QObject):
    def __init__(self, group: QUndoGroup, parent: QObject) -> None:
        super().__init__(parent)
        self.group = group
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.triggered.connect(group.undo)
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(group.redo)
        for signal in (group.undoTextChanged, group.redoTextChanged, group.canUndoChanged,
                       group.canRedoChanged, group.activeStackChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        undo_text, redo_text = self.group.undoText(), self.group.redoText()
        self.undo_action.setText(self.tr("Undo %1").replace("%1", undo_text) if undo_text else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo %1").replace("%1", redo_text) if redo_text else self.tr("Redo"))
        self.undo_action.setEnabled(self.group.canUndo())
        self.redo_action.setEnabled(self.group.canRedo())
