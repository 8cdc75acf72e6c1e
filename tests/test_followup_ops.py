"""Follow-up verbs: meetings and minutes, one list of action items over every source, acceptance,
satisfaction with 5-Why, lessons — each undoable, refusals translated sentences, nothing half-done."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from consultdesk.domain.followup import Meeting, next_meeting_due
from consultdesk.domain.satisfaction import recovered, shift_period
from consultdesk.ops import acceptance as ops_acc
from consultdesk.ops import actions as ops_actions
from consultdesk.ops import meetings as ops_meet
from consultdesk.ops import satisfaction as ops_sat
from consultdesk.ops.errors import OpError

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from followup_support import add_requirement, make_engagement  # noqa: E402


def undo(ctx) -> None:
    ctx.undo_stack("followup").undo()


def redo(ctx) -> None:
    ctx.undo_stack("followup").redo()


def test_meeting_with_decisions_and_actions_is_deleted_and_restored_in_one_step(ctx) -> None:
    engagement = make_engagement(ctx)
    meeting = ops_meet.add_meeting(ctx, engagement, "启动会", kind="kickoff", held_on="2026-09-03T14:00")
    ops_meet.add_decision(ctx, meeting, "每周三例会")
    action = ops_actions.add_meeting_action(ctx, meeting, "发出需求摘要", owner="顾问", due_on="2026-09-04")
    ops_meet.delete_meeting(ctx, meeting)
    assert ctx.repos.meetings.for_engagement(engagement) == []
    assert ctx.repos.actions.for_engagement(engagement) == []
    undo(ctx)
    restored = ctx.repos.meetings.get(meeting)
    assert restored.decisions == ("每周三例会",)
    assert [a.row_id for a in ctx.repos.actions.for_engagement(engagement)] == [action]


def test_meeting_fields_are_checked(ctx) -> None:
    engagement = make_engagement(ctx)
    with pytest.raises(OpError, match="title"):
        ops_meet.add_meeting(ctx, engagement, "  ")
    meeting = ops_meet.add_meeting(ctx, engagement, "例会")
    with pytest.raises(OpError, match="meeting time"):
        ops_meet.update_meeting(ctx, meeting, {"held_on": "next Tuesday"})
    with pytest.raises(OpError, match="kind"):
        ops_meet.update_meeting(ctx, meeting, {"kind": "party"})
    with pytest.raises(OpError, match="Unknown field"):
        ops_meet.update_meeting(ctx, meeting, {"engagement_id": 99})
    assert ctx.repos.meetings.get(meeting).held_on == ""


def test_typing_in_one_session_is_one_undo_step(ctx) -> None:
    engagement = make_engagement(ctx)
    meeting = ops_meet.add_meeting(ctx, engagement, "例会")
    for text in ("议", "议程", "议程一"):
        ops_meet.update_meeting(ctx, meeting, {"agenda": text}, session=("agenda", 1))
    undo(ctx)
    assert ctx.repos.meetings.get(meeting).agenda == ""
    redo(ctx)
    assert ctx.repos.meetings.get(meeting).agenda == "议程一"


def test_confirming_minutes_needs_them_sent_and_is_in_the_history(ctx) -> None:
    engagement = make_engagement(ctx)
    meeting = ops_meet.add_meeting(ctx, engagement, "需求评审会", held_on="2026-10-01T10:00")
    with pytest.raises(OpError, match="sent"):
        ops_meet.confirm_minutes(ctx, meeting, "李敏")
    ops_meet.mark_minutes_sent(ctx, meeting, "2026-10-01")
    with pytest.raises(OpError, match="Who|who"):
        ops_meet.confirm_minutes(ctx, meeting, " ")
    ops_meet.confirm_minutes(ctx, meeting, "李敏", "2026-10-02")
    assert ctx.repos.meetings.get(meeting).confirmed_by == "李敏"
    undo(ctx)
    assert ctx.repos.meetings.get(meeting).confirmed_by == ""
    actions = [e.action for e in ctx.repos.history.entries("meeting", meeting)]
    assert actions == ["confirm", "undo_confirm"]
    assert ctx.repos.history.verify() == []


def test_minutes_due_and_overdue_after_24_hours() -> None:
    held = Meeting(id=1, source="followup", engagement_id=1, kind="weekly", title="w", held_on="2026-10-01T10:00")
    assert not held.minutes_due(datetime(2026, 10, 1, 9, 0))
    assert held.minutes_due(datetime(2026, 10, 1, 12, 0)) and not held.minutes_overdue(datetime(2026, 10, 1, 12, 0))
    assert held.minutes_overdue(datetime(2026, 10, 2, 10, 1))
    sent = Meeting(id=2, source="followup", engagement_id=1, kind="weekly", title="w", held_on="2026-10-01",
                   minutes_sent_on="2026-10-01")
    assert not sent.minutes_due(datetime(2026, 10, 5))


def test_next_meeting_follows_the_phase_cadence() -> None:
    meetings = [Meeting(id=1, source="followup", engagement_id=1, kind="weekly", title="w", held_on="2026-10-01T10:00")]
    today = date(2026, 10, 2)
    assert next_meeting_due(meetings, "kickoff", today) == date(2026, 10, 8)
    assert next_meeting_due(meetings, "testing", today) == date(2026, 10, 4)
    assert next_meeting_due(meetings, "after_delivery", today) == date(2026, 10, 31)
    assert next_meeting_due([], "kickoff", today) is None


def test_dispute_meetings_are_in_the_one_list(ctx) -> None:
    from consultdesk.ops import evidence as ops_case
    from consultdesk.ops import evidence_consensus as ops_cons

    engagement = make_engagement(ctx)
    ops_meet.add_meeting(ctx, engagement, "启动会", held_on="2026-09-01T10:00")
    case = ops_case.create_case(ctx, engagement, "月活跃用户数")
    ops_cons.save_meeting(ctx, case, {"held_on": "2026-09-10", "confirmed_facts": "1. 口径一致\n2. 数据有误"})
    meetings = ctx.repos.meetings.for_engagement(engagement)
    assert [(m.source, m.kind) for m in meetings] == [("followup", "weekly"), ("evidence", "dispute")]
    assert meetings[1].decisions == ("口径一致", "数据有误")
    assert ctx.repos.meetings.find(engagement, "2").case_id == case
    assert ctx.repos.meetings.find(engagement, None).source == "evidence"  # the latest held


def test_one_action_list_over_every_source_edits_each_through_its_own_ops(ctx) -> None:
    from consultdesk.ops import diagnosis as ops_diag
    from consultdesk.ops import diagnosis_plan as ops_plan
    from consultdesk.ops import evidence as ops_case
    from consultdesk.ops import evidence_consensus as ops_cons

    engagement = make_engagement(ctx)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    meeting = ops_meet.add_meeting(ctx, engagement, "例会")
    ops_actions.add_meeting_action(ctx, meeting, "发纪要", due_on=yesterday)
    case = ops_case.create_case(ctx, engagement, "争议")
    ops_cons.add_action(ctx, case, "核对数据", who="张伟")
    diagnosis = ops_diag.create_diagnosis(ctx, engagement, "卡顿", ["人员", "技术"])
    phase = ops_plan.add_phase(ctx, diagnosis, "short_term", "止血")
    ops_plan.add_task(ctx, phase, "限流", owner="周婷")
    review = ops_sat.add_review(ctx, engagement, "2026-Q3", clarity=3)
    five_why = ctx.repos.satisfaction.get(review).five_whys[0].id
    ops_actions.add_improvement_task(ctx, five_why, "周报改版")
    rows = ctx.repos.actions.for_engagement(engagement)
    assert sorted(r.source for r in rows) == ["dispute", "improvement", "meeting", "plan"]
    assert ctx.repos.actions.counts(engagement, date.today().isoformat()) == {"open": 4, "overdue": 1}
    by_source = {r.source: r for r in rows}
    ops_actions.update_row(ctx, by_source["dispute"], "owner", "李敏")
    ops_actions.update_row(ctx, by_source["plan"], "status", "done")
    ops_actions.update_row(ctx, by_source["plan"], "due_on", "2026-12-01")
    ops_actions.update_row(ctx, by_source["meeting"], "status", "done")
    again = {r.source: r for r in ctx.repos.actions.for_engagement(engagement)}
    assert again["dispute"].owner == "李敏"
    assert (again["plan"].status, again["plan"].due_on) == ("done", "2026-12-01")
    assert ctx.repos.diagnoses.task(by_source["plan"].row_id).done
    with pytest.raises(OpError):
        ops_actions.update_row(ctx, again["plan"], "status", "dropped")
    with pytest.raises(OpError, match="date"):
        ops_actions.update_row(ctx, again["meeting"], "due_on", "soon")
    ctx.history.undo()  # the meeting item's status: the newest step comes back first
    assert ctx.repos.diagnoses.task(by_source["plan"].row_id).deadline == "2026-12-01"
    ctx.history.undo()  # then the plan task's due date, through the diagnosis area's own command
    assert ctx.repos.diagnoses.task(by_source["plan"].row_id).deadline is None


def test_acceptance_runs_and_progress(ctx) -> None:
    from consultdesk.domain.acceptance import progress

    engagement = make_engagement(ctx)
    requirement = add_requirement(ctx, engagement)
    first = ops_acc.add_case(ctx, requirement, "压测", steps="2 万/分钟", expected="P95 < 2 s")
    second = ops_acc.add_case(ctx, requirement, "回调重试")
    ops_acc.record_run(ctx, first, "fail", "张伟", "2026-11-01")
    ops_acc.record_run(ctx, first, "pass", "张伟", "2026-11-05")
    cases = ctx.repos.acceptance.for_requirement(requirement)
    assert [c.result for c in cases] == ["pass", "not_run"]
    assert progress(cases).passed == 1 and not progress(cases).accepted
    ops_acc.record_run(ctx, second, "pass", "李敏")
    assert progress(ctx.repos.acceptance.for_engagement(engagement)).accepted
    undo(ctx)
    assert ctx.repos.acceptance.get(second).result == "not_run"
    with pytest.raises(OpError, match="result"):
        ops_acc.record_run(ctx, second, "maybe")
    with pytest.raises(OpError, match="title"):
        ops_acc.update_case(ctx, first, {"title": ""})


def test_a_score_under_4_opens_a_5_why_in_the_same_step(ctx) -> None:
    engagement = make_engagement(ctx)
    review = ops_sat.add_review(ctx, engagement, "2026-Q2", speed=4, quality=4, clarity=3, solving=4)
    assert [f.dimension for f in ctx.repos.satisfaction.get(review).five_whys] == ["clarity"]
    undo(ctx)
    assert ctx.repos.satisfaction.reviews(engagement) == []
    redo(ctx)
    ops_sat.update_review(ctx, review, {"speed": 2})
    assert {f.dimension for f in ctx.repos.satisfaction.get(review).five_whys} == {"clarity", "speed"}
    undo(ctx)
    assert [f.dimension for f in ctx.repos.satisfaction.get(review).five_whys] == ["clarity"]
    with pytest.raises(OpError, match="1 to 5"):
        ops_sat.update_review(ctx, review, {"speed": 6})
    with pytest.raises(OpError, match="already"):
        ops_sat.add_review(ctx, engagement, "2026-Q2")
    with pytest.raises(OpError, match="quarter"):
        ops_sat.add_review(ctx, engagement, "Q2 2026")


def test_five_why_plan_lands_in_actions_and_recovery_shows_next_quarter(ctx) -> None:
    engagement = make_engagement(ctx)
    low = ops_sat.add_review(ctx, engagement, "2026-Q2", clarity=3)
    five_why = ctx.repos.satisfaction.get(low).five_whys[0]
    for n in range(1, 6):
        ops_sat.update_five_why(ctx, five_why.id, {f"why_{n}": f"为什么 {n}"})
    ops_sat.update_five_why(ctx, five_why.id, {"root_cause": "没有约定周报格式", "participants": "李敏"})
    task = ops_actions.add_improvement_task(ctx, five_why.id, "周报三段式", owner="顾问")
    assert ctx.repos.satisfaction.five_why(five_why.id).complete
    assert ctx.repos.satisfaction.open_reviews(engagement) == 1
    ops_actions.update_action(ctx, task, {"status": "done"})
    assert ctx.repos.satisfaction.open_reviews(engagement) == 0
    high = ops_sat.add_review(ctx, engagement, shift_period("2026-Q2", 1), clarity=4)
    reviews = ctx.repos.satisfaction.reviews(engagement)
    assert recovered(reviews[0], reviews[1], "clarity") is True
    assert recovered(reviews[0], reviews[1], "speed") is None
    assert ctx.repos.satisfaction.get(high).five_whys == ()


def test_lessons(ctx) -> None:
    engagement = make_engagement(ctx)
    lesson = ops_sat.add_lesson(ctx, engagement, "先看监控数据再谈方案", "worked", tags="诊断")
    ops_sat.update_lesson(ctx, lesson, {"kind": "avoid"})
    assert ctx.repos.satisfaction.lesson(lesson).kind == "avoid"
    with pytest.raises(OpError):
        ops_sat.update_lesson(ctx, lesson, {"kind": "maybe"})
    ops_sat.delete_lesson(ctx, lesson)
    undo(ctx)
    assert ctx.repos.satisfaction.lesson(lesson).text == "先看监控数据再谈方案"


def test_overview_status_counts(ctx) -> None:
    engagement = make_engagement(ctx)
    add_requirement(ctx, engagement, 1, 5, 5, "confirmed")
    add_requirement(ctx, engagement, 2, 4, 2, "proposed")
    add_requirement(ctx, engagement, 3, 1, 1, "proposed")
    meeting = ops_meet.add_meeting(ctx, engagement, "例会", held_on="2026-01-05T10:00")
    ops_meet.add_meeting(ctx, engagement, "未来", held_on="2999-01-01")
    ops_actions.add_meeting_action(ctx, meeting, "过期", due_on="2026-01-06")
    ops_sat.add_review(ctx, engagement, "2026-Q1", speed=5, quality=3, clarity=4, solving=4)
    status = ctx.repos.overview.status(engagement)
    assert status["requirements"] == {"total": 3, "quadrants": {"do_now": 1, "plan": 1, "quick": 0, "park": 1},
                                      "status": {"confirmed": 1, "proposed": 2}}
    assert status["meetings"] == {"held": 1, "last": "2026-01-05", "minutes_due": 1}
    assert status["actions"] == {"open": 1, "overdue": 1}
    assert status["satisfaction"]["below_4"] == ["quality"] and status["satisfaction"]["open_reviews"] == 1
    assert status["baseline"] == {"version": None, "signed": False, "changed_since": 0}
    flags = ctx.repos.overview.red_flags(status, engagement)
    assert {"actions_overdue", "minutes_overdue", "satisfaction_below_4"} <= set(flags)
