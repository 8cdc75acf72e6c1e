"""Binds form widgets to the fields of one stored record: every edit is persisted at once, through ops.

- QLineEdit commits on Enter / leaving the field (bound with commit_on_pause, also after a short pause
  in typing); QPlainTextEdit commits after a short pause in typing and on leaving the field;
  QComboBox commits its item data and QCheckBox its state when the user picks; a DateField commits a
  date picked, typed (Enter / leaving it) or cleared.
- Tab in a bound QPlainTextEdit moves to the next field instead of typing a tab character.
- Each focus of a field is one "edit session": the commits of that session merge into one undo step.
- load() shows stored values without committing them back; a widget whose text already equals the
  stored value is left alone, so an echo of our own commit never moves the cursor.
- A validator may refuse a value inline (message in an error label); nothing is stored then. The commit
  callback may also return a reason (e.g. the operation's refusal), shown the same way. The refused text
  stays in its field while the record is reloaded for other edits (its stored value unchanged); a
  different stored value (another record, an undo) replaces it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from consultdesk.ui.common.date_field import DateField

Commit = Callable[[str, Any, object], "str | None"]  # (field, value, merge_session) -> refusal or None
Validator = Callable[[Any], str | None]  # the reason a value is refused, or None

TYPING_PAUSE_MS = 400
# Qt's word wrap takes about a minute to lay out one 1 MB "word"; such text wraps anywhere instead.
LONGEST_WORD_FOR_WORD_WRAP = 2000
_sessions = itertools.count(1)


@dataclass
class _Binding:
    field: str
    widget: QWidget
    validator: Validator | None
    error_label: QLabel | None
    session: object = None
    refused: bool = False  # shows a refused value the user typed (not stored)
    stored: Any = None  # the value last loaded from the store


class FieldBinder(QObject):
    def __init__(self, commit: Commit, parent: QObject | None = None, error_label: QLabel | None = None) -> None:
        """error_label: where refusals of fields without a label of their own are shown."""
        super().__init__(parent)
        self._commit = commit
        self._error_label = error_label
        if error_label is not None:
            error_label.setStyleSheet("color: #b3261e;")
            error_label.hide()
        self._bindings: dict[QWidget, _Binding] = {}
        self._loading = False
        self._pending: _Binding | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)

    # --- binding -----------------------------------------------------------------------------------
    def bind(
        self,
        field: str,
        widget: QWidget,
        validator: Validator | None = None,
        error_label: QLabel | None = None,
        commit_on_pause: bool = False,
    ) -> None:
        """commit_on_pause: a QLineEdit also commits after a pause in typing (QPlainTextEdit always does)."""
        binding = _Binding(field, widget, validator, error_label or self._error_label)
        self._bindings[widget] = binding
        widget.installEventFilter(self)
        if binding.error_label is not None:
            binding.error_label.hide()
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda b=binding: self._commit_binding(b))
            if commit_on_pause:
                widget.textEdited.connect(lambda _text, b=binding: self._typed(b))
        elif isinstance(widget, QPlainTextEdit):
            # A form is walked with Tab: in a text box it would type a tab into a field the
            # fishbone head and the reports show as one line (Ctrl+Tab still moves on, too).
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda b=binding: self._typed(b))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, b=binding: self._commit_binding(b))
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(lambda _checked, b=binding: self._commit_binding(b))
        elif isinstance(widget, DateField):
            widget.edited.connect(lambda b=binding: self._commit_binding(b))
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        binding = self._bindings.get(watched) if isinstance(watched, QWidget) else None
        if binding is not None:
            if event.type() == QEvent.Type.FocusIn:
                binding.session = (binding.field, next(_sessions))
            elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
                self.flush()
        return False

    # --- values ------------------------------------------------------------------------------------
    @staticmethod
    def value_of(widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, DateField):
            return widget.value()
        raise TypeError(type(widget).__name__)

    def load(self, values: Mapping[str, Any]) -> None:
        """Show stored values (after a selection change, an undo, or another view's edit)."""
        self._loading = True
        try:
            for widget, binding in self._bindings.items():
                value = values.get(binding.field, "")
                keep_refused = binding.refused and value == binding.stored
                binding.stored = value
                if keep_refused or (self.value_of(widget) == value and not binding.refused):
                    continue
                if self._pending is binding:
                    self._timer.stop()
                    self._pending = None
                self._show(widget, value)
                self._set_error(binding, None)
        finally:
            self._loading = False

    @staticmethod
    def _show(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0) if not widget.hasFocus() else None
        elif isinstance(widget, QPlainTextEdit):
            cursor_pos = widget.textCursor().position()
            text = "" if value is None else str(value)
            longest_word = max(map(len, text.split()), default=0)
            widget.setWordWrapMode(
                QTextOption.WrapMode.WrapAnywhere if longest_word > LONGEST_WORD_FOR_WORD_WRAP else QTextOption.WrapMode.WordWrap
            )
            widget.setPlainText(text)
            if widget.hasFocus():
                cursor = widget.textCursor()
                cursor.setPosition(min(cursor_pos, len(widget.toPlainText())))
                widget.setTextCursor(cursor)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, DateField):
            widget.set_value("" if value is None else str(value))

    # --- committing --------------------------------------------------------------------------------
    def _typed(self, binding: _Binding) -> None:
        if self._loading:
            return
        if self._pending is not None and self._pending is not binding:
            self.flush()
        self._pending = binding
        self._timer.start()

    def flush(self) -> None:
        """Commit text typed but not yet stored (called on a pause, on focus-out and before closing)."""
        self._timer.stop()
        binding, self._pending = self._pending, None
        if binding is not None:
            self._commit_binding(binding)

    def _commit_binding(self, binding: _Binding) -> None:
        if self._loading:
            return
        if self._pending is binding:  # committed now (Enter, leaving the field): nothing left for the pause
            self._timer.stop()
            self._pending = None
        value = self.value_of(binding.widget)
        reason = binding.validator(value) if binding.validator else None
        if reason is None:
            reason = self._commit(binding.field, value, binding.session or (binding.field, next(_sessions)))
        if reason is None:
            binding.stored = value  # what the store now holds, even when the view skips its own echo
        self._set_error(binding, reason)

    def _set_error(self, binding: _Binding, reason: str | None) -> None:
        binding.refused = reason is not None
        widget = binding.widget
        widget.setProperty("invalid", binding.refused)
        widget.setStyleSheet("border: 1px solid #b3261e;" if reason else "")
        label = binding.error_label
        if label is None:
            return
        if reason:
            label.setText(reason)
            label.show()
        elif not any(b.refused for b in self._bindings.values() if b.error_label is label):
            label.hide()  # a label shared by several fields stays while any of them is refused
