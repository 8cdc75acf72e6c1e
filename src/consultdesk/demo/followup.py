"""Demo follow-up (resources/demo/followup.json): meetings in every engagement, their decisions and
action items, acceptance test cases with runs, quarterly satisfaction reviews (the Chinese engagement
has four, one with a score under 4, its 5-Why and improvement plan), lessons.

Dates in the file are days relative to the day the demo is created, so the demo always has a few
overdue items and a few coming up, whatever day it is loaded."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from consultdesk.demo import read_demo_json
from consultdesk.domain.history import canonical
from consultdesk.domain.satisfaction import period_of, shift_period


def _day(offset: int | None, today: date) -> str:
    return "" if offset is None else (today + timedelta(days=offset)).isoformat()


def _actions(rows: Any, engagement_id: int, items: list[dict[str, Any]], today: date, **link: Any) -> None:
    for action in items:
        rows.insert("action_items", {"engagement_id": engagement_id, **link, "what": action["what"],
                                     "owner": action.get("owner", ""), "due_on": _day(action.get("due"), today),
                                     "status": action.get("status", "open")})


def _meetings(workspace: Any, engagement_id: int, meetings: list[dict[str, Any]], today: date) -> None:
    rows, history = workspace.repos.rows, workspace.repos.history
    for m in meetings:
        values = {
            "engagement_id": engagement_id, "kind": m["kind"], "title": m["title"], "phase": m.get("phase", ""),
            "held_on": f"{_day(m['day'], today)}T{m.get('time', '10:00')}", "our_attendees": m.get("our", ""),
            "client_attendees": m.get("client", ""), "agenda": m.get("agenda", ""), "notes": m.get("notes", ""),
            "minutes_sent_on": _day(m.get("sent_day"), today),
        }
        meeting_id = rows.insert("meetings", values)
        for position, text in enumerate(m.get("decisions", []), 1):
            rows.insert("meeting_decisions", {"meeting_id": meeting_id, "position": position, "text": text})
        _actions(rows, engagement_id, m.get("actions", []), today, source="meeting", meeting_id=meeting_id)
        if m.get("confirmed_by"):
            confirmation = {"confirmed_by": m["confirmed_by"], "confirmed_on": _day(m["confirmed_day"], today)}
            rows.update("meetings", meeting_id, confirmation)
            # As ops.meetings.confirm_minutes records it: the confirmation is part of the history chain.
            history.append("meeting", meeting_id, "confirm", engagement_id=engagement_id, field="confirmation",
                           old=canonical({"confirmed_by": "", "confirmed_on": ""}), new=canonical(confirmation))


def _acceptance(workspace: Any, ids: dict[str, int], key: str, cases: list[dict[str, Any]], today: date) -> None:
    rows = workspace.repos.rows
    for position, case in enumerate(cases, 1):
        requirement_id = ids[f"requirement:{key}:{case['requirement']}"]
        case_id = rows.insert("test_cases", {"requirement_id": requirement_id, "position": position,
                                             "title": case["title"], "steps": case.get("steps", ""),
                                             "expected": case.get("expected", "")})
        for run in case.get("runs", []):
            rows.insert("test_runs", {"test_case_id": case_id, "result": run["result"], "witness": run.get("witness", ""),
                                      "run_on": _day(run.get("day"), today), "notes": run.get("notes", "")})


def _satisfaction(workspace: Any, engagement_id: int, reviews: list[dict[str, Any]], today: date) -> None:
    rows = workspace.repos.rows
    current = period_of(today)
    for review in reviews:
        period = shift_period(current, review["quarter"])
        review_id = rows.insert("satisfaction_reviews", {
            "engagement_id": engagement_id, "period": period, **review["scores"], "comments": review.get("comments", ""),
            "held_on": _day(review["quarter"] * 91 - 3, today)})
        for five_why in review.get("five_whys", []):
            steps = {f"why_{n}": text for n, text in enumerate(five_why["steps"], 1)}
            five_why_id = rows.insert("five_whys", {"review_id": review_id, "dimension": five_why["dimension"], **steps,
                                                    "participants": five_why.get("participants", ""),
                                                    "root_cause": five_why.get("root_cause", "")})
            _actions(rows, engagement_id, five_why.get("plan", []), today, source="improvement", five_why_id=five_why_id)


def load(workspace: Any, ids: dict[str, int], today: date | None = None) -> None:
    today = today or date.today()
    for key, part in read_demo_json("followup.json")["engagements"].items():
        engagement_id = ids[f"engagement:{key}"]
        _meetings(workspace, engagement_id, part.get("meetings", []), today)
        _acceptance(workspace, ids, key, part.get("test_cases", []), today)
        _satisfaction(workspace, engagement_id, part.get("satisfaction", []), today)
        for lesson in part.get("lessons", []):
            workspace.repos.rows.insert("lessons", {"engagement_id": engagement_id, **lesson})
