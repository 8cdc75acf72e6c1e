"""The title field that appears in an empty cell on double-click: type, Enter → a new requirement there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class InlineTitleEditor(QLineEdit):
    committed = Signal(int, int, str)  # value, urgency, title
    finished = Signal()  # closed, with or without a commit (the board takes the focus back)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("boardInlineTitle")
        self.cell: tuple[int, int] | None = None
        self.hide()
        self.retranslate()

    def start(self, cell: tuple[int, int], x: int, y: int, width: int) -> None:
        self.cell = cell
        self.clear()
        self.setGeometry(x, y, max(width, 220), self.sizeHint().height())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        # Clicking elsewhere keeps what was typed (nothing typed: nothing created).
        if self.isVisible() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(commit=True)

    def _finish(self, commit: bool) -> None:
        cell, title = self.cell, self.text().strip()
        self.cell = None
        self.hide()
        self.finished.emit()
        if commit and cell is not None and title:
            self.committed.emit(cell[0], cell[1], title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("New requirement title — Enter to add, Esc to cancel"))
