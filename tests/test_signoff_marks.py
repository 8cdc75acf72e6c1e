"""The "changed since sign-off" marks, tracked per change notice, always equal a full diff."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultdesk.ops import baselines
from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as req_ops
from consultdesk.ui.board.signoff_marks import shared_marks

EDITS = st.lists(st.tuples(st.sampled_from(["title", "value", "revert", "add", "delete", "undo", "redo"]),
                           st.integers(0, 5)), min_size=1, max_size=25)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_tracked_marks_match_a_full_diff(ctx, edits) -> None:
    client = client_ops.create_client(ctx, f"Acme {ctx.history.count()}")  # the ctx serves every example
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    ids = [req_ops.create_requirement(ctx, engagement, f"R{n}", value=3, urgency=3) for n in range(6)]
    baselines.sign_off(ctx, engagement, "Li Wei")
    marks = shared_marks(ctx)
    assert marks.ids(engagement) == set()
    for verb, n in edits:
        live = [r.id for r in ctx.repos.requirements.for_engagement(engagement)]
        target = live[n % len(live)] if live else None
        if verb == "title" and target:
            req_ops.update_requirement(ctx, target, {"title": f"changed {n}"})
        elif verb == "value" and target:
            req_ops.update_requirement(ctx, target, {"value": 1 + n % 5})
        elif verb == "revert" and target in ids:
            req_ops.update_requirement(ctx, target, {"title": f"R{ids.index(target)}", "value": 3})
        elif verb == "add":
            req_ops.create_requirement(ctx, engagement, f"New {n}")
        elif verb == "delete" and target:
            req_ops.delete_requirements(ctx, [target])
        elif verb == "undo":
            ctx.history.undo()
        elif verb == "redo":
            ctx.history.redo()
        assert marks.ids(engagement) == ctx.repos.baselines.changed_requirement_ids(engagement)
