"""Filter row above the board: type, status, tag, free text; non-matching cards dim (or hide)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from consultdesk.domain.requirement_filter import RequirementFilter
from consultdesk.domain.requirements import RequirementStatus, RequirementType
from consultdesk.ui.board import labels


class BoardFilterBar(QWidget):
    filter_changed = Signal(object, bool)  # RequirementFilter, hide non-matching

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("boardTypeFilter")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("boardStatusFilter")
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("boardTagFilter")
        self.tag_combo.setMinimumContentsLength(8)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("boardTextFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.hide_check = QCheckBox(self)
        self.hide_check.setObjectName("boardHideUnmatched")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("boardClearFilter")
        for combo in (self.type_combo, self.status_combo, self.tag_combo):
            # Follow the item texts, which change with the language (not just on first show).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.type_combo, self.status_combo, self.tag_combo):
            layout.addWidget(widget)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.hide_check)
        layout.addWidget(self.clear_button)
        # Typing filters after a short pause so a 5,000-card board does not re-filter on every key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._emit)
        self._tags: list[str] = []
        self.retranslate()
        for combo in (self.type_combo, self.status_combo, self.tag_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.text_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.hide_check.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def current(self) -> RequirementFilter:
        return RequirementFilter(
            type=self.type_combo.currentData(),
            status=self.status_combo.currentData(),
            tag=self.tag_combo.currentData(),
            text=self.text_edit.text(),
        )

    def set_tags(self, tags: list[str]) -> None:
        """Offer the tags the shown engagement uses; keep the chosen one if it still exists."""
        if tags == self._tags:
            return
        self._tags = tags
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(chosen)))
        self.tag_combo.blockSignals(False)
        if self.tag_combo.currentData() != chosen:
            self._emit()

    def clear(self) -> None:
        for combo in (self.type_combo, self.status_combo, self.tag_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text_edit.blockSignals(True)
        self.text_edit.clear()
        self.text_edit.blockSignals(False)
        self._emit()

    def flush(self) -> None:
        """Apply a pending text filter now (tests and Enter in the text field)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current(), self.hide_check.isChecked())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Filter:"))
        self._fill(self.type_combo, self.tr("All types"), [(t.value, labels.type_name(t)) for t in RequirementType])
        self._fill(self.status_combo, self.tr("All statuses"),
                   [(s.value, labels.status_name(s)) for s in RequirementStatus])
        if self.tag_combo.count():
            self.tag_combo.setItemText(0, self.tr("All tags"))
        else:
            self.tag_combo.addItem(self.tr("All tags"), None)
        self.text_edit.setPlaceholderText(self.tr("Search code, title, text… (Ctrl+F)"))
        self.hide_check.setText(self.tr("Hide others"))
        self.hide_check.setToolTip(self.tr("Hide the cards that do not match instead of dimming them"))
        self.clear_button.setText(self.tr("Clear"))

    @staticmethod
    def _fill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
