"""Edit ▸ Undo / Redo for the workspace history, named after the step and its tab
("Undo Rename client (Clients)").

These are our own actions rather than QUndoStack.createUndoAction(): Qt's call the C++ undo(), which
would move the stack even when the step fails, and keep the prefix of the language they were made in.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from consultdesk.ops.undo_history import UndoHistory

UNDO_KEYS = (QKeySequence(QKeySequence.StandardKey.Undo),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class UndoRedoActions(QObject):
    def __init__(self, history: UndoHistory, parent: QObject, area_title: Callable[[str], str]) -> None:
        """area_title: the translated name of the tab a step was made in ("" when unknown)."""
        super().__init__(parent)
        self.history = history
        self.area_title = area_title
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(list(UNDO_KEYS))
        self.undo_action.triggered.connect(history.undo)
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(list(REDO_KEYS))
        self.redo_action.triggered.connect(history.redo)
        for signal in (history.indexChanged, history.undoTextChanged, history.redoTextChanged,
                       history.canUndoChanged, history.canRedoChanged):
            signal.connect(self.refresh)
        self.refresh()

    def _label(self, command: object, bare: str, named: str, with_tab: str) -> str:
        if command is None:
            return bare
        text = command.text()  # type: ignore[attr-defined]
        tab = self.area_title(UndoHistory.area_of(command))  # type: ignore[arg-type]
        label = with_tab.replace("%2", tab) if tab else named
        return label.replace("%1", text)

    def refresh(self, *_args: object) -> None:
        if not shiboken6.isValid(self.history) or not shiboken6.isValid(self.undo_action):
            # QUndoStack's destructor clears the stack and emits our signals once more, when the Python
            # side of it is already gone (the context is collected before the window at exit).
            return
        self.undo_action.setText(self._label(
            self.history.undo_command(), self.tr("Undo"), self.tr("Undo %1"), self.tr("Undo %1 (%2)")))
        self.redo_action.setText(self._label(
            self.history.redo_command(), self.tr("Redo"), self.tr("Redo %1"), self.tr("Redo %1 (%2)")))
        self.undo_action.setEnabled(self.history.canUndo())
        self.redo_action.setEnabled(self.history.canRedo())
