"""Solution-plan verbs (area "diagnosis"): phases (short-term fix / long-term prevention) and their tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.diagnosis import PlanTerm, parse_deadline
from consultdesk.ops.base import DeleteRow, InsertRow, push
from consultdesk.ops.diagnosis_common import AREA, check_text
from consultdesk.ops.edit_command import push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

PHASE_FIELDS = {"title", "term"}
TASK_FIELDS = {"title", "owner", "deadline", "root_cause_id", "done"}


def _check_term(term: Any) -> None:
    if term not in {t.value for t in PlanTerm}:
        raise OpError(QCoreApplication.translate("ops", "A phase is either a short-term fix or long-term prevention."))


def add_phase(ctx: "AppContext", diagnosis_id: int, term: str, title: str, initiator: Any = None) -> int:
    _check_term(term)
    check_text(title, QCoreApplication.translate("ops", "phase"))
    if ctx.repos.diagnoses.get(diagnosis_id) is None:
        raise OpError(QCoreApplication.translate("ops", "This diagnosis no longer exists."))
    position = ctx.repos.diagnoses.max_position("solution_phases", "diagnosis_id", diagnosis_id) + 1
    values = {"diagnosis_id": diagnosis_id, "term": term, "title": title, "position": position}
    command = InsertRow(ctx, QCoreApplication.translate("ops", "Add phase"), "solution_phases", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_phase(
    ctx: "AppContext", phase_id: int, changes: Mapping[str, Any], initiator: Any = None, session: Any = None
) -> Changes:
    if set(changes) - PHASE_FIELDS:
        raise OpError(f"Unknown phase fields: {sorted(set(changes) - PHASE_FIELDS)}")
    if "term" in changes:
        _check_term(changes["term"])
    if "title" in changes:
        check_text(changes["title"], QCoreApplication.translate("ops", "phase"))
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit phase"), "solution_phases", phase_id, changes, initiator, session)


def delete_phase(ctx: "AppContext", phase_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete phase"), "solution_phases", phase_id, initiator))


def _clean_task_fields(ctx: "AppContext", phase_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
    if set(fields) - TASK_FIELDS:
        raise OpError(f"Unknown task fields: {sorted(set(fields) - TASK_FIELDS)}")
    clean = dict(fields)
    if "title" in clean:
        check_text(clean["title"], QCoreApplication.translate("ops", "task"))
    if "deadline" in clean:
        try:
            clean["deadline"] = parse_deadline(clean["deadline"])
        except ValueError:
            raise OpError(QCoreApplication.translate("ops", "A deadline is a date such as 2026-03-31.")) from None
    if "done" in clean:
        clean["done"] = int(bool(clean["done"]))
    if clean.get("root_cause_id") is not None:
        diagnosis_id = ctx.repos.diagnoses.diagnosis_of_phase(phase_id)
        if ctx.repos.diagnoses.diagnosis_of_cause(clean["root_cause_id"]) != diagnosis_id:
            raise OpError(QCoreApplication.translate("ops", "A task can only address a cause of its own diagnosis."))
    return clean


def add_task(ctx: "AppContext", phase_id: int, title: str, initiator: Any = None, **fields: Any) -> int:
    if ctx.repos.diagnoses.phase(phase_id) is None:
        raise OpError(QCoreApplication.translate("ops", "This phase no longer exists."))
    values = _clean_task_fields(ctx, phase_id, {"title": title, **fields})
    values["phase_id"] = phase_id
    values["position"] = ctx.repos.diagnoses.max_position("solution_tasks", "phase_id", phase_id) + 1
    command = InsertRow(ctx, QCoreApplication.translate("ops", "Add task"), "solution_tasks", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_task(
    ctx: "AppContext", task_id: int, changes: Mapping[str, Any], initiator: Any = None, session: Any = None
) -> Changes:
    task = ctx.repos.diagnoses.task(task_id)
    if task is None:
        raise OpError(QCoreApplication.translate("ops", "This task no longer exists."))
    clean = _clean_task_fields(ctx, task.phase_id, changes)
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit task"), "solution_tasks", task_id, clean, initiator, session)


def delete_task(ctx: "AppContext", task_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate("ops", "Delete task"), "solution_tasks", task_id, initiator))
