"""The Overview tab (overviewTab): where the selected engagement's loop stands, as tiles that each
open the place they count; with no engagement chosen (or "All engagements"), every engagement with
its red flags. Reads the same numbers as `consultdesk status`; refreshed only while visible."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.common.jump import jump
from consultdesk.ui.common.scrolling import scrollable
from consultdesk.ui.followup.export import export_document
from consultdesk.ui.followup.rows_model import Column, RowsModel
from consultdesk.ui.overview.tiles import TILES, Tile, flag_names, tile_texts
from consultdesk.ui.tab_page import TabPage

if TYPE_CHECKING:  # the follow-up tab imports much; here only its type is needed
    from consultdesk.ui.followup.tab import FollowUpTab

# Everything the overview counts; a change elsewhere (e.g. a fishbone layout) leaves it alone.
TABLES = ("requirements", "baselines", "signoffs", "change_requests", "action_items", "evidence_actions",
          "solution_tasks", "solution_phases", "diagnoses", "diagnosis_causes", "diagnosis_bones", "meetings",
          "evidence_meetings", "dispute_cases", "satisfaction_reviews", "five_whys", "engagements", "clients",
          "spec_sections")
ALL_COLUMNS = (
    Column("client", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Client"))),
    Column("engagement", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Engagement"))),
    Column("flags", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Needs attention"))),
    Column("open_actions", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Open actions"))),
    Column("last_meeting", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Last meeting"))),
)


class OverviewTab(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.status: dict[str, Any] | None = None
        self.picker = EngagementPicker(ctx, self)
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("allEngagementsButton")
        self.all_button.setCheckable(True)
        self.all_button.toggled.connect(lambda _on: self.show_engagement(self.engagement_id))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportStatusButton")
        self.export_button.clicked.connect(lambda: export_document(self.ctx, self, "status"))
        bar = QHBoxLayout()
        bar.addWidget(self.picker, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.all_button)
        self.tiles: dict[str, Tile] = {}
        tiles_page = QWidget(self)
        grid = QGridLayout(tiles_page)
        for index, key in enumerate(TILES):
            tile = self.tiles[key] = Tile(key, tiles_page)
            tile.clicked.connect(lambda _=False, k=key: self.open_tile(k))
            grid.addWidget(tile, index // 4, index % 4)
        grid.setRowStretch(2, 1)
        self.all_model = RowsModel(ALL_COLUMNS, parent=self, flagged=lambda r: bool(r["flag_keys"]))
        self.all_table = QTableView(self)
        self.all_table.setObjectName("allEngagementsTable")
        self.all_table.setModel(self.all_model)
        self.all_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.all_table.verticalHeader().hide()
        self.all_table.setTabKeyNavigation(False)
        self.all_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.all_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.all_table.activated.connect(lambda index: self.open_engagement(index.row()))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scrollable(tiles_page, self))  # tiles scroll on a small screen
        self.stack.addWidget(self.all_table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.picker.engagement_picked.connect(self.show_engagement)
        self.follower = follow_bus(ctx, self, TABLES, lambda _changes: self.refresh())
        self.retranslate()
        self.show_engagement(ctx.selection.engagement_id)

    # --- what is shown -----------------------------------------------------------------------------
    def show_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.follower.invalidate()

    def refresh(self) -> None:
        overview = self.ctx.repos.overview
        if self.engagement_id is None or self.all_button.isChecked():
            self.status = None
            rows = []
            for entry in overview.all_engagements():
                rows.append({"id": entry["engagement_id"], "client": entry["client"], "engagement": entry["engagement"],
                             "flag_keys": entry["red_flags"], "flags": flag_names(entry["red_flags"]),
                             "open_actions": f"{entry['actions']['open']} ({entry['actions']['overdue']})",
                             "last_meeting": entry["meetings"]["last"] or "–"})
            self.all_model.set_records(rows)
            self.stack.setCurrentWidget(self.all_table)
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self.status = overview.status(self.engagement_id)
        extra = {"roots_without_remedy": overview.roots_without_remedy(self.engagement_id),
                 "cr_deadline": overview.next_cr_deadline(self.engagement_id),
                 "trend": [r.scores() for r in self.ctx.repos.satisfaction.reviews(self.engagement_id)]}
        for key, (value, detail, alarm) in tile_texts(self.status, extra).items():
            self.tiles[key].show_values(value, detail, alarm)
        self.stack.setCurrentIndex(0)

    # --- where tiles lead --------------------------------------------------------------------------
    def main_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_tile(self, key: str) -> None:
        if key == "requirements":
            jump(self, "boardTab")
        elif key in ("baseline", "change_requests"):
            jump(self, "specsTab")
        elif key == "causes":
            jump(self, "diagnosisTab")
        else:
            found = jump(self, "followUpTab")
            if found is None:
                return
            page = cast("FollowUpTab", found)
            if key == "actions":
                page.show_actions("overdue" if self.status and self.status["actions"]["overdue"] else "open")
            else:
                page.show_page({"meetings": "meetings", "satisfaction": "satisfaction"}[key])

    def open_engagement(self, row: int) -> None:
        record = self.all_model.record(row)
        if record is None:
            return
        engagement = self.ctx.repos.clients.get_engagement(record["id"])
        if engagement is None:
            return
        self.all_button.setChecked(False)
        self.ctx.selection.set_client(engagement.client_id)
        self.ctx.selection.set_engagement(engagement.id)

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.all_button.setText(self.tr("All engagements"))
        self.export_button.setText(self.tr("Export status report…"))
        for tile in self.tiles.values():
            tile.retranslate()
        self.all_model.retranslate()
        self.follower.invalidate()

