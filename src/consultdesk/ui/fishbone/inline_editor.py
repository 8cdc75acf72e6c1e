"""The in-place text editor shown over the diagram (new cause, rename). Enter commits, Escape cancels;
a refused text (e.g. empty) keeps the editor open with the reason shown next to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget


class InlineEditor(QFrame):
    committed = Signal(object, str)  # (purpose, text)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fishboneInlineEditor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.line = QLineEdit(self)
        self.line.setObjectName("fishboneInlineLine")
        self.error = QLabel(self)
        self.error.setObjectName("fishboneInlineError")
        self.error.setStyleSheet("color: #b71c1c; background: #fff3f3; padding: 1px 4px;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        self.purpose: Any = None
        self._closing = False
        self.line.installEventFilter(self)
        self.line.textEdited.connect(lambda _t: self._clear_error())
        self.hide()

    def open(self, purpose: Any, text: str, at: QPoint, width: float) -> None:
        self.purpose = purpose
        self._clear_error()
        self.line.setText(text)
        self.line.selectAll()
        self.setFixedWidth(int(width))
        parent = self.parentWidget()
        x = max(0, min(at.x(), parent.width() - self.width())) if parent else at.x()
        y = max(0, min(at.y(), parent.height() - 48)) if parent else at.y()
        self.move(x, y)
        self.adjustSize()
        self.show()
        self.raise_()
        self.line.setFocus()

    def commit(self) -> None:
        if self.isVisible():
            self.committed.emit(self.purpose, self.line.text())

    def refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.line.setStyleSheet("border: 2px solid #c62828;")
        self.adjustSize()
        self.line.setFocus()

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.clear()
        self.line.setStyleSheet("")

    def close_editor(self) -> None:
        self._closing = True
        self.hide()
        self.purpose = None
        self._closing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Qt delivers key presses as QKeyEvent instances, so the isinstance check only narrows the type.
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_editor()
                self.cancelled.emit()
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return True  # stay in the editor; Tab is for adding once committed
        return super().eventFilter(watched, event)
