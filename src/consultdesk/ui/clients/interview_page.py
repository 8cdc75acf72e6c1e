"""Interviews of the selected engagement, recorded along the four-part outline (questions + hints)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.interview import OUTLINE, OutlinePart, notes_key
from consultdesk.ops import interviews as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.clients import outline_texts as texts
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.forms.ui_interview_header import Ui_InterviewHeader


class OutlineEditor(QWidget):
    """Header fields plus one group per outline part, each question with its hint and an answer box."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interview_id: int | None = None
        self.header = QWidget(self)
        self.form = Ui_InterviewHeader()
        self.form.setupUi(self.header)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        self.header_binder = FieldBinder(self._commit_header, self)
        f = self.form
        for field, widget in (("title", f.interviewTitle), ("held_on", f.interviewHeldOn),
                              ("participants", f.interviewParticipants), ("stressed", f.interviewStressed),
                              ("to_confirm", f.interviewToConfirm)):
            self.header_binder.bind(field, widget)
        self.answer_binder = FieldBinder(self._commit_answer, self)
        self.groups: dict[OutlinePart, QGroupBox] = {}
        self.question_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.answer_edits: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        for part, keys in OUTLINE.items():
            group = QGroupBox(self)
            group_layout = QVBoxLayout(group)
            for key in [*keys, notes_key(part)]:
                question, hint = QLabel(group), QLabel(group)
                question.setWordWrap(True)
                question.setStyleSheet("font-weight: 600;")
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(mid);")
                edit = QPlainTextEdit(group)
                edit.setObjectName(f"answer-{key}")
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
                question.setBuddy(edit)
                for row_widget in (question, hint, edit):
                    group_layout.addWidget(row_widget)
                self.question_labels[key] = (question, hint)
                self.answer_edits[key] = edit
                self.answer_binder.bind(key, edit)
            self.groups[part] = group
            layout.addWidget(group)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.form.retranslateUi(self.header)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        for part, group in self.groups.items():
            group.setTitle(QCoreApplication.translate("InterviewOutline", str(texts.PART_TITLES[part])))
        for key, (question, hint) in self.question_labels.items():
            if key.endswith(".notes"):
                question.setText(QCoreApplication.translate("InterviewOutline", str(texts.NOTES_LABEL)))
                hint.hide()
            else:
                q, h = texts.QUESTIONS[key]
                question.setText(QCoreApplication.translate("InterviewOutline", str(q)))
                hint.setText(QCoreApplication.translate("InterviewOutline", str(h)))

    def show_interview(self, interview_id: int | None) -> None:
        self.flush()
        self.interview_id = interview_id
        interview = self.ctx.repos.interviews.get(interview_id) if interview_id else None
        self.header_binder.load(asdict(interview) if interview else {})
        self.answer_binder.load(self.ctx.repos.interviews.answers(interview.id) if interview and interview.id else {})
        self.setEnabled(interview is not None)

    def refresh(self) -> None:
        interview = self.ctx.repos.interviews.get(self.interview_id) if self.interview_id is not None else None
        if interview is not None and self.interview_id is not None:
            self.header_binder.load(asdict(interview))
            self.answer_binder.load(self.ctx.repos.interviews.answers(self.interview_id))

    def flush(self) -> None:
        self.header_binder.flush()
        self.answer_binder.flush()

    def _commit_header(self, field: str, value: Any, session: object) -> str | None:
        if self.interview_id is not None:
            try:
                ops.update_interview(self.ctx, self.interview_id, {field: value}, initiator=self, merge_session=session)
            except OpError as exc:
                return str(exc)
        return None

    def _commit_answer(self, key: str, value: Any, session: object) -> None:
        if self.interview_id is not None:
            ops.set_answer(self.ctx, self.interview_id, key, value, initiator=self, merge_session=session)


class InterviewsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("interviewList")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newInterviewButton")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        self.editor = OutlineEditor(ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([180, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button.clicked.connect(self._add)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.follower = follow_bus(ctx, self, ("interviews", "interview_answers", "engagements"), self._on_changed)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New interview"))
        self.editor.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.new_button.setEnabled(engagement_id is not None)
        self._fill()
        first = self.list.item(0)
        self.list.setCurrentItem(first)
        self.editor.show_interview(first.data(Qt.ItemDataRole.UserRole) if first else None)

    def _fill(self) -> None:
        current = self.editor.interview_id
        self._filling = True
        try:
            self.list.clear()
            interviews = self.ctx.repos.interviews.for_engagement(self.engagement_id) if self.engagement_id else []
            for interview in interviews:
                label = interview.title or self.tr("Interview of {date}").format(date=interview.held_on or "—")
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, interview.id)
                if interview.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False

    def _picked(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if not self._filling:
            self.editor.show_interview(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _add(self) -> None:
        if self.engagement_id is None:
            return
        from datetime import date

        interview_id = ops.create_interview(self.ctx, self.engagement_id, initiator=self, held_on=date.today().isoformat())
        self._fill()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == interview_id:
                self.list.setCurrentRow(row)
        self.editor.form.interviewTitle.setFocus()

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.ctx.asker.confirm(
            self, self.tr("Delete interview"),
            self.tr("Delete \u201c{title}\u201d and all its answers? You can undo this with Ctrl+Z.").format(title=item.text()),
        ):
            ops.delete_interview(self.ctx, item.data(Qt.ItemDataRole.UserRole), initiator=self)

    def _on_changed(self, changes: Changes) -> None:
        # Not skipping the editor's own echo: the list names each interview by the fields being typed.
        if self.engagement_id is None:
            return
        if changes.touches("interviews", "engagements"):
            self._fill()
            if self.editor.interview_id is not None and self.list.currentItem() is None:
                self.editor.show_interview(None)
        self.editor.refresh()
