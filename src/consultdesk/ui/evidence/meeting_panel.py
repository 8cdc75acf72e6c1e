"""Internal consensus (reviewers), the meeting with the client, and the case's action items.

The agreed root cause shown here is the case's one field (the case form shows the same one): it is
agreed at the meeting, and the status rules read it there.

The meeting's fields are bound with the shared FieldBinder (confirmed facts are stored after a short pause
in typing and on leaving the field; one undo step per focus of a field; refusals show in the error line).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_consensus as ops_cons
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.evidence.actions_model import ActionsModel, ChoiceDelegate
from consultdesk.ui.evidence.labels import ROOT_CAUSE_NAMES, fill_combo
from consultdesk.ui.forms.ui_evidence_meeting import Ui_EvidenceMeetingForm

_REVIEWER_COLUMNS = ("name", "role", "reviewed_on", "agreed", "remark")
_MEETING_FIELDS = {
    "meetingDate": "held_on", "meetingOurs": "our_attendees", "meetingClient": "client_attendees",
    "meetingFacts": "confirmed_facts",
}
_CASE_FIELDS = {"meetingRootCause": "root_cause"}


class MeetingPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.reviewer_ids: list[int] = []
        self._loading = False
        # Reviewers
        self.reviewers_box = QGroupBox(self)
        self.reviewers = QTableWidget(0, 5, self)
        self.reviewers.setObjectName("reviewersTable")
        self.reviewers.verticalHeader().hide()
        self.reviewers.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reviewers.itemChanged.connect(self._reviewer_edited)
        self.add_reviewer_button = QPushButton(self)
        self.remove_reviewer_button = QPushButton(self)
        self.add_reviewer_button.clicked.connect(self.add_reviewer)
        self.remove_reviewer_button.clicked.connect(self.remove_reviewer)
        self.consensus_label = QLabel(self)
        box = QVBoxLayout(self.reviewers_box)
        box.addWidget(self.reviewers)
        row = QHBoxLayout()
        row.addWidget(self.add_reviewer_button)
        row.addWidget(self.remove_reviewer_button)
        row.addWidget(self.consensus_label, 1)
        box.addLayout(row)
        # Meeting
        self.meeting_box = QGroupBox(self)
        self.meeting_fields = QWidget(self)
        self.meeting = Ui_EvidenceMeetingForm()
        self.meeting.setupUi(self.meeting_fields)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        fill_combo(self.meeting.meetingRootCause, ROOT_CAUSE_NAMES)
        self.meeting_error = QLabel(self.meeting_box)
        self.meeting_error.setObjectName("meetingError")
        self.meeting_error.setWordWrap(True)
        meeting_layout = QVBoxLayout(self.meeting_box)
        meeting_layout.addWidget(self.meeting_fields)
        meeting_layout.addWidget(self.meeting_error)
        self.closed = False
        self.binder = FieldBinder(self._save_meeting, self, error_label=self.meeting_error)
        for name, column in {**_MEETING_FIELDS, **_CASE_FIELDS}.items():
            self.binder.bind(column, getattr(self.meeting, name))
        # Action items
        self.actions_box = QGroupBox(self)
        self.actions_model = ActionsModel(ctx, with_case=False, parent=self)
        self.actions_table = QTableView(self)
        self.actions_table.setObjectName("caseActionsTable")
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setItemDelegate(ChoiceDelegate(self.actions_model, self.actions_table))
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.verticalHeader().hide()
        self.actions_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_action_button = QPushButton(self)
        self.remove_action_button = QPushButton(self)
        self.add_action_button.clicked.connect(self.add_action)
        self.remove_action_button.clicked.connect(self.remove_action)
        abox = QVBoxLayout(self.actions_box)
        abox.addWidget(self.actions_table)
        arow = QHBoxLayout()
        arow.addWidget(self.add_action_button)
        arow.addWidget(self.remove_action_button)
        arow.addStretch(1)
        abox.addLayout(arow)
        top = QHBoxLayout()
        top.addWidget(self.reviewers_box, 1)
        top.addWidget(self.meeting_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.actions_box, 1)
        self.retranslate()

    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.binder.flush()  # the old case's last keystrokes belong to the old case's meeting
        self.case_id = case_id
        self.reload()

    def flush(self) -> None:
        """Store text typed but not yet committed (before the window closes)."""
        self.binder.flush()

    def shutdown(self) -> None:
        """The window closes: store what is typed, then commit nothing more (the workspace closes next)."""
        self.binder.flush()
        self.closed = True

    def reload(self) -> None:
        repo = self.ctx.repos.evidence
        self.setEnabled(self.case_id is not None)
        reviewers = repo.reviewers(self.case_id) if self.case_id is not None else []
        self._loading = True
        try:
            self.reviewer_ids = [r.id for r in reviewers if r.id is not None]
            self.reviewers.setRowCount(len(reviewers))
            for row, reviewer in enumerate(reviewers):
                for col, column in enumerate(_REVIEWER_COLUMNS):
                    cell = QTableWidgetItem()
                    if column == "agreed":
                        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                        cell.setCheckState(Qt.CheckState.Checked if reviewer.agreed else Qt.CheckState.Unchecked)
                        cell.setText(self.tr("agreed") if reviewer.agreed else self.tr("not yet"))
                    else:
                        cell.setText(getattr(reviewer, column))
                    self.reviewers.setItem(row, col, cell)
            agreed = sum(1 for r in reviewers if r.agreed)
            consensus = self.tr("%1 of %2 reviewers agreed")
            self.consensus_label.setText(consensus.replace("%1", str(agreed)).replace("%2", str(len(reviewers))))
            meetings = repo.meetings(self.case_id) if self.case_id is not None else []
            meeting = meetings[-1] if meetings else None
            # Fields already showing the stored value are left alone: our own commit's echo keeps the cursor.
            shown = {column: getattr(meeting, column) for column in _MEETING_FIELDS.values()} if meeting else {}
            case = repo.get_case(self.case_id) if self.case_id is not None else None
            shown.update({column: getattr(case, column) for column in _CASE_FIELDS.values()} if case else {})
            self.binder.load(shown)
        finally:
            self._loading = False
        actions = repo.actions(self.case_id) if self.case_id is not None else []
        self.actions_model.set_rows([("", a) for a in actions])
        self.actions_table.resizeColumnsToContents()

    # -- reviewers ---------------------------------------------------------------------------------
    def add_reviewer(self) -> None:
        if self.case_id is None:
            return
        name = self.ctx.asker.get_text(self, self.tr("Add reviewer"), self.tr("Reviewer's name:"))
        if name:
            try:
                ops_cons.add_reviewer(self.ctx, self.case_id, name, reviewed_on=date.today().isoformat(), initiator=self)
            except OpError as exc:
                self.ctx.asker.warn(self, self.tr("Add reviewer"), str(exc))
            self.reload()

    def remove_reviewer(self) -> None:
        row = self.reviewers.currentRow()
        if 0 <= row < len(self.reviewer_ids):
            ops_cons.delete_reviewer(self.ctx, self.reviewer_ids[row], initiator=self)
            self.reload()

    def _reviewer_edited(self, cell: QTableWidgetItem) -> None:
        if self._loading or cell.row() >= len(self.reviewer_ids):
            return
        column = _REVIEWER_COLUMNS[cell.column()]
        value: Any = cell.checkState() == Qt.CheckState.Checked if column == "agreed" else cell.text()
        try:
            ops_cons.update_reviewer(self.ctx, self.reviewer_ids[cell.row()], {column: value}, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Reviewer"), str(exc))
        self.reload()

    # -- meeting and actions -------------------------------------------------------------------------
    def _save_meeting(self, column: str, value: Any, session: object) -> str | None:
        """FieldBinder's commit: store one meeting field (creating the meeting record on the first one)."""
        if self.closed or self.case_id is None:
            return None
        try:
            if column in _CASE_FIELDS.values():
                ops_case.update_case(self.ctx, self.case_id, {column: value}, initiator=self, merge_session=session)
            else:
                ops_cons.save_meeting(self.ctx, self.case_id, {column: value}, initiator=self, merge_session=session)
        except OpError as exc:
            return str(exc)
        return None

    def add_action(self) -> None:
        if self.case_id is None:
            return
        what = self.ctx.asker.get_text(self, self.tr("Add action item"), self.tr("What is to be done:"))
        if what:
            meetings = self.ctx.repos.evidence.meetings(self.case_id)
            try:
                meeting_id = meetings[-1].id if meetings else None
                ops_cons.add_action(self.ctx, self.case_id, what, meeting_id=meeting_id, initiator=self)
            except OpError as exc:
                self.ctx.asker.warn(self, self.tr("Add action item"), str(exc))
            self.reload()

    def remove_action(self) -> None:
        index = self.actions_table.currentIndex()
        if index.isValid():
            ops_cons.delete_action(self.ctx, self.actions_model.data(index, Qt.ItemDataRole.UserRole), initiator=self)
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.meeting.retranslateUi(self.meeting_fields)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            fill_combo(self.meeting.meetingRootCause, ROOT_CAUSE_NAMES)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.reviewers_box.setTitle(self.tr("Internal consensus"))
        self.reviewers.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Date"), self.tr("Agreed"), self.tr("Remark")]
        )
        self.add_reviewer_button.setText(self.tr("Add reviewer…"))
        self.remove_reviewer_button.setText(self.tr("Remove reviewer"))
        self.meeting_box.setTitle(self.tr("Meeting with the client"))
        self.actions_box.setTitle(self.tr("Action items"))
        self.add_action_button.setText(self.tr("Add action item…"))
        self.remove_action_button.setText(self.tr("Remove action item"))
        if self.case_id is not None:
            self.reload()
