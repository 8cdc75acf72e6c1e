"""Action items (area "followup") and editing any row of the engagement-wide list in place.

Meetings' and improvement plans' items live in action_items and are edited here; a dispute's items
and a solution plan's tasks are edited through the verbs of their own areas, so their rules (and the
dispute's history record) still apply."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.followup import ACTION_STATUSES, ActionRow
from consultdesk.ops.errors import OpError
from consultdesk.ops.followup_common import delete, edit, insert, need_choice, need_days, need_row, need_text, only

if TYPE_CHECKING:
    from consultdesk.context import AppContext

FIELDS = ("what", "owner", "due_on", "status")
EDITABLE = FIELDS  # the columns of the list that can be edited in place, whatever the source


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, FIELDS)
    need_text(cleaned, "what", QCoreApplication.translate("ops", "An action item needs to say what is to be done."))
    need_choice(cleaned, "status", ACTION_STATUSES, QCoreApplication.translate("ops", "Unknown action item status: %s"))
    need_days(cleaned, "due_on")
    return cleaned


def add_meeting_action(ctx: "AppContext", meeting_id: int, what: str, initiator: Any = None, **fields: Any) -> int:
    meeting = need_row(ctx, "meetings", meeting_id, QCoreApplication.translate("ops", "The meeting no longer exists."))
    values = {"engagement_id": meeting["engagement_id"], "source": "meeting", "meeting_id": meeting_id,
              **_clean({"what": what, **fields})}
    return insert(ctx, QCoreApplication.translate("ops", "Add action item"), "action_items", values, initiator)


def add_improvement_task(ctx: "AppContext", five_why_id: int, what: str, initiator: Any = None, **fields: Any) -> int:
    five_why = ctx.repos.satisfaction.five_why(five_why_id)
    if five_why is None:
        raise OpError(QCoreApplication.translate("ops", "The 5-Why review no longer exists."))
    review = ctx.repos.satisfaction.get(five_why.review_id)
    assert review is not None  # a 5-Why is deleted with its review
    values = {"engagement_id": review.engagement_id, "source": "improvement", "five_why_id": five_why_id,
              **_clean({"what": what, **fields})}
    return insert(ctx, QCoreApplication.translate("ops", "Add improvement task"), "action_items", values, initiator)


def update_action(ctx: "AppContext", action_id: int, changes: Mapping[str, Any], initiator: Any = None,
                  session: Any = None) -> Changes:
    need_row(ctx, "action_items", action_id, QCoreApplication.translate("ops", "The action item no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit action item"), "action_items", action_id, _clean(changes), initiator, session)


def delete_action(ctx: "AppContext", action_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "action_items", action_id, QCoreApplication.translate("ops", "The action item no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete action item"), "action_items", action_id, initiator)


def update_row(ctx: "AppContext", row: ActionRow, column: str, value: Any, initiator: Any = None) -> Changes:
    """Edit one column of a row of the engagement-wide list through the ops of the row's own source."""
    if column not in EDITABLE:
        raise OpError(QCoreApplication.translate("ops", "Unknown field: %s") % column)
    if row.table == "action_items":
        return update_action(ctx, row.row_id, {column: value}, initiator)
    if row.table == "evidence_actions":
        from consultdesk.ops import evidence_consensus

        field = "who" if column == "owner" else column
        return evidence_consensus.update_action(ctx, row.row_id, {field: value}, initiator)
    if row.table == "solution_tasks":
        from consultdesk.ops import diagnosis_plan

        if column == "status":
            if value not in ("open", "done"):
                raise OpError(QCoreApplication.translate("ops", "A solution-plan task is either open or done."))
            return diagnosis_plan.update_task(ctx, row.row_id, {"done": value == "done"}, initiator)
        field = {"what": "title", "due_on": "deadline"}.get(column, column)
        if field == "deadline" and not value:
            value = None
        return diagnosis_plan.update_task(ctx, row.row_id, {field: value}, initiator)
    raise OpError(QCoreApplication.translate("ops", "Unknown field: %s") % row.table)
