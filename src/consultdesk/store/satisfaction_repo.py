"""Quarterly satisfaction reviews with their 5-Why reviews; lessons of an engagement."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.followup import Lesson
from consultdesk.domain.satisfaction import DIMENSIONS, WHY_STEPS, FiveWhy, Review
from consultdesk.store.database import Store

_REVIEW = "id, engagement_id, period, " + ", ".join(DIMENSIONS) + ", comments, held_on"
_WHYS = ", ".join(f"why_{n}" for n in range(1, WHY_STEPS + 1))


def _five_why(row: dict[str, Any]) -> FiveWhy:
    steps = tuple(row.pop(f"why_{n}") for n in range(1, WHY_STEPS + 1))
    return FiveWhy(steps=steps, **row)


class SatisfactionRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def reviews(self, engagement_id: int) -> list[Review]:
        """Oldest quarter first."""
        rows = self._store.query(f"select {_REVIEW} from satisfaction_reviews where engagement_id = ? order by period",
                                 [engagement_id])
        whys: dict[int, list[FiveWhy]] = {}
        for r in self._store.query(
            f"select f.id, f.review_id, f.dimension, {_WHYS}, f.participants, f.root_cause from five_whys f "
            "join satisfaction_reviews r on r.id = f.review_id where r.engagement_id = ? order by f.id", [engagement_id]
        ):
            whys.setdefault(r["review_id"], []).append(_five_why(r))
        return [Review(**r, five_whys=tuple(whys.get(r["id"], ()))) for r in rows]

    def get(self, review_id: int) -> Review | None:
        rows = self._store.query(f"select {_REVIEW} from satisfaction_reviews where id = ?", [review_id])
        if not rows:
            return None
        whys = self._store.query(
            f"select id, review_id, dimension, {_WHYS}, participants, root_cause from five_whys where review_id = ? "
            "order by id", [review_id])
        return Review(**rows[0], five_whys=tuple(_five_why(w) for w in whys))

    def by_period(self, engagement_id: int, period: str) -> Review | None:
        review_id = self._store.scalar("select id from satisfaction_reviews where engagement_id = ? and period = ?",
                                       [engagement_id, period])
        return None if review_id is None else self.get(review_id)

    def five_why(self, five_why_id: int) -> FiveWhy | None:
        rows = self._store.query(
            f"select id, review_id, dimension, {_WHYS}, participants, root_cause from five_whys where id = ?",
            [five_why_id])
        return _five_why(rows[0]) if rows else None

    def next_review_id(self) -> int:
        """The id a new review gets (its 5-Why rows are inserted in the same undo step)."""
        return int(self._store.scalar("select coalesce(max(id), 0) + 1 from satisfaction_reviews"))

    def open_reviews(self, engagement_id: int) -> int:
        """5-Why reviews not closed yet: no root cause, or an improvement action still open."""
        return int(self._store.scalar(
            "select count(*) from five_whys f join satisfaction_reviews r on r.id = f.review_id "
            "where r.engagement_id = ? and (trim(f.root_cause) = '' or exists (select 1 from action_items a "
            "where a.five_why_id = f.id and a.status = 'open'))", [engagement_id]))

    # -- lessons ---------------------------------------------------------------------------------
    def lessons(self, engagement_id: int) -> list[Lesson]:
        rows = self._store.query(
            "select id, engagement_id, kind, text, tags, created_at from lessons where engagement_id = ? order by id",
            [engagement_id])
        return [Lesson(**r) for r in rows]

    def lesson(self, lesson_id: int) -> Lesson | None:
        rows = self._store.query("select id, engagement_id, kind, text, tags, created_at from lessons where id = ?",
                                 [lesson_id])
        return Lesson(**rows[0]) if rows else None
