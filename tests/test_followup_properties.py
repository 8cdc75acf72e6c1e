"""Invariants of the follow-up rules, checked over generated data."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from consultdesk.domain.followup import ActionRow, filter_actions, sort_actions
from consultdesk.domain.satisfaction import THRESHOLD, Review, previous_period, shift_period

TODAY = date(2026, 10, 15)

actions = st.lists(st.builds(
    ActionRow,
    source=st.sampled_from(["meeting", "dispute", "plan", "improvement"]),
    table=st.just("action_items"),
    row_id=st.integers(1, 10_000),
    what=st.text(min_size=1, max_size=5),
    due_on=st.one_of(st.just(""), st.integers(-40, 40).map(lambda d: (TODAY + timedelta(days=d)).isoformat())),
    status=st.sampled_from(["open", "done", "dropped"]),
), max_size=40)


@given(actions)
def test_filters_are_consistent(rows) -> None:
    open_rows = filter_actions(rows, "open", TODAY)
    overdue = filter_actions(rows, "overdue", TODAY)
    done = filter_actions(rows, "done", TODAY)
    assert set(map(id, overdue)) <= set(map(id, open_rows))
    assert not set(map(id, done)) & set(map(id, open_rows))
    assert all(r.due_on and r.due_on < TODAY.isoformat() for r in overdue)
    assert len(filter_actions(rows, "all", TODAY)) == len(rows)


@given(actions)
def test_sorting_puts_open_items_first_soonest_due_first(rows) -> None:
    ordered = sort_actions(rows)
    assert sorted(map(id, ordered)) == sorted(map(id, rows))
    flags = [r.is_open() for r in ordered]
    assert flags == sorted(flags, reverse=True)
    dated = [r.due_on for r in ordered if r.is_open() and r.due_on]
    assert dated == sorted(dated)


@given(st.integers(2000, 2100), st.integers(1, 4), st.integers(-40, 40))
def test_quarters_shift_back_and_forth(year: int, quarter: int, steps: int) -> None:
    period = f"{year}-Q{quarter}"
    assert shift_period(shift_period(period, steps), -steps) == period
    assert previous_period(period) == shift_period(period, -1)


scores = st.one_of(st.none(), st.integers(1, 5))


@given(scores, scores, scores, scores)
def test_below_names_exactly_the_scores_under_the_threshold(speed, quality, clarity, solving) -> None:
    review = Review(id=1, engagement_id=1, period="2026-Q1", speed=speed, quality=quality, clarity=clarity,
                    solving=solving)
    expected = [d for d, s in zip(("speed", "quality", "clarity", "solving"), (speed, quality, clarity, solving), strict=True)
                if s is not None and s < THRESHOLD]
    assert review.below() == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["speed", "quality", "clarity", "solving"]), st.integers(1, 5)),
                min_size=1, max_size=6))
def test_every_edit_of_scores_undoes_to_the_start(tmp_path_factory, edits) -> None:
    """Whatever scores are typed, a low one has its 5-Why, and undoing everything leaves no review."""
    from PySide6.QtWidgets import QApplication

    from consultdesk.context import AppContext
    from consultdesk.ops import satisfaction as ops
    from consultdesk.store.workspace import open_workspace

    QApplication.instance() or QApplication([])
    ws = open_workspace(tmp_path_factory.mktemp("prop") / "ws")
    try:
        ctx = AppContext(workspace=ws)
        client = ws.repos.rows.insert("clients", {"name": "c"})
        engagement = ws.repos.rows.insert("engagements", {"client_id": client, "title": "e"})
        ws.store.db.conn.commit()
        review = ops.add_review(ctx, engagement, "2026-Q1")
        for dimension, score in edits:
            ops.update_review(ctx, review, {dimension: score})
        stored = ws.repos.satisfaction.get(review)
        assert set(stored.below()) <= {f.dimension for f in stored.five_whys}
        stack = ctx.undo_stack("followup")
        while stack.canUndo():
            stack.undo()
        assert ws.repos.satisfaction.reviews(engagement) == []
        assert ws.store.scalar("select count(*) from five_whys") == 0
    finally:
        ws.close()
