"""One list of every action item of the engagement — from meetings, disputes, solution plans and
improvement plans — filtered open / overdue / done, edited in place (through the ops of each item's
own source) and opening the place it came from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.followup import ACTION_FILTERS, ACTION_STATUSES, filter_actions
from consultdesk.ops import actions as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.choice_delegate import ChoiceDelegate
from consultdesk.ui.common.jump import jump
from consultdesk.ui.followup.labels import DIMENSION_NAMES, FILTER_NAMES, SOURCE_NAMES, STATUS_NAMES, choices, label
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.rows_model import Column, RowsModel

TABLES = ("action_items", "evidence_actions", "solution_tasks", "solution_phases", "meetings", "dispute_cases",
          "diagnoses", "five_whys", "satisfaction_reviews")
COLUMNS = (
    Column("source", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Source")), names=SOURCE_NAMES),
    Column("what", str(QT_TRANSLATE_NOOP("FollowUpColumns", "What")), editable=True),
    Column("owner", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Owner")), editable=True),
    Column("due_on", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Due")), editable=True),
    Column("status", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Status")), editable=True, names=STATUS_NAMES),
    Column("origin", str(QT_TRANSLATE_NOOP("FollowUpColumns", "From"))),
)
# Where each source's record lives: (tab page objectName, the table its origin id belongs to).
TARGETS = {
    "meeting": ("followUpTab", "meetings"),
    "improvement": ("followUpTab", "satisfaction_reviews"),
    "dispute": ("evidenceTab", "dispute_cases"),
    "plan": ("diagnosisTab", "diagnoses"),
}


def _shown_origin(row: Any) -> Any:
    """An improvement task comes from "<quarter> · <dimension>": the dimension is shown translated."""
    if row.source != "improvement" or " · " not in row.origin:
        return row
    period, dimension = row.origin.split(" · ", 1)
    return replace(row, origin=f"{period} · {label(DIMENSION_NAMES, dimension)}")


class ActionsPage(FollowUpPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.rows: list[Any] = []
        self.which = "open"
        self.today = date.today()
        self.filter_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        for key in ACTION_FILTERS:
            button = QPushButton(self)
            button.setObjectName(f"actionsFilter-{key}")
            button.setCheckable(True)
            button.setChecked(key == self.which)
            button.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            group.addButton(button)
            bar.addWidget(button)
            self.filter_buttons[key] = button
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("actionsCount")
        bar.addWidget(self.count_label)
        self.jump_button = QPushButton(self)
        self.jump_button.setObjectName("actionsJumpButton")
        self.jump_button.clicked.connect(self.open_source)
        bar.addWidget(self.jump_button)
        self.model = RowsModel(COLUMNS, self._commit, self, self._warn, flagged=lambda r: r.is_overdue(self.today))
        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(4, ChoiceDelegate(self._status_choices, self.table))
        self.table.doubleClicked.connect(lambda index: self.open_source() if index.column() in (0, 5) else None)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)
        self.retranslate()

    def _status_choices(self) -> list[tuple[str, str]]:
        record = self.model.record(self.table.currentIndex().row())
        keys = ("open", "done") if record is not None and record.table == "solution_tasks" else ACTION_STATUSES
        return choices(STATUS_NAMES, keys)

    # --- what is shown -----------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def set_filter(self, which: str) -> None:
        self.which = which
        self.filter_buttons[which].setChecked(True)
        self._apply()

    def reload(self) -> None:
        rows = self.ctx.repos.actions.for_engagement(self.engagement_id) if self.engagement_id else []
        self.rows = [_shown_origin(r) for r in rows]
        self._apply()

    def _apply(self) -> None:
        self.today = date.today()
        keep = self.model.record(self.table.currentIndex().row())
        shown = filter_actions(self.rows, self.which, self.today)
        self.model.set_records(shown)
        if keep is not None:
            row = next((i for i, r in enumerate(shown) if r.key == keep.key), -1)
            if row >= 0:
                self.table.selectRow(row)
        overdue = sum(1 for r in self.rows if r.is_overdue(self.today))
        open_count = sum(1 for r in self.rows if r.is_open())
        self.count_label.setText(self.tr("%1 open, %2 overdue").replace("%1", str(open_count)).replace("%2", str(overdue)))

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self.reload()

    # --- verbs -------------------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        self.ctx.asker.warn(self, self.tr("Action items"), text)

    def _commit(self, record: Any, key: str, value: Any) -> str | None:
        try:
            ops.update_row(self.ctx, record, key, value, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def open_source(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if record is None or record.origin_id is None:
            return
        page, table = TARGETS[record.source]
        jump(self, page, table, record.origin_id)

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, button in self.filter_buttons.items():
            button.setText(label(FILTER_NAMES, key))
        self.jump_button.setText(self.tr("Go to source"))
        self.model.retranslate()
        if self.engagement_id is not None:
            self.reload()

