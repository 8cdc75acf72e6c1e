"""The traceability matrix of the current engagement as a read-only table (traceMatrix): requirement ↔
source meeting ↔ acceptance tests ↔ change requests ↔ causes and solution tasks. The specification's
appendix shows the same rows (repos.trace)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.ui.baselines.labels import STATUSES, tr
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.tab_page import TabPage

COLUMNS = (
    str(QT_TRANSLATE_NOOP("TracePage", "Code")), str(QT_TRANSLATE_NOOP("TracePage", "Title")),
    str(QT_TRANSLATE_NOOP("TracePage", "Source")), str(QT_TRANSLATE_NOOP("TracePage", "Acceptance tests")),
    str(QT_TRANSLATE_NOOP("TracePage", "Change requests")), str(QT_TRANSLATE_NOOP("TracePage", "Causes")),
    str(QT_TRANSLATE_NOOP("TracePage", "Solution tasks")),
)
WATCHED = ("requirements", "interviews", "change_requests", "change_request_requirements", "diagnosis_causes",
           "solution_tasks", "engagements", "acceptance_cases", "acceptance_tests")


class TracePage(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("traceMatrix")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.follower = follow_bus(ctx, self, WATCHED, self._on_changed)
        self.retranslate()

    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        rows = self.ctx.repos.trace.for_engagement(self.engagement_id) if self.engagement_id is not None else []
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            changes = "\n".join(f"{code} ({tr(STATUSES, status)})" for code, status in row.change_requests)
            values = (row.code, row.title, row.source.replace("\n", " · "), "\n".join(row.tests), changes,
                      "\n".join(row.causes), "\n".join(row.tasks))
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("TracePage", c) for c in COLUMNS])
