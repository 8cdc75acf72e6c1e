"""Diagnosis verbs (area "diagnosis"): diagnoses, bones and causes. The solution plan is in diagnosis_plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.diagnosis import CauseStatus, FishboneTree, preset_plan, reparent_problem
from consultdesk.ops.base import CompositeCommand, DeleteRow, InsertRow, StoreCommand, push
from consultdesk.ops.diagnosis_common import AREA, check_text, next_ids
from consultdesk.ops.edit_command import EditRow, push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

DIAGNOSIS_FIELDS = {"title", "phenomenon", "impact", "scope", "impact_client", "impact_us"}
CAUSE_FIELDS = {"text", "verification_method", "verification_result", "status", "is_root"}


# --- diagnoses ----------------------------------------------------------------------------------------


def create_diagnosis(
    ctx: "AppContext", engagement_id: int, title: str, bone_titles: Sequence[str], initiator: Any = None, **fields: Any
) -> int:
    """A diagnosis with its category bones, as one undo step."""
    check_text(title, QCoreApplication.translate("ops", "diagnosis title"))
    if ctx.repos.clients.get_engagement(engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "Choose an engagement first."))
    unknown = set(fields) - DIAGNOSIS_FIELDS
    if unknown:
        raise OpError(f"Unknown diagnosis fields: {sorted(unknown)}")
    for bone in bone_titles:
        check_text(bone, QCoreApplication.translate("ops", "category"))
    (diagnosis_id,) = next_ids(ctx, "diagnoses", 1)
    bone_ids = next_ids(ctx, "diagnosis_bones", len(bone_titles))
    parts: list[StoreCommand] = [
        InsertRow(ctx, "", "diagnoses", {"id": diagnosis_id, "engagement_id": engagement_id, "title": title, **fields})
    ]
    parts += [
        InsertRow(ctx, "", "diagnosis_bones", {"id": bid, "diagnosis_id": diagnosis_id, "position": i, "title": t})
        for i, (bid, t) in enumerate(zip(bone_ids, bone_titles, strict=True))
    ]
    push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Add diagnosis"), parts, initiator))
    return diagnosis_id


def update_diagnosis(
    ctx: "AppContext", diagnosis_id: int, changes: Mapping[str, Any], initiator: Any = None, session: Any = None
) -> Changes:
    unknown = set(changes) - DIAGNOSIS_FIELDS
    if unknown:
        raise OpError(f"Unknown diagnosis fields: {sorted(unknown)}")
    if "title" in changes:
        check_text(changes["title"], QCoreApplication.translate("ops", "diagnosis title"))
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit diagnosis"), "diagnoses", diagnosis_id, changes, initiator, session)


def delete_diagnosis(ctx: "AppContext", diagnosis_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete diagnosis"), "diagnoses", diagnosis_id, initiator))


# --- bones --------------------------------------------------------------------------------------------


def add_bone(ctx: "AppContext", diagnosis_id: int, title: str, initiator: Any = None) -> int:
    check_text(title, QCoreApplication.translate("ops", "category"))
    position = ctx.repos.diagnoses.max_position("diagnosis_bones", "diagnosis_id", diagnosis_id) + 1
    values = {"diagnosis_id": diagnosis_id, "position": position, "title": title}
    command = InsertRow(ctx, QCoreApplication.translate("ops", "Add category"), "diagnosis_bones", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def rename_bone(ctx: "AppContext", bone_id: int, title: str, initiator: Any = None, session: Any = None) -> Changes:
    check_text(title, QCoreApplication.translate("ops", "category"))
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Rename category"), "diagnosis_bones", bone_id, {"title": title}, initiator, session)


def causes_on_bone(ctx: "AppContext", bone_id: int) -> int:
    """How many causes deleting this category would take with it (the UI asks before that)."""
    bone = ctx.repos.diagnoses.bone(bone_id)
    if bone is None:
        return 0
    return sum(1 for c in ctx.repos.diagnoses.causes(bone.diagnosis_id) if c.bone_id == bone_id)


def delete_bone(ctx: "AppContext", bone_id: int, initiator: Any = None) -> Changes:
    """Delete a category with its causes (one undo step brings all of them back)."""
    if ctx.repos.diagnoses.bone(bone_id) is None:
        raise OpError(QCoreApplication.translate("ops", "This category no longer exists."))
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete category"), "diagnosis_bones", bone_id, initiator))


def move_bone(ctx: "AppContext", bone_id: int, new_index: int, initiator: Any = None) -> Changes:
    """Reorder: put the bone at new_index (0 = next to the head) and renumber the others."""
    bone = ctx.repos.diagnoses.bone(bone_id)
    if bone is None:
        raise OpError(QCoreApplication.translate("ops", "This category no longer exists."))
    bones = [b for b in ctx.repos.diagnoses.bones(bone.diagnosis_id) if b.id != bone_id]
    bones.insert(max(0, min(len(bones), new_index)), bone)
    parts = [
        EditRow(ctx, "", "diagnosis_bones", b.id, {"position": i})
        for i, b in enumerate(bones) if b.id is not None and b.position != i
    ]
    if not parts:
        return Changes()
    return push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Reorder categories"), parts, initiator))


def apply_bone_preset(
    ctx: "AppContext", diagnosis_id: int, preset: Mapping[str, str], known: Mapping[str, str], initiator: Any = None
) -> Changes:
    """Apply a category preset (meaning -> title, e.g. 6M) by meaning, as one undo step: a bone with a known
    default name (known: name -> meaning) is renamed to the preset's title for its meaning, a bone the
    user named stays as it is, and the meanings no bone has are added; causes stay where they are."""
    for title in preset.values():
        check_text(title, QCoreApplication.translate("ops", "category"))
    bones = ctx.repos.diagnoses.bones(diagnosis_id)
    plan = preset_plan(bones, dict(known), dict(preset))
    parts: list[StoreCommand] = [
        EditRow(ctx, "", "diagnosis_bones", bone_id, {"title": title}) for bone_id, title in plan.renames
    ]
    start = max((b.position for b in bones), default=-1) + 1
    ids = next_ids(ctx, "diagnosis_bones", len(plan.additions))
    parts += [
        InsertRow(ctx, "", "diagnosis_bones", {"id": bid, "diagnosis_id": diagnosis_id, "position": start + i, "title": t})
        for i, (bid, t) in enumerate(zip(ids, plan.additions, strict=True))
    ]
    if not parts:
        return Changes()
    text = QCoreApplication.translate("ops", "Apply category preset")
    return push(ctx, AREA, CompositeCommand(ctx, text, parts, initiator))


# --- causes -------------------------------------------------------------------------------------------


def _check_cause_fields(fields: Mapping[str, Any], current_status: str | None = None, current_root: bool = False) -> None:
    unknown = set(fields) - CAUSE_FIELDS
    if unknown:
        raise OpError(f"Unknown cause fields: {sorted(unknown)}")
    if "text" in fields:
        check_text(fields["text"], QCoreApplication.translate("ops", "cause"))
    if "status" in fields and fields["status"] not in {s.value for s in CauseStatus}:
        raise OpError(QCoreApplication.translate("ops", "Unknown verification status."))
    status = fields.get("status", current_status)
    is_root = bool(fields.get("is_root", current_root))
    if is_root and status == CauseStatus.RULED_OUT.value:
        raise OpError(QCoreApplication.translate("ops", "A ruled-out cause cannot be the root cause."))


def _tree_of_bone(ctx: "AppContext", bone_id: int) -> FishboneTree:
    diagnosis_id = ctx.repos.diagnoses.diagnosis_of_bone(bone_id)
    tree = ctx.repos.diagnoses.tree(diagnosis_id) if diagnosis_id is not None else None
    if tree is None:
        raise OpError(QCoreApplication.translate("ops", "This category no longer exists."))
    return tree


def add_cause(
    ctx: "AppContext",
    bone_id: int,
    parent_id: int | None,
    text: str,
    after_id: int | None = None,
    initiator: Any = None,
    **fields: Any,
) -> int:
    """Add a cause (parent_id None = directly on the bone) at the end, or right after sibling after_id."""
    _check_cause_fields({"text": text, **fields})
    tree = _tree_of_bone(ctx, bone_id)
    if parent_id is not None:
        parent = tree.by_id.get(parent_id)
        if parent is None or parent.bone_id != bone_id:
            raise OpError(QCoreApplication.translate("ops", "The parent cause no longer exists."))
        siblings = tree.kids(parent_id)
    else:
        siblings = tree.top.get(bone_id, [])
    parts: list[StoreCommand] = []
    if after_id is not None and any(s.id == after_id for s in siblings):
        after = tree.by_id[after_id]
        position = after.position + 1
        parts += [
            EditRow(ctx, "", "diagnosis_causes", s.id, {"position": s.position + 1})  # type: ignore[arg-type]
            for s in siblings
            if s.position >= position
        ]
    else:
        position = max((s.position for s in siblings), default=-1) + 1
    values = {"bone_id": bone_id, "parent_id": parent_id, "position": position, "text": text, **fields}
    if "is_root" in values:
        values["is_root"] = int(bool(values["is_root"]))
    insert = InsertRow(ctx, "", "diagnosis_causes", values)
    push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Add cause"), parts + [insert], initiator))
    assert insert.row_id is not None
    return insert.row_id


def update_cause(
    ctx: "AppContext", cause_id: int, changes: Mapping[str, Any], initiator: Any = None, session: Any = None
) -> Changes:
    cause = ctx.repos.diagnoses.cause(cause_id)
    if cause is None:
        raise OpError(QCoreApplication.translate("ops", "This cause no longer exists."))
    _check_cause_fields(changes, cause.status.value, cause.is_root)
    after = dict(changes)
    if "is_root" in after:
        after["is_root"] = int(bool(after["is_root"]))
    text = QCoreApplication.translate("ops", "Edit cause text") if set(after) == {"text"} else QCoreApplication.translate(
            "ops", "Edit cause")
    return push_edit(ctx, AREA, text, "diagnosis_causes", cause_id, after, initiator, session)


def delete_cause(ctx: "AppContext", cause_id: int, initiator: Any = None) -> Changes:
    """Delete a cause with all its sub-causes; one undo restores the subtree with the same ids."""
    if ctx.repos.diagnoses.cause(cause_id) is None:
        raise OpError(QCoreApplication.translate("ops", "This cause no longer exists."))
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete cause"), "diagnosis_causes", cause_id, initiator))


def move_cause(
    ctx: "AppContext", cause_id: int, bone_id: int, parent_id: int | None, initiator: Any = None
) -> Changes:
    """Re-parent: the cause (and its sub-causes) goes under another cause or directly onto a bone."""
    cause = ctx.repos.diagnoses.cause(cause_id)
    if cause is None:
        raise OpError(QCoreApplication.translate("ops", "This cause no longer exists."))
    tree = _tree_of_bone(ctx, cause.bone_id)
    problem = reparent_problem(tree, cause_id, bone_id, parent_id)
    if problem == "cycle":
        raise OpError(QCoreApplication.translate("ops", "A cause cannot move under one of its own sub-causes."))
    if problem is not None:
        raise OpError(QCoreApplication.translate("ops", "A cause can only move within its own diagnosis."))
    if cause.bone_id == bone_id and cause.parent_id == parent_id:
        return Changes()
    siblings = tree.kids(parent_id) if parent_id is not None else tree.top.get(bone_id, [])
    position = max((s.position for s in siblings), default=-1) + 1
    parts: list[StoreCommand] = [
        EditRow(ctx, "", "diagnosis_causes", cause_id, {"bone_id": bone_id, "parent_id": parent_id, "position": position})
    ]
    if bone_id != cause.bone_id:
        parts += [
            EditRow(ctx, "", "diagnosis_causes", sub, {"bone_id": bone_id})
            for sub in tree.subtree_ids(cause_id)[1:]
        ]
    return push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Move cause"), parts, initiator))
