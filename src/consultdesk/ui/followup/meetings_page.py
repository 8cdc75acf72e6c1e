"""Meetings of the engagement (every kind, the dispute's included): the list with the minutes' state,
the next meeting due from the phase's cadence, and the selected meeting's form (stored as typed),
decisions and action items. A dispute's meeting is shown read-only and opens in the Evidence tab."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.followup import Meeting, current_phase, next_meeting_due
from consultdesk.ops import meetings as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.date_field import DateField
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.common.jump import jump
from consultdesk.ui.common.scrolling import scrollable
from consultdesk.ui.followup.export import export_document
from consultdesk.ui.followup.labels import MEETING_KIND_NAMES, PHASE_NAMES, fill_combo, label
from consultdesk.ui.followup.meeting_columns import MEETING_COLUMNS, TABLES
from consultdesk.ui.followup.meeting_outcomes import MeetingOutcomes
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.rows_model import RowsModel
from consultdesk.ui.followup.widgets import button, record_table


class MeetingsPage(FollowUpPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.meetings: list[Any] = []
        self.current: Any = None
        # A meeting whose minutes are past their 24 h shows in red.
        self.model = RowsModel(MEETING_COLUMNS, parent=self, flagged=lambda r: r["minutes"] == self.tr("overdue"))
        self.list = record_table(self, "meetingList", self.model, 3)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._chosen(cur.row()))
        self.new_button = button(self, "newMeetingButton", self.new_meeting)
        self.delete_button = button(self, "deleteMeetingButton", self.delete_meeting)
        self.next_due = QLabel(self)
        self.next_due.setObjectName("nextMeetingDue")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.next_due)
        self._build_form()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrollable(self.form_box, splitter))  # the long form scrolls on a small screen
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)
        self.retranslate()

    # --- the form ----------------------------------------------------------------------------------
    def _build_form(self) -> None:
        box = self.form_box = QWidget(self)
        self.kind = QComboBox(box)
        self.kind.setObjectName("meetingKind")
        self.title = QLineEdit(box)
        self.title.setObjectName("meetingTitle")
        self.held_on = DateField(box)
        self.held_on.setObjectName("meetingHeldOn")
        self.held_on.configure(with_time=True, separator="T")  # stored "2026-03-31T14:00"
        self.phase = QComboBox(box)
        self.phase.setObjectName("meetingPhase")
        self.ours = QLineEdit(box)
        self.ours.setObjectName("meetingOurAttendees")
        self.theirs = QLineEdit(box)
        self.theirs.setObjectName("meetingClientAttendees")
        self.agenda = QPlainTextEdit(box)
        self.agenda.setObjectName("meetingAgenda")
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("meetingNotes")
        for text_box in (self.agenda, self.notes):
            text_box.setTabChangesFocus(True)
            text_box.setMaximumHeight(90)
        self.error = QLabel(box)
        self.error.setObjectName("meetingError")
        self.binder = FieldBinder(self._commit, self, self.error)
        for name, widget in (("kind", self.kind), ("title", self.title), ("held_on", self.held_on),
                             ("phase", self.phase), ("our_attendees", self.ours), ("client_attendees", self.theirs),
                             ("agenda", self.agenda), ("notes", self.notes)):
            self.binder.bind(name, widget)
        self.minutes_state = QLabel(box)
        self.minutes_state.setObjectName("minutesState")
        self.minutes_state.setWordWrap(True)
        self.sent_button = button(box, "minutesSentButton", self.mark_sent)
        self.confirm_button = button(box, "confirmMinutesButton", self.confirm)
        self.export_button = button(box, "exportMinutesButton", self.export_minutes)
        self.open_case_button = button(box, "openDisputeButton", self.open_case)
        self.outcomes = MeetingOutcomes(self.ctx, self._own_id, self._warn, box)
        self.decisions_model, self.actions_model = self.outcomes.decisions_model, self.outcomes.actions_model
        self.form = form = QFormLayout()
        self.captions = [QLabel(box) for _ in range(8)]
        fields: tuple[QWidget, ...] = (self.kind, self.title, self.held_on, self.phase, self.ours, self.theirs,
                                       self.agenda, self.notes)
        for caption, control in zip(self.captions, fields, strict=True):
            form.addRow(caption, control)
        minutes_row = QHBoxLayout()
        for each in (self.sent_button, self.confirm_button, self.export_button, self.open_case_button):
            minutes_row.addWidget(each)
        minutes_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.minutes_state)
        layout.addLayout(minutes_row)
        layout.addWidget(self.outcomes, 1)

    # --- what is shown -----------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        keep = self.current.key if self.current is not None else None
        self.meetings = self.ctx.repos.meetings.for_engagement(self.engagement_id) if self.engagement_id else []
        now = datetime.now()
        rows = [{"number": n, "held_on": m.held_on.replace("T", " "), "kind": m.kind, "title": m.title,
                 "minutes": self._minutes_text(m, now), "meeting": m} for n, m in enumerate(self.meetings, 1)]
        self.model.set_records(rows)
        self.new_button.setEnabled(self.engagement_id is not None)
        self._complete_attendees()
        due = next_meeting_due(self.meetings, current_phase(self.meetings), date.today())
        self.next_due.setText(self.tr("Next regular meeting due: %s") % due.isoformat() if due else "")
        self.next_due.setStyleSheet("color: #c62828;" if due and due < date.today() else "")
        row = next((i for i, m in enumerate(self.meetings) if m.key == keep), len(self.meetings) - 1)
        if row >= 0:
            self.list.selectRow(row)
        self._show(self.meetings[row] if row >= 0 else None)

    def _complete_attendees(self) -> None:
        """The client's contacts complete the client-side attendees ("name (role)")."""
        engagement = self.ctx.repos.clients.get_engagement(self.engagement_id) if self.engagement_id else None
        contacts = self.ctx.repos.clients.contacts(engagement.client_id) if engagement else []
        names = [f"{c.name}（{c.role}）" if c.role else c.name for c in contacts]
        completer = QCompleter(names, self.theirs)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theirs.setCompleter(completer)

    def _minutes_text(self, meeting: Meeting, now: datetime) -> str:
        if meeting.confirmed_by:
            return self.tr("confirmed")
        if meeting.minutes_sent_on:
            return self.tr("sent %s") % meeting.minutes_sent_on
        if meeting.minutes_overdue(now):
            return self.tr("overdue")
        if meeting.minutes_due(now):
            return self.tr("due")
        return ""

    def _chosen(self, row: int) -> None:
        meeting = self.meetings[row] if 0 <= row < len(self.meetings) else None
        if meeting is None or self.current is None or meeting.key != self.current.key:
            self.binder.flush()
            self._show(meeting)

    def _show(self, meeting: Any) -> None:
        self.current = meeting
        own = meeting is not None and meeting.source == "followup"
        for field in (self.kind, self.title, self.held_on, self.phase, self.ours, self.theirs):
            field.setEnabled(own)
        for text_box in (self.agenda, self.notes):
            text_box.setReadOnly(not own)
        for widget in (self.delete_button, self.sent_button, self.confirm_button):
            widget.setEnabled(own)
        self.export_button.setEnabled(meeting is not None)
        self.open_case_button.setVisible(meeting is not None and meeting.source == "evidence")
        self.outcomes.show_meeting(meeting)
        if meeting is None:
            self.binder.load({})
            self.minutes_state.setText("")
            return
        self.binder.load({f: getattr(meeting, f) for f in ("kind", "title", "held_on", "phase", "our_attendees",
                                                           "client_attendees", "agenda", "notes")})
        self.minutes_state.setText(self._minutes_sentence(meeting))
        self.sent_button.setText(self.tr("Mark minutes not sent") if meeting.minutes_sent_on else self.tr("Minutes sent"))

    def _minutes_sentence(self, meeting: Meeting) -> str:
        deadline = meeting.minutes_deadline()
        if meeting.confirmed_by:
            return self.tr("Minutes sent on %1, confirmed by %2 on %3.").replace("%1", meeting.minutes_sent_on) \
                .replace("%2", meeting.confirmed_by).replace("%3", meeting.confirmed_on)
        if meeting.minutes_sent_on:
            return self.tr("Minutes sent on %s; not confirmed yet.") % meeting.minutes_sent_on
        if deadline is None:
            return self.tr("Give the meeting a date: the minutes are due 24 hours after it.")
        return self.tr("Minutes due by %s (24 hours after the meeting).") % deadline.strftime("%Y-%m-%d %H:%M")

    def _on_changed(self, _changes: Changes) -> None:
        # Not skipping our own echo: the list shows the title and date being typed in the form.
        if self.engagement_id is not None:
            self.reload()

    # --- verbs -------------------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        self.ctx.asker.warn(self, self.tr("Meetings"), text)

    def _own_id(self) -> int | None:
        return self.current.id if self.current is not None and self.current.source == "followup" else None

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        meeting_id = self._own_id()
        if meeting_id is None:
            return None
        try:
            ops.update_meeting(self.ctx, meeting_id, {field: value}, initiator=self, session=session)
        except OpError as exc:
            return str(exc)
        return None

    def new_meeting(self) -> int | None:
        if self.engagement_id is None:
            return None
        kind = "weekly" if self.meetings else "kickoff"
        title = label(MEETING_KIND_NAMES, kind)
        now = datetime.now().replace(second=0, microsecond=0).isoformat(timespec="minutes")
        phase = current_phase(self.meetings)
        meeting_id = ops.add_meeting(self.ctx, self.engagement_id, title, initiator=self, kind=kind, held_on=now,
                                     phase=phase)
        self.reveal("meetings", meeting_id)
        self.title.setFocus()
        self.title.selectAll()
        return meeting_id

    def delete_meeting(self) -> None:
        meeting_id = self._own_id()
        if meeting_id is None:
            return
        if self.ctx.asker.confirm(self, self.tr("Delete meeting"),
                                  self.tr("Delete the meeting “%s” with its decisions and action items?") % self.current.title):
            self.current = None
            ops.delete_meeting(self.ctx, meeting_id, initiator=self)

    def mark_sent(self) -> None:
        meeting_id = self._own_id()
        if meeting_id is not None:
            ops.mark_minutes_sent(self.ctx, meeting_id, "" if self.current.minutes_sent_on else None, initiator=self)

    def confirm(self) -> None:
        meeting_id = self._own_id()
        if meeting_id is None:
            return
        who = self.ctx.asker.get_text(self, self.tr("Confirm minutes"),
                                      self.tr("Who confirmed the minutes on the client's side?"),
                                      self.current.client_attendees.split("、")[0].split(",")[0].strip())
        if who is None:
            return
        try:
            ops.confirm_minutes(self.ctx, meeting_id, who, initiator=self)
        except OpError as exc:
            self._warn(str(exc))

    def export_minutes(self) -> None:
        if self.current is not None:
            number = next(i for i, m in enumerate(self.meetings, 1) if m.key == self.current.key)
            export_document(self.ctx, self, "minutes", str(number))

    def open_case(self) -> None:
        if self.current is not None and self.current.case_id is not None:
            jump(self, "evidenceTab", "dispute_cases", self.current.case_id)

    def reveal(self, table: str, record_id: int) -> bool:
        """Select a meeting of the follow-up table by its id."""
        for row, meeting in enumerate(self.meetings):
            if table == "meetings" and meeting.source == "followup" and meeting.id == record_id:
                self.list.selectRow(row)
                return True
        return False

    def flush(self) -> None:
        self.binder.flush()

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        fill_combo(self.kind, MEETING_KIND_NAMES)
        fill_combo(self.phase, PHASE_NAMES)
        for caption, text in zip(self.captions, (self.tr("Kind:"), self.tr("Title:"), self.tr("Date and time:"),
                                                 self.tr("Phase:"), self.tr("Our side:"), self.tr("Client side:"),
                                                 self.tr("Agenda:"), self.tr("Notes:")), strict=True):
            caption.setText(text)
        self.new_button.setText(self.tr("New meeting"))
        self.delete_button.setText(self.tr("Delete"))
        self.sent_button.setText(self.tr("Minutes sent"))
        self.confirm_button.setText(self.tr("Confirm minutes…"))
        self.export_button.setText(self.tr("Export minutes…"))
        self.open_case_button.setText(self.tr("Open in Evidence"))
        self.outcomes.retranslate()
        self.model.retranslate()
        if self.engagement_id is not None:
            self.reload()
