"""A date (or date and time) picked with a calendar, written in the stored form (see domain/dates.py).

The field may hold no date ("No date"; Delete clears it). Text stored before the forms had date pickers
that is no date ("昨天下午") is kept as it is: the field shows "No date" with a warning quoting the text, and
the record keeps that text until the user picks a date (or clears it on purpose). Typing cannot produce
anything but a valid date: the editor only accepts digits in its year, month and day sections.

`edited` is emitted when the user changed the value (a day picked in the calendar, typing finished with
Enter or by leaving the field, Delete) — never when a value is loaded — so FieldBinder commits only edits.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from consultdesk.domain.dates import parse_iso_day, parse_iso_minute

# The editor's minimum stands for "no date" (shown as its special value text); no real record is that old.
NO_DATE = QDateTime(QDate(1900, 1, 1), QTime(0, 0))
_DAY_DISPLAY = "yyyy-MM-dd"
_MINUTE_DISPLAY = "yyyy-MM-dd HH:mm"
_SEPARATORS = "-/. :T"
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class DateField(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_time = False
        self._separator = " "  # between day and time in the stored text
        self._legacy = ""  # stored text that is no date, kept until the user picks one
        self._shown = ""  # the value as loaded or last edited: what "changed" is measured against
        self._typing_from_start = False  # focus came by keyboard: the first digit starts the year
        self._section_at_digit = -1  # the section the last digit was typed in (-1: the last key was none)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(NO_DATE)
        self.edit.setDisplayFormat(_DAY_DISPLAY)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete in the field does the same
        self.clear_button.setAutoRaise(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._finish)
        self.edit.calendarWidget().clicked.connect(lambda _day: self._finish())
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()
        self._show_no_date()

    def configure(self, with_time: bool = False, separator: str = " ") -> None:
        """with_time: a moment to the minute ("2026-03-31 14:05", *separator* between day and time)."""
        self._with_time = with_time
        self._separator = separator
        self.edit.setDisplayFormat(_MINUTE_DISPLAY if with_time else _DAY_DISPLAY)

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(self.tr("No date"))
        self.clear_button.setToolTip(self.tr("No date (Delete)"))
        self._show_warning()

    # -- the value -----------------------------------------------------------------------------------
    def _at_no_date(self) -> bool:
        return self.edit.dateTime() <= NO_DATE

    def value(self) -> str:
        """"" (no date), the date in the stored form, or the undated text the record holds."""
        if self._at_no_date():
            return self._legacy
        if self._with_time:
            return self.edit.dateTime().toString(f"yyyy-MM-dd'{self._separator}'HH:mm")
        return self.edit.date().toString("yyyy-MM-dd")

    def set_value(self, text: str) -> None:
        """Show a stored value without emitting `edited`."""
        text = (text or "").strip()
        self._legacy = ""
        moment = parse_iso_minute(text) if self._with_time else None
        day = parse_iso_day(text)
        if moment is not None:
            self.edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                            QTime(moment.hour, moment.minute)))
        elif day is not None:
            self.edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)))
        else:
            self._legacy = text
            self._show_no_date()
        self._shown = self.value()
        self._show_warning()

    def clear(self) -> None:
        """No date — also drops an undated text the record held (the user asked for it)."""
        self._legacy = ""
        self._show_no_date()
        self._finish()

    def _show_no_date(self) -> None:
        self.edit.setDateTime(NO_DATE)

    def _show_warning(self) -> None:
        self.warning.setVisible(bool(self._legacy))
        if self._legacy:
            self.warning.setText(self.tr("Not a date: “%1” is kept as written until you pick a date.").replace(
                "%1", self._legacy))

    def _finish(self) -> None:
        if not self._at_no_date():
            self._legacy = ""
        value = self.value()
        self._show_warning()
        if value != self._shown:
            self._shown = value
            self.edited.emit()

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 - Qt name
        # FieldBinder marks a refused field with a red border: that belongs on the editor, not on the
        # warning line and the button inside this composite.
        self.edit.setStyleSheet(sheet)

    # -- starting from "no date" ------------------------------------------------------------------------
    def _start_today(self) -> None:
        now = QDateTime.currentDateTime()
        self.edit.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())))
        self.edit.setSelectedSection(self.edit.sectionAt(0))  # what is typed next replaces the year

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit:
            if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                # Tabbed into (everything selected): typing starts over at the year, as in "2026-03-31".
                self._typing_from_start = event.reason() != Qt.FocusReason.MouseFocusReason
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
        elif watched is self.edit.calendarWidget() and event.type() == QEvent.Type.Show and self._at_no_date():
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key is handled here (not passed on to the editor)."""
        if event.key() == Qt.Key.Key_Delete:
            self.clear()
            return True
        text = event.text()
        if text.isdigit() or event.key() in _STEP_KEYS:
            if self._at_no_date():
                self._start_today()  # typing or stepping from "no date" starts at today, not in 1900
            elif self._typing_from_start and text.isdigit():
                self.edit.setSelectedSection(self.edit.sectionAt(0))
            self._typing_from_start = False
            self._section_at_digit = self.edit.currentSectionIndex() if text.isdigit() else -1
            return False
        if text and text in _SEPARATORS:
            # Qt moves to the next section by itself once one is full ("2026" → month); the separator the
            # user types next must not skip the month too.
            advanced = self._section_at_digit not in (-1, self.edit.currentSectionIndex())
            self._section_at_digit = -1
            return advanced
        self._section_at_digit = -1
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
