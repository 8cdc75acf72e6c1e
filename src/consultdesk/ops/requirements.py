"""Requirement verbs (area "board"): create, edit, move on the quadrant board, delete, change status.

Every verb validates first (OpError, nothing changed) and pushes exactly one undo step; moving or deleting
many cards is one CompositeCommand so one Ctrl+Z puts all of them back.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.requirements import (
    CONTENT_FIELDS,
    MAX_SCORE,
    MIN_SCORE,
    RequirementStatus,
    RequirementType,
)
from consultdesk.ops.base import CompositeCommand, DeleteRow, InsertRow, StoreCommand, push
from consultdesk.ops.edit_command import EditRow, push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "board"
TABLE = "requirements"
# Fields a caller may set; code/seq are assigned here (creation order), ids never change.
EDITABLE_FIELDS = frozenset(CONTENT_FIELDS) - {"code"} | {"source_interview_id"}
_SCORE_FIELDS = ("value", "urgency")


def _check_score(name: str, score: Any, optional: bool = False) -> int | None:
    if score is None and optional:
        return None
    if isinstance(score, bool) or not isinstance(score, int):
        try:
            score = int(str(score).strip())
        except ValueError:
            message = QCoreApplication.translate("ops", "%1 must be a whole number from 1 to 5.")
            raise OpError(message.replace("%1", name)) from None
    if not MIN_SCORE <= score <= MAX_SCORE:
        message = QCoreApplication.translate("ops", "%1 must be from 1 to 5, not %2.")
        raise OpError(message.replace("%1", name).replace("%2", str(score)))
    checked: int = score
    return checked


def _check_enum(enum: type[Enum], raw: Any, message: str) -> str:
    try:
        return str(enum(raw.value if isinstance(raw, Enum) else raw).value)
    except ValueError:
        raise OpError(message.replace("%1", str(raw))) from None


def normalize_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and convert field values to what the table stores; raise OpError on the first problem."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        message = QCoreApplication.translate("ops", "Unknown requirement field: %1.")
        raise OpError(message.replace("%1", ", ".join(sorted(unknown))))
    out = dict(fields)
    if "title" in out:
        if not isinstance(out["title"], str) or not out["title"].strip():
            raise OpError(QCoreApplication.translate("ops", "A requirement needs a title."))
    labels = {
        "value": QCoreApplication.translate("ops", "Value"),
        "urgency": QCoreApplication.translate("ops", "Urgency"),
        "cost": QCoreApplication.translate("ops", "Cost"),
    }
    for name in _SCORE_FIELDS:
        if name in out:
            out[name] = _check_score(labels[name], out[name])
    if "cost" in out:
        out["cost"] = _check_score(labels["cost"], out["cost"], optional=True)
    if "type" in out:
        out["type"] = _check_enum(
            RequirementType, out["type"], QCoreApplication.translate("ops", "Unknown requirement type: %1."))
    if "status" in out:
        out["status"] = _check_enum(
            RequirementStatus, out["status"], QCoreApplication.translate("ops", "Unknown requirement status: %1."))
    if "is_core" in out:
        out["is_core"] = 1 if out["is_core"] else 0
    for name, value in out.items():
        if value is None and name not in ("cost", "source_interview_id"):
            out[name] = ""
    return out


def create_requirement(
    ctx: "AppContext", engagement_id: int, title: str, initiator: Any = None, **fields: Any
) -> int:
    """Add a requirement with the next code of its engagement (REQ-001, REQ-002, …); returns its id."""
    values = normalize_fields({"title": title, **fields})
    if ctx.repos.rows.get("engagements", engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    seq, code = ctx.repos.requirements.next_code(engagement_id)
    command = InsertRow(
        ctx, QCoreApplication.translate("ops", "Add requirement"), TABLE,
        {"engagement_id": engagement_id, "seq": seq, "code": code, **values},
        initiator,
    )
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_requirement(
    ctx: "AppContext",
    requirement_id: int,
    changes: Mapping[str, Any],
    initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    """Edit some fields; with a merge_session (one focus of a field), the edits of that session are one
    undo step."""
    values = normalize_fields(changes)
    if not values:
        return Changes()
    text = QCoreApplication.translate("ops", "Edit requirement")
    return push_edit(ctx, AREA, text, TABLE, requirement_id, values, initiator, merge_session)


def move_requirements(
    ctx: "AppContext", moves: Mapping[int, tuple[int, int]], initiator: Any = None
) -> Changes:
    """Re-score cards dropped on the board: {id: (value, urgency)} -> one undo step ("Move card")."""
    parts: list[StoreCommand] = []
    for requirement_id, (value, urgency) in moves.items():
        after = normalize_fields({"value": value, "urgency": urgency})
        part = EditRow(ctx, "", TABLE, requirement_id, after, initiator)
        if not part.is_noop():
            parts.append(part)
    if not parts:
        return Changes()
    count = len(parts)  # a plain name: lupdate does not read nested calls in the numerus argument
    if count == 1:
        text = QCoreApplication.translate("ops", "Move card")
    else:
        text = QCoreApplication.translate("ops", "Move %n cards", "", count)
    return push(ctx, AREA, CompositeCommand(ctx, text, parts, initiator))


def delete_requirements(ctx: "AppContext", ids: Iterable[int], initiator: Any = None) -> Changes:
    """Delete requirements (and what depends on them); one undo restores all with the same ids."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return Changes()
    for requirement_id in ids:
        if ctx.repos.rows.get(TABLE, requirement_id) is None:
            raise OpError(QCoreApplication.translate("ops", "The requirement no longer exists."))
    parts = [DeleteRow(ctx, "", TABLE, rid, initiator) for rid in ids]
    count = len(ids)
    if count == 1:
        text = QCoreApplication.translate("ops", "Delete requirement")
    else:
        text = QCoreApplication.translate("ops", "Delete %n requirements", "", count)
    return push(ctx, AREA, CompositeCommand(ctx, text, parts, initiator))


def set_status(
    ctx: "AppContext", ids: Iterable[int], status: RequirementStatus | str, initiator: Any = None
) -> Changes:
    """Set the status of one or many requirements in one undo step."""
    after = normalize_fields({"status": status})
    parts: list[StoreCommand] = []
    for requirement_id in dict.fromkeys(ids):
        part = EditRow(ctx, "", TABLE, requirement_id, after, initiator)
        if not part.is_noop():
            parts.append(part)
    if not parts:
        return Changes()
    text = QCoreApplication.translate("ops", "Change status")
    return push(ctx, AREA, CompositeCommand(ctx, text, parts, initiator))
