"""Lessons of the engagement (复盘归档): what worked and what to avoid, with tags to find them later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.followup import LESSON_KINDS
from consultdesk.ops import satisfaction as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.choice_delegate import ChoiceDelegate
from consultdesk.ui.followup.labels import LESSON_KIND_NAMES, choices
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.rows_model import Column, RowsModel

COLUMNS = (
    Column("kind", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Kind")), editable=True, names=LESSON_KIND_NAMES),
    Column("text", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Lesson")), editable=True),
    Column("tags", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Tags")), editable=True),
)


class LessonsPage(FollowUpPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.lessons: list[Any] = []
        self.filter = QLineEdit(self)
        self.filter.setObjectName("lessonsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._apply())
        self.add_worked = self._button("addLessonWorked", lambda: self.add_lesson("worked"))
        self.add_avoid = self._button("addLessonAvoid", lambda: self.add_lesson("avoid"))
        self.delete_button = self._button("deleteLessonButton", self.delete_lesson)
        self.model = RowsModel(COLUMNS, self._commit, self, lambda text: ctx.asker.warn(self, self.tr("Lessons"), text))
        self.table = QTableView(self)
        self.table.setObjectName("lessonsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(lambda: choices(LESSON_KIND_NAMES, LESSON_KINDS), self.table))
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for button in (self.add_worked, self.add_avoid, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.follower = follow_bus(ctx, self, ("lessons",), self._on_changed)
        self.retranslate()

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        self.lessons = self.ctx.repos.satisfaction.lessons(self.engagement_id) if self.engagement_id else []
        self._apply()

    def _apply(self) -> None:
        needle = self.filter.text().strip().lower()
        shown = [lesson for lesson in self.lessons if not needle or needle in f"{lesson.text} {lesson.tags}".lower()]
        self.model.set_records(shown)
        for widget in (self.add_worked, self.add_avoid):
            widget.setEnabled(self.engagement_id is not None)
        self.table.resizeRowsToContents()

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self.reload()

    def _commit(self, lesson: Any, key: str, value: Any) -> str | None:
        try:
            ops.update_lesson(self.ctx, lesson.id, {key: value}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def add_lesson(self, kind: str) -> int | None:
        if self.engagement_id is None:
            return None
        text = self.ctx.asker.get_text(self, self.tr("Add lesson"), self.tr("Lesson:"))
        if not text:
            return None
        try:
            return ops.add_lesson(self.ctx, self.engagement_id, text, kind, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Lessons"), str(exc))
            return None

    def delete_lesson(self) -> None:
        lesson = self.model.record(self.table.currentIndex().row())
        if lesson is not None:
            ops.delete_lesson(self.ctx, lesson.id, initiator=self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Find a lesson…"))
        self.add_worked.setText(self.tr("What worked…"))
        self.add_avoid.setText(self.tr("What to avoid…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
