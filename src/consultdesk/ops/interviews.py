"""Interview, outline-answer and pre-visit question verbs (area "clients": they live on the Clients tab)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.interview import VisitQuestionStatus
from consultdesk.ops.base import DeleteRow, InsertRow, push
from consultdesk.ops.dates import need_days
from consultdesk.ops.edit_command import push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "clients"



def create_interview(ctx: "AppContext", engagement_id: int, initiator: Any = None, **fields: Any) -> int:
    need_days(fields, "held_on")
    command = InsertRow(ctx, QCoreApplication.translate(
            "ops", "Add interview"), "interviews", {"engagement_id": engagement_id, **fields}, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_interview(
    ctx: "AppContext", interview_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    need_days(changes, "held_on")
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit interview"), "interviews", interview_id, changes, initiator, merge_session)


def delete_interview(ctx: "AppContext", interview_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete interview"), "interviews", interview_id, initiator))


def set_answer(
    ctx: "AppContext", interview_id: int, key: str, answer: str, initiator: Any = None, merge_session: Any = None
) -> Changes:
    """Store the answer to one outline question (or a part's notes); the first answer creates the row."""
    row_id = ctx.repos.interviews.answer_row_id(interview_id, key)
    text = QCoreApplication.translate("ops", "Edit interview answer")
    if row_id is None:
        if not answer:
            return Changes()
        values = {"interview_id": interview_id, "question_key": key, "answer": answer}
        return push(ctx, AREA, InsertRow(ctx, text, "interview_answers", values, initiator))
    return push_edit(ctx, AREA, text, "interview_answers", row_id, {"answer": answer}, initiator, merge_session)


def add_visit_question(ctx: "AppContext", engagement_id: int, question: str, initiator: Any = None) -> int:
    if not question.strip():
        raise OpError(QCoreApplication.translate("ops", "A question needs some text."))
    position = ctx.repos.interviews.next_question_position(engagement_id)
    values = {"engagement_id": engagement_id, "question": question, "position": position}
    command = InsertRow(ctx, QCoreApplication.translate("ops", "Add question"), "visit_questions", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_visit_question(
    ctx: "AppContext", question_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    if "question" in changes and not str(changes["question"]).strip():
        raise OpError(QCoreApplication.translate("ops", "A question needs some text."))
    if "status" in changes:
        VisitQuestionStatus(changes["status"])  # refuses unknown values
    text = QCoreApplication.translate("ops", "Edit question")
    return push_edit(ctx, AREA, text, "visit_questions", question_id, changes, initiator, merge_session)


def delete_visit_question(ctx: "AppContext", question_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete question"), "visit_questions", question_id, initiator))
