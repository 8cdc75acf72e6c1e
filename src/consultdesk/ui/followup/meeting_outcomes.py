"""What a meeting decided and who does what by when: the decisions and action items under the meeting
form. A follow-up meeting's rows are edited here; a dispute meeting's are shown read-only (they are
edited in the Evidence tab)."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.domain.followup import ACTION_STATUSES, Meeting
from consultdesk.ops import actions as ops_actions
from consultdesk.ops import meetings as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.choice_delegate import ChoiceDelegate
from consultdesk.ui.followup.labels import STATUS_NAMES, choices
from consultdesk.ui.followup.meeting_columns import ACTION_COLUMNS, DECISION_COLUMNS
from consultdesk.ui.followup.rows_model import RowsModel
from consultdesk.ui.followup.widgets import button, record_table


class MeetingOutcomes(QWidget):
    def __init__(self, ctx: AppContext, own_id: Callable[[], int | None], warn: Callable[[str], None],
                 parent: QWidget) -> None:
        """own_id: the shown meeting's id when it is a follow-up meeting (editable here), else None."""
        super().__init__(parent)
        self.ctx, self.own_id, self.warn = ctx, own_id, warn
        # Rows without an id are a dispute meeting's: read-only here.
        stored = lambda record, _key: "id" in record  # noqa: E731
        self.decisions_model = RowsModel(DECISION_COLUMNS, self._commit_decision, self, warn, editable=stored)
        self.decisions = record_table(self, "decisionsTable", self.decisions_model, 0)
        self.add_decision_button = button(self, "addDecisionButton", self.add_decision)
        self.remove_decision_button = button(self, "removeDecisionButton", self.remove_decision)
        self.actions_model = RowsModel(ACTION_COLUMNS, self._commit_action, self, warn,
                                       flagged=lambda a: a["status"] == "open" and bool(a["due_on"])
                                       and a["due_on"][:10] < date.today().isoformat(), editable=stored)
        self.actions_table = record_table(self, "meetingActionsTable", self.actions_model, 0)
        self.actions_table.setItemDelegateForColumn(3, ChoiceDelegate(lambda: choices(STATUS_NAMES, ACTION_STATUSES),
                                                                      self.actions_table))
        self.add_action_button = button(self, "addMeetingActionButton", self.add_action)
        self.remove_action_button = button(self, "removeMeetingActionButton", self.remove_action)
        self.decisions_caption, self.actions_caption = QLabel(self), QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, table, add, remove in ((self.decisions_caption, self.decisions, self.add_decision_button,
                                             self.remove_decision_button),
                                            (self.actions_caption, self.actions_table, self.add_action_button,
                                             self.remove_action_button)):
            row = QHBoxLayout()
            row.addWidget(caption, 1)
            row.addWidget(add)
            row.addWidget(remove)
            layout.addLayout(row)
            layout.addWidget(table, 1)

    def show_meeting(self, meeting: Meeting | None) -> None:
        own = meeting is not None and meeting.source == "followup"
        for widget in (self.add_decision_button, self.remove_decision_button, self.add_action_button,
                       self.remove_action_button):
            widget.setEnabled(own)
        if meeting is None:
            self.decisions_model.set_records([])
            self.actions_model.set_records([])
        elif own:
            assert meeting.id is not None
            self.decisions_model.set_records(self.ctx.repos.meetings.decision_rows(meeting.id))
            self.actions_model.set_records(self.ctx.repos.actions.of_meeting(meeting.id))
        else:
            self.decisions_model.set_records([{"text": text} for text in meeting.decisions])
            self.actions_model.set_records([
                {"what": a.what, "owner": a.who, "due_on": a.due_on, "status": a.status}
                for a in (self.ctx.repos.evidence.actions(meeting.case_id) if meeting.case_id is not None else [])])

    def _commit_decision(self, record: dict[str, Any], _key: str, value: Any) -> str | None:
        try:
            ops.update_decision(self.ctx, record["id"], str(value), initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def add_decision(self) -> None:
        meeting_id = self.own_id()
        text = self.ctx.asker.get_text(self, self.tr("Add decision"), self.tr("Decision:")) if meeting_id else None
        if text and meeting_id is not None:
            try:
                ops.add_decision(self.ctx, meeting_id, text, initiator=self)
            except OpError as exc:
                self.warn(str(exc))

    def remove_decision(self) -> None:
        record = self.decisions_model.record(self.decisions.currentIndex().row())
        if record is not None and "id" in record:
            ops.delete_decision(self.ctx, record["id"], initiator=self)

    def _commit_action(self, record: dict[str, Any], key: str, value: Any) -> str | None:
        try:
            ops_actions.update_action(self.ctx, record["id"], {key: value}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def add_action(self) -> None:
        meeting_id = self.own_id()
        text = self.ctx.asker.get_text(self, self.tr("Add action item"), self.tr("What is to be done?")) if meeting_id else None
        if text and meeting_id is not None:
            try:
                ops_actions.add_meeting_action(self.ctx, meeting_id, text, initiator=self)
            except OpError as exc:
                self.warn(str(exc))

    def remove_action(self) -> None:
        record = self.actions_model.record(self.actions_table.currentIndex().row())
        if record is not None and "id" in record:
            ops_actions.delete_action(self.ctx, record["id"], initiator=self)

    def retranslate(self) -> None:
        self.decisions_caption.setText(self.tr("Decisions"))
        self.actions_caption.setText(self.tr("Action items"))
        for each in (self.add_decision_button, self.add_action_button):
            each.setText(self.tr("Add…"))
        for each in (self.remove_decision_button, self.remove_action_button):
            each.setText(self.tr("Remove"))
        for model in (self.decisions_model, self.actions_model):
            model.retranslate()
