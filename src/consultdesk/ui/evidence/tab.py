"""The Evidence tab (evidenceTab): dispute cases of the selected engagement and their evidence chains.

Pages per case: the case form, the evidence items (files, excerpts, references), the chain view with its
completeness check, consensus + meeting + action items; plus the engagement-wide action items. Files
dropped anywhere on the tab become a new evidence item of the current case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.ops import evidence as ops_case
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.evidence.actions_model import ActionsModel, ChoiceDelegate
from consultdesk.ui.evidence.case_form import CaseForm
from consultdesk.ui.evidence.case_list import CaseTableModel
from consultdesk.ui.evidence.chain_panel import ChainPanel
from consultdesk.ui.evidence.drops import local_paths
from consultdesk.ui.evidence.history_panel import HistoryPanel
from consultdesk.ui.evidence.items_panel import ItemsPanel
from consultdesk.ui.evidence.meeting_panel import MeetingPanel
from consultdesk.ui.tab_page import TabPage

TABLES = ("dispute_cases", "evidence_items", "evidence_attachments", "evidence_links",
          "evidence_reviewers", "evidence_meetings", "evidence_actions")


class EvidenceTab(TabPage):
    AREA = "evidence"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.picker = EngagementPicker(ctx, self)
        self.new_case_action = self._action("newCaseAction", QKeySequence("Ctrl+Shift+N"), self.new_case)
        self.delete_case_action = self._action("deleteCaseAction", QKeySequence(), self.delete_case)
        self.verify_action = self._action("verifyIntegrityAction", QKeySequence("Ctrl+Shift+I"), self.verify_integrity)
        self.add_item_action = self._action("addEvidenceAction", QKeySequence(Qt.Key.Key_Insert), self._add_item_menu)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.picker, 1)
        for action in (self.new_case_action, self.delete_case_action, self.verify_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        self.case_model = CaseTableModel(self)
        self.case_list = QTableView(self)
        self.case_list.setObjectName("caseList")
        self.case_list.setModel(self.case_model)
        self.case_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_list.verticalHeader().hide()
        self.case_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.case_list.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.case_list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._case_chosen(cur.row()))
        self.pages = QTabWidget(self)
        self.pages.setObjectName("evidencePages")
        self.case_form = CaseForm(ctx, self)
        self.items_panel = ItemsPanel(ctx, self)
        self.chain_panel = ChainPanel(ctx, self)
        self.meeting_panel = MeetingPanel(ctx, self)
        self.all_actions_model = ActionsModel(ctx, with_case=True, parent=self)
        self.all_actions = QTableView(self)
        self.all_actions.setObjectName("engagementActionsTable")
        self.all_actions.setModel(self.all_actions_model)
        self.all_actions.setItemDelegate(ChoiceDelegate(self.all_actions_model, self.all_actions))
        self.all_actions.verticalHeader().hide()
        self.all_actions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_panel = HistoryPanel(ctx, self)
        pages = (self.case_form, self.items_panel, self.chain_panel, self.meeting_panel, self.all_actions, self.history_panel)
        for page in pages:
            self.pages.addTab(page, "")
        self.items_panel.integrity_checked.connect(lambda _r: self._refresh_chain())
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.case_list, 1)
        left_layout.addWidget(self.empty_hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 1030])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)
        self.setAcceptDrops(True)
        self.picker.engagement_picked.connect(lambda _id: self.reload_cases())
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)
        self.retranslate()
        self.reload_cases()

    def _action(self, name: str, shortcut: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def tab_menu(self) -> QMenu:
        self.menu = QMenu(self.tr("Ev&idence"), self)
        for action in (self.new_case_action, self.add_item_action, self.verify_action):
            self.menu.addAction(action)
        from consultdesk.ui.evidence.key_actions import HistoryKeyActions

        self.key_actions = HistoryKeyActions(self.ctx, self)
        self.menu.addSeparator()
        self.menu.addAction(self.key_actions.export_action)
        self.menu.addAction(self.key_actions.import_action)
        return self.menu

    # -- loading -----------------------------------------------------------------------------------
    def reload_cases(self) -> None:
        engagement_id = self.ctx.selection.engagement_id
        cases = self.ctx.repos.evidence.cases(engagement_id) if engagement_id is not None else []
        keep = self.case_id
        self.case_list.selectionModel().blockSignals(True)
        self.case_model.set_cases(cases)
        row = self.case_model.row_of(keep)
        if row < 0 and cases:
            row = 0
        if row >= 0:
            self.case_list.selectRow(row)
        self.case_list.selectionModel().blockSignals(False)
        self.new_case_action.setEnabled(engagement_id is not None)
        self.empty_hint.setVisible(not cases)
        self.all_actions_model.set_rows(self.ctx.repos.evidence.engagement_actions(engagement_id) if engagement_id else [])
        self.history_panel.set_engagement(engagement_id)
        self._case_chosen(row)

    def _case_chosen(self, row: int) -> None:
        case = self.case_model.cases[row] if 0 <= row < len(self.case_model.cases) else None
        self.case_id = case.id if case else None
        self.delete_case_action.setEnabled(case is not None)
        self.case_form.load(case)
        self.items_panel.set_case(self.case_id)
        self._refresh_chain()
        self.meeting_panel.set_case(self.case_id)

    def _refresh_chain(self) -> None:
        flagged = {item.id for item in self.items_panel.items if item.id is not None and self.items_panel.flagged(item)}
        self.chain_panel.set_case(self.case_id, flagged)

    def select_case(self, case_id: int | None) -> None:
        row = self.case_model.row_of(case_id)
        if row >= 0:
            self.case_list.selectRow(row)

    def main_view(self) -> QWidget | None:
        return self.case_list

    def reveal(self, table: str, record_id: int) -> bool:
        """Select the case a record belongs to and show it: an evidence item (or the item of an
        attachment) in the items list, a meeting or action on the meeting page (ui/search/reveal.py)."""
        rows = self.ctx.repos.rows
        row = rows.get(table, record_id)
        if row is None:
            return False
        item_id: int | None = record_id if table == "evidence_items" else row.get("item_id")
        case_id: int | None
        if table == "dispute_cases":
            case_id = record_id
        elif table == "evidence_attachments":
            item = rows.get("evidence_items", item_id) if item_id is not None else None
            case_id = item["case_id"] if item else None
        else:
            case_id = row["case_id"]
        self.select_case(case_id)
        if case_id is None or self.case_id != case_id:
            return False
        if item_id is not None:
            self.pages.setCurrentWidget(self.items_panel)
            self.items_panel.select_item(item_id)
        elif table in ("evidence_meetings", "evidence_actions"):
            self.pages.setCurrentWidget(self.meeting_panel)
        else:
            self.pages.setCurrentWidget(self.case_form)
        return True

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("dispute_cases"):
            self.reload_cases()  # also refreshes every page of the current case
            return
        self.items_panel.reload()
        self._refresh_chain()
        self.meeting_panel.reload()
        engagement_id = self.ctx.selection.engagement_id
        self.all_actions_model.set_rows(self.ctx.repos.evidence.engagement_actions(engagement_id) if engagement_id else [])
        self.history_panel.set_engagement(engagement_id)

    def shutdown(self) -> None:
        """Closing the window: store text typed in the last moment (the typing pause has not passed, the
        field never lost focus) before the workspace closes; stop copies in flight (partial files removed)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a line being edited is stored on leaving it, as on a click elsewhere
        for form in (self.case_form, self.items_panel.detail, self.meeting_panel):
            form.shutdown()
        for job in list(self.items_panel.jobs):
            job.cancel()

    # -- verbs -------------------------------------------------------------------------------------
    def new_case(self) -> int | None:
        engagement_id = self.ctx.selection.engagement_id
        if engagement_id is None:
            return None
        title = self.ctx.asker.get_text(self, self.tr("New dispute case"), self.tr("What figure is disputed?"))
        if not title:
            return None
        try:
            case_id = ops_case.create_case(self.ctx, engagement_id, title, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("New dispute case"), str(exc))
            return None
        self.case_id = case_id
        self.reload_cases()
        self.pages.setCurrentWidget(self.case_form)
        self.case_form.form.caseExpected.setFocus()
        return case_id

    def delete_case(self) -> None:
        case = self.ctx.repos.evidence.get_case(self.case_id) if self.case_id else None
        if case is None:
            return
        question = self.tr("Delete the dispute case “%1” with all its evidence, reviewers, meeting and action items? "
                           "(Undo restores it; stored files are kept.)").replace("%1", case.title)
        if case.id is not None and self.ctx.asker.confirm(self, self.tr("Delete dispute case"), question):
            ops_case.delete_case(self.ctx, case.id, initiator=self)

    def verify_integrity(self) -> Any:
        return self.items_panel.verify_integrity(self._report_integrity)

    def _report_integrity(self, result: dict[int, str]) -> None:
        bad = [s for s in result.values() if s != "ok"]
        if bad:
            self.pages.setCurrentWidget(self.items_panel)
            self.ctx.asker.warn(self, self.tr("Evidence integrity"), self.items_panel.banner.text() + "\n\n" + self.tr(
                "The stored copy no longer matches what was attached. Do not use it in front of the client; "
                "attach the original again and find out how the stored copy was changed."))
        elif result:
            self.ctx.asker.inform(self, self.tr("Evidence integrity"),
                                  self.tr("All %n evidence file(s) of this case verified unchanged.", "", len(result)))

    def _add_item_menu(self) -> None:
        self.pages.setCurrentWidget(self.items_panel)
        button = self.items_panel.add_button
        button.showMenu()

    # -- drops anywhere on the tab ---------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.case_id is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        paths = local_paths(event.mimeData())
        if self.case_id is not None and paths:
            event.acceptProposedAction()
            self.pages.setCurrentWidget(self.items_panel)
            self.items_panel.new_item_from(paths)

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if getattr(self, "menu", None) is not None:
            self.menu.setTitle(self.tr("Ev&idence"))
        if getattr(self, "key_actions", None) is not None:
            self.key_actions.retranslate()
        self.new_case_action.setText(self.tr("New case"))
        self.new_case_action.setToolTip(self.tr("New dispute case (Ctrl+Shift+N)"))
        self.delete_case_action.setText(self.tr("Delete case"))
        self.verify_action.setText(self.tr("Verify integrity"))
        self.verify_action.setToolTip(self.tr("Re-hash every attached file of the case (Ctrl+Shift+I)"))
        self.add_item_action.setText(self.tr("Add evidence"))
        titles = (self.tr("Case"), self.tr("Evidence"), self.tr("Chain"), self.tr("Consensus && meeting"),
                  self.tr("All action items"), self.tr("History"))
        for index, title in enumerate(titles):
            self.pages.setTabText(index, title)
        self.empty_hint.setText(self.tr("No dispute case yet. When the client says a reported number is wrong, "
                                        "create a case (Ctrl+Shift+N) and collect the evidence before talking."))
