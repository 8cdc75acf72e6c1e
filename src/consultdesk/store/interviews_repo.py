"""Interviews, their outline answers, and pre-visit questions of an engagement (reads only)."""

from __future__ import annotations

from consultdesk.domain.clients import field_names
from consultdesk.domain.interview import Interview, VisitQuestion, VisitQuestionStatus
from consultdesk.store.database import Store

_INTERVIEW_COLS = ", ".join(field_names(Interview))
_QUESTION_COLS = ", ".join(field_names(VisitQuestion))


class InterviewsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_engagement(self, engagement_id: int) -> list[Interview]:
        rows = self._store.query(
            f"select {_INTERVIEW_COLS} from interviews where engagement_id = ? order by held_on, id",
            [engagement_id],
        )
        return [Interview(**r) for r in rows]

    def get(self, interview_id: int) -> Interview | None:
        rows = self._store.query(f"select {_INTERVIEW_COLS} from interviews where id = ?", [interview_id])
        return Interview(**rows[0]) if rows else None

    def answers(self, interview_id: int) -> dict[str, str]:
        rows = self._store.query(
            "select question_key, answer from interview_answers where interview_id = ?", [interview_id]
        )
        return {r["question_key"]: r["answer"] for r in rows}

    def answer_row_id(self, interview_id: int, key: str) -> int | None:
        value = self._store.scalar(
            "select id from interview_answers where interview_id = ? and question_key = ?", [interview_id, key]
        )
        return int(value) if value is not None else None

    def visit_questions(self, engagement_id: int) -> list[VisitQuestion]:
        rows = self._store.query(
            f"select {_QUESTION_COLS} from visit_questions where engagement_id = ? order by position, id",
            [engagement_id],
        )
        return [VisitQuestion(**{**r, "status": VisitQuestionStatus(r["status"])}) for r in rows]

    def next_question_position(self, engagement_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(position), 0) + 1 from visit_questions where engagement_id = ?", [engagement_id]
        ))
