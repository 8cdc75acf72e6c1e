""""Sign-off & baselines" page: the baselines of an engagement, their sign-offs, and what changed since."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.domain.baseline import Baseline
from consultdesk.domain.spec_status import DocStatus
from consultdesk.ops import baselines as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.baselines.models import BaselinesModel, DiffModel, SignOffsModel
from consultdesk.ui.baselines.signoff_dialog import SignOffDialog
from consultdesk.ui.baselines.signoff_warning import uncovered_question
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.tab_page import TabPage

WATCHED = ("baselines", "signoffs", "requirements", "spec_sections", "change_requests",
           "change_request_requirements", "engagements")


def _table(parent: QWidget, name: str, model: Any) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class SignOffPage(TabPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffPage")
        self.ctx = ctx
        self._dirty = True
        self.status_label = QLabel(self)
        self.status_label.setObjectName("baselineStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signOffButton")
        self.sign_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addSignOffButton")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyShaButton")
        self.baselines = BaselinesModel(self)
        self.signoffs = SignOffsModel(self)
        self.diff = DiffModel(self)
        self.baselines_view = _table(self, "baselinesView", self.baselines)
        self.signoffs_view = _table(self, "signOffsView", self.signoffs)
        self.diff_view = _table(self, "baselineDiffView", self.diff)
        self.diff_view.setWordWrap(True)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("diffBaseCombo")
        self.baselines_label, self.signoffs_label, self.diff_label = QLabel(self), QLabel(self), QLabel(self)
        self.uncovered_label = QLabel(self)
        self.uncovered_label.setObjectName("uncoveredLabel")
        self.uncovered_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self._layout()
        self.sign_button.clicked.connect(self.sign_off)
        self.add_button.clicked.connect(self.add_signoff)
        self.copy_button.clicked.connect(self.copy_sha)
        self.baselines_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_signoffs())
        self.compare_combo.currentIndexChanged.connect(lambda *_: self._show_diff())
        self.follower = follow_bus(ctx, self, WATCHED, lambda _changes: self.refresh())
        ctx.selection.engagement_changed.connect(lambda _id: self.follower.invalidate())
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        for button in (self.sign_button, self.add_button, self.copy_button):
            top.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.baselines_label, self.baselines_view, self.signoffs_label, self.signoffs_view):
            left_layout.addWidget(widget)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.diff_label)
        head.addWidget(self.compare_combo)
        head.addStretch(1)
        right_layout.addLayout(head)
        right_layout.addWidget(self.diff_view)
        right_layout.addWidget(self.uncovered_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 630])  # the baselines list needs ~420 px; the diff gets the rest
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- refresh -----------------------------------------------------------------------------------
    def engagement_id(self) -> int | None:
        engagement_id: int | None = self.ctx.selection.engagement_id
        return engagement_id

    def refresh(self) -> None:
        self._dirty = False
        engagement = self.engagement_id()
        repo = self.ctx.repos.baselines
        items = repo.for_engagement(engagement) if engagement is not None else []
        self.baselines.set_items(items)
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        for baseline in reversed(items):
            self.compare_combo.addItem(baseline.label, baseline.id)
        self.compare_combo.blockSignals(False)
        if items:
            self.baselines_view.selectRow(len(items) - 1)
        self._show_signoffs()
        self._show_diff()
        self._show_status(engagement, items)
        self.resize_columns()

    def resize_columns(self) -> None:
        for view in (self.baselines_view, self.signoffs_view):
            view.resizeColumnsToContents()
        header = self.diff_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((DiffModel.ITEM, QHeaderView.ResizeMode.Interactive),
                             (DiffModel.FIELD, QHeaderView.ResizeMode.ResizeToContents),
                             (DiffModel.OLD, QHeaderView.ResizeMode.Stretch), (DiffModel.NEW, QHeaderView.ResizeMode.Stretch),
                             (DiffModel.COVER, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.diff_view.setColumnWidth(DiffModel.ITEM, 180)

    def _show_status(self, engagement: int | None, items: list[Baseline]) -> None:
        self.sign_button.setEnabled(engagement is not None)
        self.add_button.setEnabled(bool(items))
        self.copy_button.setEnabled(bool(items))
        if engagement is None:
            self.status_label.setText(self.tr("Choose an engagement to see its baselines."))
            self.sign_button.setText(self.tr("Sign off…"))
            return
        status = self.ctx.repos.baselines.spec_status(engagement)
        next_version = (items[-1].version + 1) if items else 1
        self.sign_button.setText(self.tr("Sign off as v%1…").replace("%1", str(next_version)))
        if not items:
            text = self.tr("Draft: not signed off yet. Signing freezes the specification as baseline v1.")
        elif status.status is DocStatus.SIGNED:
            text = self.tr("<b>Signed</b> v%1 · SHA-256 <tt>%2</tt>").replace("%1", str(status.version)).replace(
                "%2", status.sha256)
        else:
            text = self.tr("<b>Draft of v%1</b>: %n change(s) since the signed v%2.", "", len(status.changes_since)).replace(
                "%1", str(status.version)).replace("%2", str(status.changes_since_version))
        self.status_label.setText(text)
        if items:
            self.add_button.setText(self.tr("Add sign-off to v%1…").replace("%1", str(items[-1].version)))

    def _selected_baseline(self) -> Any:
        index = self.baselines_view.currentIndex()
        return self.baselines.items[index.row()] if index.isValid() else None

    def _show_signoffs(self) -> None:
        baseline = self._selected_baseline()
        self.signoffs.set_items(baseline.signoffs if baseline else [])
        self.signoffs_label.setText(
            self.tr("Sign-offs of %1").replace("%1", baseline.label) if baseline else self.tr("Sign-offs"))

    def _show_diff(self) -> None:
        engagement = self.engagement_id()
        baseline_id = self.compare_combo.currentData()
        baseline = self.ctx.repos.baselines.get(baseline_id) if baseline_id is not None else None
        changes = self.ctx.repos.baselines.diff(engagement, baseline) if baseline and engagement is not None else []
        self.diff.set_items(changes)
        self.diff_view.resizeRowsToContents()
        uncovered = self.diff.uncovered()
        self.uncovered_label.setText(
            self.tr("%n change(s) not covered by an approved change request", "", uncovered)
            if uncovered else "")
        if baseline is None:
            self.diff_label.setText(self.tr("No baseline yet: nothing to compare."))
        elif not changes:
            self.diff_label.setText(self.tr("No changes since"))
        else:
            self.diff_label.setText(self.tr("Changes since"))

    # -- actions -----------------------------------------------------------------------------------
    def sign_off(self) -> None:
        engagement = self.engagement_id()
        if engagement is None:
            return
        repo = self.ctx.repos.baselines
        _content, sha, count = repo.freeze_current(engagement)
        title = self.tr("Sign off specification")
        if count == 0:
            self.ctx.asker.warn(self, title, self.tr(
                "This engagement has no requirements yet; there is nothing to sign off."))
            return
        pending = ops.pending_version(self.ctx, engagement)
        version, included = pending.version, pending.contained
        # Changes made after sign-off without an approved change request (or an approved request that
        # brought nothing) are the user's call to sign anyway; they are told before the form opens.
        warning = uncovered_question(pending) if pending.changes or pending.since is None else ""
        if warning and not self.ctx.asker.confirm(self, title, warning):
            return
        summary = self.tr("Freeze the current specification as baseline v%1: %n requirement(s), SHA-256 %2.", "",
                          count).replace("%1", str(version)).replace("%2", sha)
        if included:
            summary += "\n" + self.tr("Contains the approved change requests: %1").replace(
                "%1", ", ".join(c.code for c in included))
        dialog = SignOffDialog(summary, self.tr("A baseline cannot be edited, deleted or undone once created."),
                               "client", self)
        if not self.ctx.asker.run_dialog(dialog):
            return
        question = self.tr("Create baseline v%1 signed by %2? It cannot be changed or undone afterwards.").replace(
            "%1", str(version)).replace("%2", dialog.signer())
        if not self.ctx.asker.confirm(self, title, question):
            return
        try:
            ops.sign_off(self.ctx, engagement, dialog.signer(), dialog.side(), dialog.meaning(), dialog.comment(),
                         initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, title, str(exc))

    def add_signoff(self) -> None:
        engagement = self.engagement_id()
        latest = self.ctx.repos.baselines.latest(engagement) if engagement is not None else None
        if latest is None:
            return
        summary = self.tr("Add a sign-off record to baseline %1 (SHA-256 %2).").replace("%1", latest.label).replace(
            "%2", latest.sha256)
        dialog = SignOffDialog(summary, self.tr("A sign-off record cannot be edited, deleted or undone."),
                               "client", self)
        dialog.setWindowTitle(self.tr("Add sign-off"))
        if not self.ctx.asker.run_dialog(dialog):
            return
        try:
            ops.add_signoff(self.ctx, latest.id, dialog.signer(), dialog.side(), dialog.meaning(), dialog.comment(),
                            initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Add sign-off"), str(exc))

    def copy_sha(self) -> None:
        baseline = self._selected_baseline()
        if baseline is not None:
            QGuiApplication.clipboard().setText(baseline.sha256)

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy SHA-256"))
        self.add_button.setText(self.tr("Add sign-off…"))
        self.baselines_label.setText(self.tr("Baselines (immutable)"))
        for model in (self.baselines, self.signoffs, self.diff):
            model.retranslate()
        if not (self._dirty or self.follower.stale):
            self.refresh()
