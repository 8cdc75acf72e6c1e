""""Change requests" page: the open change requests of an engagement and their status flow."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from consultdesk.domain.change_requests import TRANSITIONS, ChangeRequest, CRStatus
from consultdesk.domain.requirements import Requirement
from consultdesk.ops import change_requests as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.baselines.cr_dialog import ChangeRequestDialog
from consultdesk.ui.baselines.cr_model import ChangeRequestsModel
from consultdesk.ui.baselines.signoff_page import _table
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.tab_page import TabPage

WATCHED = ("change_requests", "change_request_requirements", "requirements", "engagements")
NEW_ITEM_KEYS = QKeySequence("Ctrl+Shift+N")
TICK_MS = 30_000


class ChangeRequestsPage(TabPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None, clock: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRequestsPage")
        self.ctx = ctx
        self._dirty = True
        self.model = ChangeRequestsModel(self, clock)
        self.view = _table(self, "changeRequestsView", self.model)
        self.view.doubleClicked.connect(lambda *_: self.edit_selected())
        self.buttons: dict[str, QPushButton] = {}
        for name in ("new", "edit", "delete", "assess", "approve", "reject", "implemented"):
            button = QPushButton(self)
            button.setObjectName(f"cr-{name}")
            self.buttons[name] = button
        self.show_closed = QCheckBox(self)
        self.show_closed.setObjectName("crShowClosed")
        self.summary = QLabel(self)
        self.summary.setObjectName("crSummary")
        self.problems = QLabel(self)
        self.problems.setObjectName("crProblems")
        self.problems.setStyleSheet("color: #8a4b00;")
        self.problems.setWordWrap(True)
        bar = QHBoxLayout()
        for name in ("new", "edit", "delete"):
            bar.addWidget(self.buttons[name])
        bar.addSpacing(16)
        for name in ("assess", "approve", "reject", "implemented"):
            bar.addWidget(self.buttons[name])
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        actions = {
            "new": self.new_change_request, "edit": self.edit_selected, "delete": self.delete_selected,
            "assess": lambda: self.move_selected(CRStatus.ASSESSING),
            "approve": lambda: self.move_selected(CRStatus.APPROVED),
            "reject": lambda: self.move_selected(CRStatus.REJECTED),
            "implemented": lambda: self.move_selected(CRStatus.IMPLEMENTED),
        }
        for name, slot in actions.items():
            self.buttons[name].clicked.connect(slot)
        # Ctrl+Shift+N is "new item in this tab" everywhere; Ctrl+N stays New client, window-wide.
        for keys, slot in ((NEW_ITEM_KEYS, self.new_change_request),
                           (QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence(Qt.Key.Key_Return), self.edit_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.show_closed.toggled.connect(lambda *_: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.follower = follow_bus(ctx, self, WATCHED, lambda _changes: self.refresh())
        ctx.selection.engagement_changed.connect(lambda _id: self.follower.invalidate())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()
        self.refresh()

    # -- refresh -----------------------------------------------------------------------------------
    def _tick(self) -> None:
        self.model.tick()
        self._update_summary()

    def refresh(self) -> None:
        self._dirty = False
        engagement = self.ctx.selection.engagement_id
        current = self.selected()
        all_crs = self.ctx.repos.change_requests.for_engagement(engagement) if engagement is not None else []
        shown = [cr for cr in all_crs if self.show_closed.isChecked() or cr.is_open]
        self.model.set_items(shown)
        if current is not None:
            for row, cr in enumerate(shown):
                if cr.id == current.id:
                    self.view.selectRow(row)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(ChangeRequestsModel.TITLE, min(320, self.view.columnWidth(ChangeRequestsModel.TITLE)))
        self.buttons["new"].setEnabled(engagement is not None)
        self._update_summary()
        self._update_problems(all_crs)
        self._update_buttons()

    def _update_summary(self) -> None:
        items = self.model.items
        overdue = sum(1 for cr in items if self.model.is_overdue(cr))
        open_count = sum(1 for cr in items if cr.is_open)
        text = self.tr("%1 open").replace("%1", str(open_count))
        if overdue:
            text += " · " + self.tr("<b style='color:#b3261e'>%1 overdue</b>").replace("%1", str(overdue))
        self.summary.setText(text)

    def _update_problems(self, crs: list[ChangeRequest]) -> None:
        lines = [
            self.tr("%1 refers to %2, which has been deleted.").replace("%1", cr.code).replace("%2", link.code)
            for cr in crs if cr.status is not CRStatus.REJECTED for link in cr.links if link.is_deleted
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def selected(self) -> ChangeRequest | None:
        index = self.view.currentIndex()
        return self.model.change_request(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        cr = self.selected()
        allowed = TRANSITIONS[cr.status] if cr else ()
        self.buttons["edit"].setEnabled(cr is not None)
        self.buttons["delete"].setEnabled(cr is not None)
        for name, status in (("assess", CRStatus.ASSESSING), ("approve", CRStatus.APPROVED),
                             ("reject", CRStatus.REJECTED), ("implemented", CRStatus.IMPLEMENTED)):
            self.buttons[name].setEnabled(status in allowed)

    # -- actions -----------------------------------------------------------------------------------
    def _requirements(self) -> list[Requirement]:
        requirements: list[Requirement] = self.ctx.repos.requirements.for_engagement(self.ctx.selection.engagement_id)
        return requirements

    def _warn(self, title: str, exc: OpError) -> None:
        self.ctx.asker.warn(self, title, str(exc))

    def new_change_request(self) -> None:
        engagement = self.ctx.selection.engagement_id
        if engagement is None:
            return
        dialog = ChangeRequestDialog(self._requirements(), None, self)
        if not self.ctx.asker.run_dialog(dialog):
            return
        try:
            new_id = ops.create_change_request(self.ctx, engagement, requirement_ids=_op_links(dialog), initiator=self,
                                               **dialog.values())
        except OpError as exc:
            self._warn(self.tr("New change request"), exc)
            return
        self.refresh()
        for row, cr in enumerate(self.model.items):
            if cr.id == new_id:
                self.view.selectRow(row)

    def edit_selected(self) -> None:
        cr = self.selected()
        if cr is None or cr.id is None:
            return
        dialog = ChangeRequestDialog(self._requirements(), cr, self)
        if not self.ctx.asker.run_dialog(dialog):
            return
        try:
            ops.edit_change_request(self.ctx, cr.id, dialog.values(), _op_links(dialog), initiator=self)
        except OpError as exc:
            self._warn(self.tr("Edit change request"), exc)

    def delete_selected(self) -> None:
        cr = self.selected()
        if cr is None or cr.id is None:
            return
        title = self.tr("Delete change request")
        if not self.ctx.asker.confirm(self, title, self.tr("Delete %1 “%2”? (Undo restores it.)").replace(
                "%1", cr.code).replace("%2", cr.title)):
            return
        try:
            ops.delete_change_request(self.ctx, cr.id, initiator=self)
        except OpError as exc:
            self._warn(title, exc)

    def move_selected(self, target: CRStatus) -> None:
        cr = self.selected()
        if cr is None or cr.id is None:
            return
        title = {CRStatus.APPROVED: self.tr("Approve %1"), CRStatus.REJECTED: self.tr("Reject %1")}.get(
            target, self.tr("Change status of %1")).replace("%1", cr.code)
        decided_by = ""
        if target in (CRStatus.APPROVED, CRStatus.REJECTED):
            if target is CRStatus.APPROVED:
                warnings = ops.approval_warnings(self.ctx, cr.id)
                if warnings and not self.ctx.asker.confirm(
                        self, title, "\n".join(warnings) + "\n\n" + self.tr("Approve anyway?")):
                    return
            decided_by = self.ctx.asker.get_text(self, title, self.tr("Decided by (name or change board):"))
            if decided_by is None:
                return
        try:
            ops.set_status(self.ctx, cr.id, target, decided_by=decided_by, initiator=self)
        except OpError as exc:
            self._warn(title, exc)

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New…"), "edit": self.tr("Edit…"), "delete": self.tr("Delete"),
            "assess": self.tr("Start assessing"), "approve": self.tr("Approve…"), "reject": self.tr("Reject…"),
            "implemented": self.tr("Mark implemented"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["new"].setToolTip(self.tr("New change request (%1)").replace(
            "%1", QKeySequence(NEW_ITEM_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))
        self.show_closed.setText(self.tr("Show closed"))
        self.model.retranslate()
        if not (self._dirty or self.follower.stale):
            self._update_summary()


def _op_links(dialog: ChangeRequestDialog) -> list[int | None]:
    """The dialog's links as the ops take them. They also keep the CRLink of a deleted requirement
    as it is, which their annotation (requirement ids or None) does not say yet."""
    return cast("list[int | None]", dialog.links())
