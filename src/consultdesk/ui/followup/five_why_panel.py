"""The 5-Why review of a low satisfaction score: five linked "why?" steps to a root cause, who took
part, and the improvement plan (action items that land in the engagement's list). Stored as typed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.followup import ACTION_STATUSES
from consultdesk.domain.satisfaction import WHY_STEPS, recovered
from consultdesk.ops import actions as ops_actions
from consultdesk.ops import satisfaction as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.choice_delegate import ChoiceDelegate
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.followup.labels import DIMENSION_NAMES, STATUS_NAMES, choices, label
from consultdesk.ui.followup.rows_model import Column, RowsModel

TASK_COLUMNS = (
    Column("what", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Improvement")), editable=True),
    Column("owner", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Owner")), editable=True),
    Column("due_on", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Due")), editable=True),
    Column("status", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Status")), editable=True, names=STATUS_NAMES),
)


class FiveWhyPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fiveWhyPanel")
        self.ctx = ctx
        self.review: Any = None
        self.next_review: Any = None
        self.five_why: Any = None
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("fiveWhyDimension")
        self.dimension.currentIndexChanged.connect(lambda _i: self._dimension_chosen())
        self.outcome = QLabel(self)
        self.outcome.setObjectName("fiveWhyOutcome")
        self.error = QLabel(self)
        self.binder = FieldBinder(self._commit, self, self.error)
        self.steps = []
        self.step_captions = []
        form = QFormLayout()
        form.addRow(self.outcome)
        for n in range(1, WHY_STEPS + 1):
            edit = QLineEdit(self)
            edit.setObjectName(f"why{n}")
            self.binder.bind(f"why_{n}", edit)
            caption = QLabel(self)
            form.addRow(caption, edit)
            self.steps.append(edit)
            self.step_captions.append(caption)
        self.participants = QLineEdit(self)
        self.participants.setObjectName("fiveWhyParticipants")
        self.root_cause = QPlainTextEdit(self)
        self.root_cause.setObjectName("fiveWhyRootCause")
        self.root_cause.setTabChangesFocus(True)
        self.root_cause.setMaximumHeight(60)
        self.binder.bind("participants", self.participants)
        self.binder.bind("root_cause", self.root_cause)
        self.participants_caption, self.root_caption = QLabel(self), QLabel(self)
        form.addRow(self.participants_caption, self.participants)
        form.addRow(self.root_caption, self.root_cause)
        self.tasks_model = RowsModel(TASK_COLUMNS, self._commit_task, self,
                                     lambda text: ctx.asker.warn(self, self.title(), text),
                                     flagged=lambda a: a["status"] == "open" and bool(a["due_on"])
                                     and a["due_on"][:10] < date.today().isoformat())
        self.tasks = QTableView(self)
        self.tasks.setObjectName("improvementTasks")
        self.tasks.setModel(self.tasks_model)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setTabKeyNavigation(False)
        self.tasks.verticalHeader().hide()
        self.tasks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tasks.setItemDelegateForColumn(3, ChoiceDelegate(lambda: choices(STATUS_NAMES, ACTION_STATUSES), self.tasks))
        self.plan_caption = QLabel(self)
        self.add_task_button = QPushButton(self)
        self.add_task_button.setObjectName("addImprovementTask")
        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button = QPushButton(self)
        self.remove_task_button.setObjectName("removeImprovementTask")
        self.remove_task_button.clicked.connect(self.remove_task)
        self.empty = QLabel(self)
        self.empty.setObjectName("fiveWhyEmpty")
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(self.error)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_caption, 1)
        plan_row.addWidget(self.add_task_button)
        plan_row.addWidget(self.remove_task_button)
        body.addLayout(plan_row)
        body.addWidget(self.tasks, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dimension)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def set_review(self, review: Any, next_review: Any = None) -> None:
        """Show the 5-Why reviews of *review*; next_review tells whether each score recovered."""
        self.binder.flush()
        self.review, self.next_review = review, next_review
        keep = self.dimension.currentData()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for five_why in review.five_whys if review is not None else ():
            score = review.scores()[five_why.dimension]
            self.dimension.addItem(f"{label(DIMENSION_NAMES, five_why.dimension)} ({score})", five_why.dimension)
        self.dimension.setCurrentIndex(max(self.dimension.findData(keep), 0))
        self.dimension.blockSignals(False)
        self._dimension_chosen()

    def _dimension_chosen(self) -> None:
        dimension = self.dimension.currentData()
        self.five_why = self.review.five_why(dimension) if self.review is not None and dimension else None
        has = self.five_why is not None
        self.body.setVisible(has)
        self.dimension.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            self.binder.load({})
            self.tasks_model.set_records([])
            return
        values = {f"why_{n}": text for n, text in enumerate(self.five_why.steps, 1)}
        values.update(participants=self.five_why.participants, root_cause=self.five_why.root_cause)
        self.binder.load(values)
        self.tasks_model.set_records(self.ctx.repos.actions.of_five_why(self.five_why.id))
        result = recovered(self.review, self.next_review, dimension) if self.next_review is not None else None
        if result is None:
            self.outcome.setText(self.tr("The next quarter's score will show whether the plan worked."))
        elif result:
            self.outcome.setText(self.tr("Recovered in %s.") % self.next_review.period)
        else:
            self.outcome.setText(self.tr("Still under 4 in %s: a second analysis is due.") % self.next_review.period)

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        if self.five_why is None:
            return None
        try:
            ops.update_five_why(self.ctx, self.five_why.id, {field: value}, initiator=self, session=session)
        except OpError as exc:
            return str(exc)
        return None

    def _commit_task(self, record: dict[str, Any], key: str, value: Any) -> str | None:
        try:
            ops_actions.update_action(self.ctx, record["id"], {key: value}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def add_task(self) -> None:
        if self.five_why is None:
            return
        text = self.ctx.asker.get_text(self, self.tr("Improvement plan"), self.tr("What will be done?"))
        if text:
            try:
                ops_actions.add_improvement_task(self.ctx, self.five_why.id, text, initiator=self)
            except OpError as exc:
                self.ctx.asker.warn(self, self.tr("Improvement plan"), str(exc))

    def remove_task(self) -> None:
        record = self.tasks_model.record(self.tasks.currentIndex().row())
        if record is not None:
            ops_actions.delete_action(self.ctx, record["id"], initiator=self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("5-Why review"))
        for n, caption in enumerate(self.step_captions, 1):
            caption.setText(self.tr("Why %s?") % n)
        self.participants_caption.setText(self.tr("Who took part:"))
        self.root_caption.setText(self.tr("Root cause:"))
        self.plan_caption.setText(self.tr("Improvement plan"))
        self.add_task_button.setText(self.tr("Add…"))
        self.remove_task_button.setText(self.tr("Remove"))
        self.empty.setText(self.tr("Every score of this quarter is 4 or more: no 5-Why review needed."))
        self.tasks_model.retranslate()
        if self.review is not None:
            self.set_review(self.review, self.next_review)
