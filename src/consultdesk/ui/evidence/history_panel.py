"""The append-only history of the engagement's disputes: when, what, before → after, and whether the
hash chain still verifies (an edited or deleted entry shows up here and in `consultdesk check`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.evidence import history_texts as texts

ENTITIES = ("dispute_case", "evidence_item", "evidence_attachment", "evidence_link", "evidence_reviewer",
            "evidence_meeting", "action_item")
SHOWN = 500  # the newest entries; the chain itself is always verified whole


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.problems: list[str] = []
        self.status = QLabel(self)
        self.status.setObjectName("historyChainStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("evidenceHistory")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.reload()  # verified when looked at, not on every edit elsewhere
        super().showEvent(event)

    def reload(self) -> None:
        history = self.ctx.repos.history
        entries = [e for e in history.for_engagement(self.engagement_id) if e.entity in ENTITIES] if self.engagement_id else []
        entries = entries[-SHOWN:][::-1]
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry.at
            try:
                when = datetime.fromisoformat(entry.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            except ValueError:
                pass
            change = texts.change_text(entry.entity, entry.field, entry.old, entry.new)
            cells = (when, texts.record_text(entry.entity, entry.entity_id), texts.action_text(entry.action),
                     texts.field_text(entry.field), change[:300])
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(change if col == 4 else text)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.problems = history.verify()
        if self.problems:
            self.status.setText("✘ " + self.tr("The history has been tampered with:") + " " + " ".join(self.problems[:3]))
            self.status.setStyleSheet("background:#c62828;color:white;font-weight:bold;padding:6px;")
        else:
            self.status.setText("✔ " + self.tr("History hash chain verified: no entry was edited or deleted."))
            self.status.setStyleSheet("color:#2e7d32;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.reload()  # the cells name records, actions and fields in the UI language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Record"), self.tr("Action"), self.tr("Field"), self.tr("Before → after")]
        )
