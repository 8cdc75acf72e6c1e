"""Requirement verbs: validation, codes in creation order, one undo step per move/delete, quadrant rule."""

from __future__ import annotations

import pytest

from consultdesk.domain.requirements import Quadrant, quadrant_for
from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as ops
from consultdesk.ops.errors import OpError


@pytest.fixture
def engagement(ctx) -> int:
    client_id = client_ops.create_client(ctx, "华信教育")
    return client_ops.create_engagement(ctx, client_id, "家长端 App 稳定性优化")


def test_quadrant_rule() -> None:
    assert quadrant_for(4, 3) is Quadrant.PLAN  # "add batch export": high value, low urgency
    assert quadrant_for(5, 5) is Quadrant.DO_NOW
    assert quadrant_for(3, 4) is Quadrant.QUICK
    assert quadrant_for(3, 3) is Quadrant.PARK
    assert quadrant_for(1, 1) is Quadrant.PARK


def test_create_assigns_codes_in_order(ctx, engagement) -> None:
    first = ops.create_requirement(ctx, engagement, "添加批量导出", value=4, urgency=3, type="business")
    second = ops.create_requirement(ctx, engagement, "修复支付接口卡顿", value=5, urgency=5)
    repo = ctx.repos.requirements
    assert (repo.get(first).code, repo.get(second).code) == ("REQ-001", "REQ-002")
    assert repo.get(first).quadrant is Quadrant.PLAN
    ctx.undo_stack("board").undo()
    assert repo.get(second) is None
    ctx.undo_stack("board").redo()
    assert repo.get(second).code == "REQ-002"


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "  "},
        {"title": "x", "value": 0},
        {"title": "x", "urgency": 6},
        {"title": "x", "value": "high"},
        {"title": "x", "cost": 9},
        {"title": "x", "type": "magic"},
        {"title": "x", "status": "finished"},
        {"title": "x", "colour": "red"},
    ],
)
def test_create_refuses_bad_fields(ctx, engagement, fields) -> None:
    title = fields.pop("title")
    steps = ctx.history.count()
    with pytest.raises(OpError):
        ops.create_requirement(ctx, engagement, title, **fields)
    assert ctx.repos.requirements.for_engagement(engagement) == []
    assert ctx.history.count() == steps  # a refused operation leaves no undo step


def test_move_many_is_one_undo_step(ctx, engagement) -> None:
    a = ops.create_requirement(ctx, engagement, "A", value=1, urgency=1)
    b = ops.create_requirement(ctx, engagement, "B", value=2, urgency=2)
    stack = ctx.undo_stack("board")
    before = stack.count()
    ops.move_requirements(ctx, {a: (5, 5), b: (4, 1)})
    assert stack.count() == before + 1
    assert stack.undoText() == "Move 2 cards"
    get = ctx.repos.requirements.get
    assert (get(a).value, get(a).urgency, get(b).value, get(b).urgency) == (5, 5, 4, 1)
    stack.undo()
    assert (get(a).value, get(a).urgency, get(b).value, get(b).urgency) == (1, 1, 2, 2)
    # A drop onto the same cell changes nothing and pushes nothing.
    ops.move_requirements(ctx, {a: (1, 1)})
    assert stack.index() == before
    with pytest.raises(OpError):
        ops.move_requirements(ctx, {a: (6, 1)})


def test_update_merges_typing_and_delete_undo(ctx, engagement) -> None:
    rid = ops.create_requirement(ctx, engagement, "T")
    stack = ctx.undo_stack("board")
    n = stack.count()
    for text in ("g", "go", "goal"):
        ops.update_requirement(ctx, rid, {"goal": text}, merge_session="one focus")
    assert stack.count() == n + 1
    assert ctx.repos.requirements.get(rid).goal == "goal"
    with pytest.raises(OpError):
        ops.update_requirement(ctx, rid, {"title": ""})
    ops.set_status(ctx, [rid], "confirmed")
    assert ctx.repos.requirements.get(rid).status.value == "confirmed"
    ops.delete_requirements(ctx, [rid])
    assert ctx.repos.requirements.get(rid) is None
    stack.undo()
    assert ctx.repos.requirements.get(rid).goal == "goal"
