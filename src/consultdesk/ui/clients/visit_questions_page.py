"""The pre-visit question list of an engagement: open points to ask, ticked off with the answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.interview import VisitQuestion, VisitQuestionStatus
from consultdesk.ops import interviews as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.record_table_model import RecordTableModel


class VisitQuestionModel(RecordTableModel[VisitQuestion]):
    """Column ANSWERED is a check box (open/answered); QUESTION and ANSWER are edited in place."""

    ANSWERED, QUESTION, ANSWER = range(3)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("VisitQuestionModel", "Answered")),
        str(QT_TRANSLATE_NOOP("VisitQuestionModel", "Question")),
        str(QT_TRANSLATE_NOOP("VisitQuestionModel", "Answer")),
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.ANSWERED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.records[index.row()]
        if index.column() == self.ANSWERED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if question.status is VisitQuestionStatus.ANSWERED else Qt.CheckState.Unchecked
            return None
        text = question.question if index.column() == self.QUESTION else question.answer
        return text if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole) else None

    def setData(  # noqa: N802 - Qt override
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        question = self.records[index.row()]
        if index.column() == self.ANSWERED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            changes = {"status": (VisitQuestionStatus.ANSWERED if checked else VisitQuestionStatus.OPEN).value}
        elif role == Qt.ItemDataRole.EditRole and index.column() in (self.QUESTION, self.ANSWER):
            changes = {("question" if index.column() == self.QUESTION else "answer"): value}
        else:
            return False
        try:
            assert question.id is not None, "the table lists stored questions only"
            ops.update_visit_question(self.ctx, question.id, changes, initiator=self)
        except OpError as exc:
            self.ctx.bus.failed.emit(str(exc))
            return False
        return True

class VisitQuestionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.model = VisitQuestionModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("visitQuestionsTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VisitQuestionModel.ANSWERED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitQuestionModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VisitQuestionModel.ANSWER, QHeaderView.ResizeMode.Stretch)
        self.new_question = QLineEdit(self)
        self.new_question.setObjectName("newVisitQuestion")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_question)
        self.new_question.returnPressed.connect(self._add)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.follower = follow_bus(ctx, self, ("visit_questions", "engagements"), self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_question.setPlaceholderText(self.tr("Add a question to ask on the next visit, then press Enter"))
        self.model.retranslate_headers()

    def show_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.new_question.setEnabled(engagement_id is not None)
        self._reload()

    def _reload(self) -> None:
        questions = self.ctx.repos.interviews.visit_questions(self.engagement_id) if self.engagement_id else []
        self.model.set_records(questions)
        self.table.resizeRowsToContents()

    def _add(self) -> None:
        text = self.new_question.text().strip()
        if self.engagement_id is None or not text:
            return
        ops.add_visit_question(self.ctx, self.engagement_id, text, initiator=self)
        self.new_question.clear()

    def _delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            question_id = self.model.records[row].id
            assert question_id is not None, "the table lists stored questions only"
            ops.delete_visit_question(self.ctx, question_id, initiator=self)

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self._reload()
