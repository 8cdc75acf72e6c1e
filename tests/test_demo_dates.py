"""The demo's action items are dated from the day it is made: some overdue, some still ahead."""

from __future__ import annotations

from datetime import date

from consultdesk.demo import due_from_today


def test_due_dates_move_with_the_day_the_demo_is_made() -> None:
    assert due_from_today("2025-04-14", "2025-04-18", date(2026, 12, 1)) == "2026-11-27"
    assert due_from_today("2025-04-21 10:00", "2025-04-18", date(2026, 12, 1)) == "2026-12-04 10:00"
    assert due_from_today("2099-05-31", "2025-04-18", date(2026, 12, 1)) == "2099-05-31"  # "never"
    assert due_from_today("", "2025-04-18") == ""


def test_demo_dispute_actions_and_plan_tasks_are_not_all_overdue(demo_dir) -> None:
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        today = date.today().isoformat()
        open_rows = []
        for engagement in ws.store.query("select id from engagements"):
            open_rows += [r for r in ws.repos.actions.for_engagement(engagement["id"])
                          if r.source in ("dispute", "plan") and r.status == "open" and r.due_on]
        overdue = [r for r in open_rows if r.due_on[:10] < today]
        assert overdue and len(overdue) < len(open_rows)
    finally:
        ws.close()
