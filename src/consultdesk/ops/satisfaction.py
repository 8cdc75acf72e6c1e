"""Quarterly satisfaction reviews, their 5-Why reviews and lessons (area "followup").

A score under 4 opens the dimension's 5-Why in the same undo step, so the review of a low score can
never be forgotten; its improvement plan is a list of action items (ops.actions.add_improvement_task)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.followup import LESSON_KINDS
from consultdesk.domain.satisfaction import DIMENSIONS, THRESHOLD, WHY_STEPS, check_period
from consultdesk.ops.base import CompositeCommand, InsertRow, push
from consultdesk.ops.edit_command import EditRow
from consultdesk.ops.errors import OpError
from consultdesk.ops.followup_common import (
    AREA,
    delete,
    edit,
    insert,
    need_choice,
    need_days,
    need_row,
    need_text,
    only,
)

if TYPE_CHECKING:
    from consultdesk.context import AppContext

REVIEW_FIELDS = DIMENSIONS + ("comments", "held_on")
WHY_FIELDS = tuple(f"why_{n}" for n in range(1, WHY_STEPS + 1)) + ("participants", "root_cause")
LESSON_FIELDS = ("kind", "text", "tags")


def _clean_review(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, REVIEW_FIELDS)
    for name in DIMENSIONS:
        if name not in cleaned:
            continue
        score = cleaned[name]
        if score in ("", None):
            cleaned[name] = None
            continue
        try:
            score = int(score)
        except (TypeError, ValueError):
            raise OpError(QCoreApplication.translate("ops", "A score is a whole number from 1 to 5.")) from None
        if not 1 <= score <= 5:
            raise OpError(QCoreApplication.translate("ops", "A score is a whole number from 1 to 5."))
        cleaned[name] = score
    need_days(cleaned, "held_on")
    return cleaned


def _open_whys(ctx: "AppContext", review_id: int, scores: Mapping[str, Any]) -> list[InsertRow]:
    """Inserts of the 5-Why reviews that scores under the threshold call for and that do not exist yet."""
    review = ctx.repos.satisfaction.get(review_id) if review_id else None
    existing = {f.dimension for f in review.five_whys} if review else set()
    return [
        InsertRow(ctx, QCoreApplication.translate(
                "ops", "Open 5-Why review"), "five_whys", {"review_id": review_id, "dimension": name})
        for name, score in scores.items()
        if name in DIMENSIONS and score is not None and score < THRESHOLD and name not in existing
    ]


def add_review(ctx: "AppContext", engagement_id: int, period: str, initiator: Any = None, **fields: Any) -> int:
    if ctx.repos.clients.get_engagement(engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    if not check_period(period):
        raise OpError(QCoreApplication.translate("ops", "A quarter looks like 2026-Q3."))
    if ctx.repos.satisfaction.by_period(engagement_id, period) is not None:
        raise OpError(QCoreApplication.translate("ops", "There is already a review for %s.") % period)
    values = {"engagement_id": engagement_id, "period": period, **_clean_review(fields)}
    review_id = ctx.repos.satisfaction.next_review_id()
    insert_review = InsertRow(ctx, QCoreApplication.translate(
            "ops", "Add satisfaction review"), "satisfaction_reviews", {"id": review_id, **values})
    parts = [insert_review] + _open_whys(ctx, review_id, values)
    push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Add satisfaction review"), parts, initiator))
    return review_id


def update_review(ctx: "AppContext", review_id: int, changes: Mapping[str, Any], initiator: Any = None,
                  session: Any = None) -> Changes:
    need_row(ctx, "satisfaction_reviews", review_id, QCoreApplication.translate(
            "ops", "The satisfaction review no longer exists."))
    cleaned = _clean_review(changes)
    opens = _open_whys(ctx, review_id, cleaned)
    if not opens:
        return edit(ctx, QCoreApplication.translate(
                "ops", "Edit satisfaction review"), "satisfaction_reviews", review_id, cleaned, initiator, session)
    update = EditRow(ctx, QCoreApplication.translate(
            "ops", "Edit satisfaction review"), "satisfaction_reviews", review_id, cleaned)
    return push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate(
            "ops", "Edit satisfaction review"), [update, *opens], initiator))


def delete_review(ctx: "AppContext", review_id: int, initiator: Any = None) -> Changes:
    """With its 5-Why reviews and their improvement tasks."""
    need_row(ctx, "satisfaction_reviews", review_id, QCoreApplication.translate(
            "ops", "The satisfaction review no longer exists."))
    return delete(ctx, QCoreApplication.translate(
            "ops", "Delete satisfaction review"), "satisfaction_reviews", review_id, initiator)


def open_five_why(ctx: "AppContext", review_id: int, dimension: str, initiator: Any = None) -> int:
    need_row(ctx, "satisfaction_reviews", review_id, QCoreApplication.translate(
            "ops", "The satisfaction review no longer exists."))
    need_choice({"dimension": dimension}, "dimension", DIMENSIONS, QCoreApplication.translate("ops", "Unknown dimension: %s"))
    review = ctx.repos.satisfaction.get(review_id)
    assert review is not None  # need_row found it
    found = review.five_why(dimension)
    if found is not None:
        return found.id
    return insert(ctx, QCoreApplication.translate(
            "ops", "Open 5-Why review"), "five_whys", {"review_id": review_id, "dimension": dimension}, initiator)


def update_five_why(ctx: "AppContext", five_why_id: int, changes: Mapping[str, Any], initiator: Any = None,
                    session: Any = None) -> Changes:
    need_row(ctx, "five_whys", five_why_id, QCoreApplication.translate("ops", "The 5-Why review no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit 5-Why review"), "five_whys", five_why_id, only(changes, WHY_FIELDS), initiator, session)


def delete_five_why(ctx: "AppContext", five_why_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "five_whys", five_why_id, QCoreApplication.translate("ops", "The 5-Why review no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete 5-Why review"), "five_whys", five_why_id, initiator)


# -- lessons ---------------------------------------------------------------------------------------
def _clean_lesson(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, LESSON_FIELDS)
    need_text(cleaned, "text", QCoreApplication.translate("ops", "A lesson needs a text."))
    need_choice(cleaned, "kind", LESSON_KINDS, QCoreApplication.translate("ops", "Unknown kind of lesson: %s"))
    return cleaned


def add_lesson(ctx: "AppContext", engagement_id: int, text: str, kind: str = "worked", initiator: Any = None,
               **fields: Any) -> int:
    if ctx.repos.clients.get_engagement(engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    values = {"engagement_id": engagement_id, **_clean_lesson({"text": text, "kind": kind, **fields})}
    return insert(ctx, QCoreApplication.translate("ops", "Add lesson"), "lessons", values, initiator)


def update_lesson(ctx: "AppContext", lesson_id: int, changes: Mapping[str, Any], initiator: Any = None,
                  session: Any = None) -> Changes:
    need_row(ctx, "lessons", lesson_id, QCoreApplication.translate("ops", "The lesson no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit lesson"), "lessons", lesson_id, _clean_lesson(changes), initiator, session)


def delete_lesson(ctx: "AppContext", lesson_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "lessons", lesson_id, QCoreApplication.translate("ops", "The lesson no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete lesson"), "lessons", lesson_id, initiator)
