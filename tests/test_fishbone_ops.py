"""Diagnosis ops: the stored tree after add/move/delete, exact undo/redo, refusals and plan flags."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultdesk.bus import Changes
from consultdesk.domain.diagnosis import (
    BONE_MEANINGS,
    DEFAULT_BONES,
    SIX_M_BONES,
    Bone,
    overdue_tasks,
    preset_plan,
    roots_without_remedy,
)
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as ops
from consultdesk.ops import diagnosis_plan as plan_ops
from consultdesk.ops.errors import OpError


@pytest.fixture
def diagnosis(ctx):
    client = client_ops.create_client(ctx, "Huaxin")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    return ops.create_diagnosis(ctx, engagement, "Login fails", DEFAULT_BONES, phenomenon="Login fails")


def shape(ctx, diagnosis_id):
    """The tree as nested tuples: ((bone, ((cause, (...)), ...)), ...) plus all stored fields."""
    tree = ctx.repos.diagnoses.tree(diagnosis_id)

    def sub(causes):
        return tuple((c.id, c.text, c.status.value, c.is_root, sub(tree.kids(c.id))) for c in causes)

    return tuple((b.id, b.title, sub(tree.top.get(b.id, []))) for b in tree.bones)


def test_create_diagnosis_has_default_bones_and_one_undo(ctx, diagnosis):
    bones = ctx.repos.diagnoses.bones(diagnosis)
    assert [b.title for b in bones] == list(DEFAULT_BONES)
    ctx.undo_stack("diagnosis").undo()
    assert ctx.repos.diagnoses.get(diagnosis) is None
    ctx.undo_stack("diagnosis").redo()
    assert [b.id for b in ctx.repos.diagnoses.bones(diagnosis)] == [b.id for b in bones]


def test_five_levels_delete_and_undo_restore_exact_tree(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[2].id
    parent = None
    for level in range(5):
        parent = ops.add_cause(ctx, bone, parent, f"why {level}")
    top = ctx.repos.diagnoses.tree(diagnosis).top[bone][0].id
    before = shape(ctx, diagnosis)
    ops.delete_cause(ctx, top)
    assert ctx.repos.diagnoses.causes(diagnosis) == []
    ctx.undo_stack("diagnosis").undo()
    assert shape(ctx, diagnosis) == before
    ctx.undo_stack("diagnosis").redo()
    assert ctx.repos.diagnoses.causes(diagnosis) == []


def test_empty_text_is_refused(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    with pytest.raises(OpError):
        ops.add_cause(ctx, bone, None, "   ")
    cause = ops.add_cause(ctx, bone, None, "Untrained staff")
    with pytest.raises(OpError):
        ops.update_cause(ctx, cause, {"text": ""})
    assert ctx.repos.diagnoses.cause(cause).text == "Untrained staff"


def test_sibling_insert_after_keeps_order(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    a = ops.add_cause(ctx, bone, None, "A")
    c = ops.add_cause(ctx, bone, None, "C")
    b = ops.add_cause(ctx, bone, None, "B", after_id=a)
    assert [x.id for x in ctx.repos.diagnoses.tree(diagnosis).top[bone]] == [a, b, c]
    ctx.undo_stack("diagnosis").undo()
    assert [x.id for x in ctx.repos.diagnoses.tree(diagnosis).top[bone]] == [a, c]


def test_reparent_moves_subtree_to_other_bone_and_refuses_cycles(ctx, diagnosis):
    bones = [b.id for b in ctx.repos.diagnoses.bones(diagnosis)]
    a = ops.add_cause(ctx, bones[0], None, "A")
    a1 = ops.add_cause(ctx, bones[0], a, "A1")
    target = ops.add_cause(ctx, bones[1], None, "T")
    with pytest.raises(OpError):
        ops.move_cause(ctx, a, bones[0], a1)
    before = shape(ctx, diagnosis)
    ops.move_cause(ctx, a, bones[1], target)
    tree = ctx.repos.diagnoses.tree(diagnosis)
    assert [k.id for k in tree.kids(target)] == [a]
    assert tree.by_id[a1].bone_id == bones[1]
    ctx.undo_stack("diagnosis").undo()
    assert shape(ctx, diagnosis) == before


def test_delete_bone_takes_its_causes_and_one_undo_brings_them_back(ctx, diagnosis, asker):
    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    ops.add_cause(ctx, bone, None, "A")
    assert ops.causes_on_bone(ctx, bone) == 1  # what the UI asks about before deleting
    ops.delete_bone(ctx, bone)  # ops never ask: confirmations belong in the UI
    assert asker.asked == []
    assert ctx.repos.diagnoses.bone(bone) is None
    ctx.undo_stack("diagnosis").undo()
    assert [c.text for c in ctx.repos.diagnoses.causes(diagnosis)] == ["A"]


SIX_M = {"people": "Man", "technology": "Machine", "material": "Material", "process": "Method",
         "environment": "Environment", "measurement": "Measurement"}


def test_reorder_bones_and_six_m_preset(ctx, diagnosis):
    bones = ctx.repos.diagnoses.bones(diagnosis)
    ops.move_bone(ctx, bones[3].id, 0)
    assert [b.title for b in ctx.repos.diagnoses.bones(diagnosis)] == ["Environment", "People", "Process", "Technology"]
    ops.apply_bone_preset(ctx, diagnosis, SIX_M, BONE_MEANINGS)
    assert [b.title for b in ctx.repos.diagnoses.bones(diagnosis)] == [
        "Environment", "Man", "Method", "Machine", "Material", "Measurement"]
    assert sorted(b.title for b in ctx.repos.diagnoses.bones(diagnosis)) == sorted(SIX_M_BONES)
    ctx.undo_stack("diagnosis").undo()
    assert [b.title for b in ctx.repos.diagnoses.bones(diagnosis)] == ["Environment", "People", "Process", "Technology"]


def test_six_m_preset_moves_no_cause_to_another_meaning_and_keeps_renamed_bones(ctx, diagnosis):
    bones = {b.title: b.id for b in ctx.repos.diagnoses.bones(diagnosis)}
    for title, bone in bones.items():
        ops.add_cause(ctx, bone, None, f"{title} cause")
    ops.rename_bone(ctx, bones["People"], "Vendors")  # named by the user: not a default category any more
    before = ctx.history.count()
    ops.apply_bone_preset(ctx, diagnosis, SIX_M, BONE_MEANINGS)
    assert ctx.history.count() == before + 1  # one undo step
    tree = ctx.repos.diagnoses.tree(diagnosis)
    bone_of = {c.text: tree.bone(c.bone_id).title for c in tree.causes}
    assert bone_of == {"People cause": "Vendors", "Process cause": "Method", "Technology cause": "Machine",
                       "Environment cause": "Environment"}
    # the meanings no bone had are added, in the preset's order (people: the user renamed that bone)
    assert [b.title for b in tree.bones] == ["Vendors", "Method", "Machine", "Environment", "Man", "Material",
                                             "Measurement"]
    # applying it again changes nothing and adds no undo step
    assert ops.apply_bone_preset(ctx, diagnosis, SIX_M, BONE_MEANINGS) == Changes()
    assert ctx.history.count() == before + 1
    ctx.history.undo()
    assert [b.title for b in ctx.repos.diagnoses.bones(diagnosis)] == ["Vendors", "Process", "Technology", "Environment"]
    ctx.history.redo()
    assert len(ctx.repos.diagnoses.bones(diagnosis)) == 7


@given(st.lists(st.sampled_from([*BONE_MEANINGS, "Vendors", "Suppliers", "Budget"]), min_size=0, max_size=8))
def test_preset_plan_renames_only_known_bones_and_covers_every_meaning(titles):
    bones = [Bone(i + 1, 1, i, t) for i, t in enumerate(titles)]
    plan = preset_plan(bones, BONE_MEANINGS, SIX_M)
    renamed = dict(plan.renames)
    for bone in bones:
        if bone.title not in BONE_MEANINGS:
            assert bone.id not in renamed  # a bone the user named is never renamed
        elif bone.id in renamed:
            assert SIX_M[BONE_MEANINGS[bone.title]] == renamed[bone.id]  # renamed to its own meaning
    after = [renamed.get(b.id, b.title) for b in bones] + plan.additions
    assert set(SIX_M.values()) <= set(after)  # every 6M category is there afterwards
    assert len(plan.additions) == len(set(plan.additions))


def test_typing_merges_per_session(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    cause = ops.add_cause(ctx, bone, None, "x")
    stack = ctx.undo_stack("diagnosis")
    count = stack.count()
    for text in ("lo", "log", "logs"):
        ops.update_cause(ctx, cause, {"verification_method": text}, session="s1")
    assert stack.count() == count + 1
    ops.update_cause(ctx, cause, {"verification_method": "logs!"}, session="s2")
    assert stack.count() == count + 2
    stack.undo()
    stack.undo()
    assert ctx.repos.diagnoses.cause(cause).verification_method == ""


def test_ruled_out_cannot_be_root(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    cause = ops.add_cause(ctx, bone, None, "x", status="ruled_out")
    with pytest.raises(OpError):
        ops.update_cause(ctx, cause, {"is_root": True})


def test_plan_flags_overdue_and_root_without_remedy(ctx, diagnosis):
    bone = ctx.repos.diagnoses.bones(diagnosis)[2].id
    root = ops.add_cause(ctx, bone, None, "Capacity never estimated", is_root=True, status="confirmed")
    phase = plan_ops.add_phase(ctx, diagnosis, "short_term", "Hotfix")
    with pytest.raises(OpError):
        plan_ops.add_task(ctx, phase, "Raise pool", deadline="next week")
    task = plan_ops.add_task(ctx, phase, "Raise pool", owner="Li", deadline="2020-01-01")
    tree = ctx.repos.diagnoses.tree(diagnosis)
    tasks = ctx.repos.diagnoses.tasks(diagnosis)
    assert [c.id for c in roots_without_remedy(tree, tasks)] == [root]
    assert [t.id for t in overdue_tasks(tasks, dt.date(2026, 1, 1))] == [task]
    plan_ops.update_task(ctx, task, {"root_cause_id": root, "done": True})
    tasks = ctx.repos.diagnoses.tasks(diagnosis)
    assert roots_without_remedy(tree, tasks) == []
    assert overdue_tasks(tasks, dt.date(2026, 1, 1)) == []
    # Deleting the root cause and undoing it brings the link back.
    ops.delete_cause(ctx, root)
    ctx.undo_stack("diagnosis").undo()
    assert ctx.repos.diagnoses.task(task).root_cause_id == root
