"""Change requests: status flow, 24 h rule, large-change rules, coverage in the diff, deleted requirements."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from consultdesk.domain.change_requests import (
    ChangeRequest,
    CRStatus,
    Scope,
    decided_late,
    format_duration,
    is_overdue,
    time_left,
)
from consultdesk.ops import baselines as bl_ops
from consultdesk.ops import change_requests as cr_ops
from consultdesk.ops import clients, requirements
from consultdesk.ops.errors import OpError


@pytest.fixture
def signed(ctx):
    client = clients.create_client(ctx, "Northwind Logistics Ltd")
    engagement = clients.create_engagement(ctx, client, "WMS")
    ids = [requirements.create_requirement(ctx, engagement, t) for t in ("Pick list", "Wave planning", "Labels")]
    bl_ops.sign_off(ctx, engagement, "Anna", "client")
    return engagement, ids


def _cr(**kw) -> ChangeRequest:
    return ChangeRequest(1, 1, "CR-001", "x", **kw)


def test_24h_countdown_and_overdue() -> None:
    now = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    fresh = _cr(submitted_at=(now - timedelta(hours=5)).isoformat())
    assert time_left(fresh, now) == timedelta(hours=19) and not is_overdue(fresh, now)
    late = _cr(submitted_at=(now - timedelta(hours=25)).isoformat())
    assert is_overdue(late, now) and format_duration(time_left(late, now)) == "1 h 00 min"
    large = _cr(submitted_at=(now - timedelta(hours=50)).isoformat(), scope=Scope.LARGE)
    assert time_left(large, now) is None and not is_overdue(large, now)
    decided = _cr(submitted_at=(now - timedelta(hours=30)).isoformat(), decided_at=now.isoformat())
    assert not is_overdue(decided, now) and decided_late(decided)


def test_flow_history_and_undo(ctx, signed) -> None:
    engagement, (pick, *_rest) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Rename pick list", [pick], requested_by="Anna")
    cr = ctx.repos.change_requests.get(cr_id)
    assert (cr.code, cr.status, [link.code for link in cr.links]) == ("CR-001", CRStatus.SUBMITTED, ["REQ-001"])
    with pytest.raises(OpError, match="cannot become"):
        cr_ops.set_status(ctx, cr_id, "implemented")
    with pytest.raises(OpError, match="who decided"):
        cr_ops.set_status(ctx, cr_id, "approved")
    cr_ops.set_status(ctx, cr_id, "assessing")
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Change board")
    cr = ctx.repos.change_requests.get(cr_id)
    assert cr.status is CRStatus.APPROVED and cr.decided_by == "Change board" and cr.decided_at
    decisions = [h for h in ctx.repos.history.entries("change_request", cr_id)]
    assert [h.action for h in decisions] == ["status", "decide"]
    ctx.undo_stack("specs").undo()
    assert ctx.repos.change_requests.get(cr_id).status is CRStatus.ASSESSING
    assert [h.action for h in ctx.repos.history.entries("change_request", cr_id)][-1] == "undo"
    assert ctx.repos.history.verify() == []
    ctx.undo_stack("specs").redo()
    cr_ops.set_status(ctx, cr_id, "implemented")
    assert ctx.repos.change_requests.get(cr_id).status is CRStatus.IMPLEMENTED


def test_large_change_needs_meeting_and_written_confirmation(ctx, signed) -> None:
    engagement, (pick, *_rest) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "New module", [None], scope="large",
                                         impact_schedule="+2 weeks", impact_cost="+20k")
    with pytest.raises(OpError, match="meeting"):
        cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")
    cr_ops.update_change_request(ctx, cr_id, {"meeting_held": True})
    with pytest.raises(OpError, match="written confirmation"):
        cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")
    cr_ops.update_change_request(ctx, cr_id, {"written_confirmation": "E-mail 2026-03-02"})
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")
    assert ctx.repos.change_requests.get(cr_id).links[0].is_new


def test_diff_names_covering_cr_and_next_version_lists_it(ctx, signed) -> None:
    engagement, (pick, wave, labels) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Rename", [pick, None])
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")
    requirements.update_requirement(ctx, pick, {"title": "Pick list v2"})
    requirements.update_requirement(ctx, wave, {"urgency": 5})
    added = requirements.create_requirement(ctx, engagement, "Returns")
    cover = {(c.code, c.field): c.change_request for c in ctx.repos.baselines.diff(engagement)}
    assert cover == {("REQ-001", "title"): "CR-001 (approved)", ("REQ-002", "urgency"): "",
                     ("REQ-004", ""): "CR-001 (approved)"}
    assert ctx.repos.baselines.changed_requirement_ids(engagement) == {pick, wave, added}
    v2 = bl_ops.sign_off(ctx, engagement, "Anna")
    assert [c.code for c in v2.change_requests] == ["CR-001"]
    status = ctx.repos.baselines.spec_status(engagement)
    assert [r.version for r in status.revisions] == [1, 2] and "CR-001" in status.revisions[1].summary
    # CR-001 is now part of v2: it no longer covers later edits, and cannot be deleted.
    requirements.update_requirement(ctx, pick, {"title": "Pick list v3"})
    assert [c.change_request for c in ctx.repos.baselines.diff(engagement)] == [""]
    with pytest.raises(OpError, match="signed baseline"):
        cr_ops.delete_change_request(ctx, cr_id)


def test_cr_for_deleted_requirement_is_reported(ctx, signed) -> None:
    engagement, (pick, wave, labels) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Drop labels", [labels])
    requirements.delete_requirements(ctx, [labels])
    cr = ctx.repos.change_requests.get(cr_id)
    assert cr.links[0].is_deleted and cr.links[0].code == "REQ-003" and cr.links[0].title == "Labels"
    assert cr_ops.approval_warnings(ctx, cr_id) == ["CR-001 refers to REQ-003, which has been deleted."]
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")  # reported, not crashed on
    removal = [c for c in ctx.repos.baselines.diff(engagement) if c.code == "REQ-003"]
    assert removal[0].field == "" and removal[0].change_request == "CR-001 (approved)"
    # Undoing the approval, then the delete, makes the link resolve again (same id).
    ctx.history.undo()
    ctx.history.undo()
    assert not ctx.repos.change_requests.get(cr_id).links[0].is_deleted


def test_delete_and_relink_are_undoable(ctx, signed) -> None:
    engagement, (pick, wave, _labels) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Tweak", [pick])
    cr_ops.set_links(ctx, cr_id, [wave, None])
    assert [link.code for link in ctx.repos.change_requests.get(cr_id).links] == ["REQ-002", ""]
    ctx.undo_stack("specs").undo()
    assert [link.code for link in ctx.repos.change_requests.get(cr_id).links] == ["REQ-001"]
    cr_ops.delete_change_request(ctx, cr_id)
    assert ctx.repos.change_requests.get(cr_id) is None
    ctx.undo_stack("specs").undo()
    assert [link.code for link in ctx.repos.change_requests.get(cr_id).links] == ["REQ-001"]
    with pytest.raises(OpError, match="title"):
        cr_ops.create_change_request(ctx, engagement, "  ")


def test_edit_form_is_one_undo_step_and_keeps_deleted_links(ctx, signed) -> None:
    engagement, (pick, wave, labels) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Tweak", [pick, labels])
    requirements.delete_requirements(ctx, [labels])
    deleted = ctx.repos.change_requests.get(cr_id).links[1]
    assert deleted.is_deleted
    stack = ctx.undo_stack("specs")
    before = stack.count()
    cr_ops.edit_change_request(ctx, cr_id, {"title": "Tweak more", "scope": "large"}, [wave, deleted, None])
    assert stack.count() == before + 1
    cr = ctx.repos.change_requests.get(cr_id)
    assert cr.title == "Tweak more" and cr.scope.value == "large"
    assert [(link.code, link.is_deleted, link.is_new) for link in cr.links] == [
        ("REQ-002", False, False), ("REQ-003", True, False), ("", False, True)]
    assert cr_ops.edit_change_request(ctx, cr_id, {"title": "Tweak more"}, [wave, cr.links[1], None]).touched == {}
    stack.undo()
    assert ctx.repos.change_requests.get(cr_id).title == "Tweak"


def test_a_decision_contained_in_a_baseline_cannot_be_undone(ctx, signed) -> None:
    engagement, (pick, *_rest) = signed
    cr_id = cr_ops.create_change_request(ctx, engagement, "Rename", [pick])
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Board")
    requirements.update_requirement(ctx, pick, {"title": "Pick list v2"})
    bl_ops.sign_off(ctx, engagement, "Anna")
    assert not ctx.undo_stack("specs").canUndo()
    assert ctx.repos.change_requests.get(cr_id).status is CRStatus.APPROVED
