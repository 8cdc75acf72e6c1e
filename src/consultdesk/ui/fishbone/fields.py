"""Bind form widgets to one record of the diagnosis area: edits persist at once through a commit callback.

Each focus of a field is one edit session, so typing merges into one undo step per edit. Text boxes
commit after a short pause and on leaving the field; line edits on Enter/leaving; combo boxes and check
boxes when the user picks. A refused value (the callback returns a reason) shows the reason inline.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

Commit = Callable[[str, Any, object], str | None]  # (field, value, session) -> refusal reason or None
PAUSE_MS = 400
_sessions = itertools.count(1)


class Fields(QObject):
    def __init__(self, commit: Commit, error_label: QLabel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._error = error_label
        self._widgets: dict[QWidget, str] = {}
        self._session: dict[QWidget, object] = {}
        self._loading = False
        self._pending: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        if error_label is not None:
            error_label.setStyleSheet("color: #b71c1c;")
            error_label.hide()

    def bind(self, field: str, widget: QWidget) -> None:
        self._widgets[widget] = field
        widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda w=widget: self._commit_widget(w))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda w=widget: self._typed(w))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, w=widget: self._commit_widget(w))
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(lambda _c, w=widget: self._commit_widget(w))
        else:
            raise TypeError(type(widget).__name__)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched in self._widgets:
            if event.type() == QEvent.FocusIn:
                self._session[watched] = next(_sessions)  # type: ignore[index]
            elif event.type() == QEvent.FocusOut and watched is self._pending:
                self.flush()
        return False

    @staticmethod
    def value_of(widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.isChecked()  # type: ignore[attr-defined]

    def load(self, values: Mapping[str, Any]) -> None:
        """Show stored values; a field whose text already matches is left alone (keeps the cursor)."""
        self._loading = True
        try:
            for widget, field in self._widgets.items():
                value = values.get(field, "")
                if self.value_of(widget) == value:
                    continue
                if isinstance(widget, QLineEdit):
                    widget.setText("" if value is None else str(value))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText("" if value is None else str(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
        finally:
            self._loading = False
        self._show_error(None)

    def _typed(self, widget: QWidget) -> None:
        if self._loading:
            return
        if self._pending is not None and self._pending is not widget:
            self.flush()
        self._pending = widget
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        widget, self._pending = self._pending, None
        if widget is not None:
            self._commit_widget(widget)

    def _commit_widget(self, widget: QWidget) -> None:
        if self._loading:
            return
        session = self._session.setdefault(widget, next(_sessions))
        self._show_error(self._commit(self._widgets[widget], self.value_of(widget), session))

    def _show_error(self, reason: str | None) -> None:
        if self._error is not None:
            self._error.setText(reason or "")
            self._error.setVisible(bool(reason))
