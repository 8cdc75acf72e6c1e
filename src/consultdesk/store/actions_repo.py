"""One list of every action item of an engagement: meetings' and improvement plans' (action_items),
disputes' (evidence_actions) and solution plans' tasks (solution_tasks)."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.followup import ActionRow, sort_actions
from consultdesk.store.database import Store

_QUERIES = (
    # source, table, sql (engagement id bound once)
    ("meeting", "action_items",
     "select a.id, a.what, a.owner, a.due_on, a.status, m.title as origin, m.id as origin_id "
     "from action_items a join meetings m on m.id = a.meeting_id where a.engagement_id = ? and a.source = 'meeting'"),
    ("improvement", "action_items",
     "select a.id, a.what, a.owner, a.due_on, a.status, r.period || ' · ' || f.dimension as origin, r.id as origin_id "
     "from action_items a join five_whys f on f.id = a.five_why_id join satisfaction_reviews r on r.id = f.review_id "
     "where a.engagement_id = ? and a.source = 'improvement'"),
    ("dispute", "evidence_actions",
     "select a.id, a.what, a.who as owner, a.due_on, a.status, c.title as origin, c.id as origin_id "
     "from evidence_actions a join dispute_cases c on c.id = a.case_id where c.engagement_id = ?"),
    ("plan", "solution_tasks",
     "select t.id, t.title as what, t.owner, coalesce(t.deadline, '') as due_on, "
     "case when t.done then 'done' else 'open' end as status, d.title as origin, d.id as origin_id "
     "from solution_tasks t join solution_phases p on p.id = t.phase_id join diagnoses d on d.id = p.diagnosis_id "
     "where d.engagement_id = ?"),
)


class ActionsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_engagement(self, engagement_id: int) -> list[ActionRow]:
        rows: list[ActionRow] = []
        for source, table, sql in _QUERIES:
            for r in self._store.query(sql, [engagement_id]):
                rows.append(ActionRow(source=source, table=table, row_id=r.pop("id"), **r))
        return sort_actions(rows)

    def of_meeting(self, meeting_id: int) -> list[dict[str, Any]]:
        return self._store.query(
            "select id, what, owner, due_on, status from action_items where meeting_id = ? order by id", [meeting_id])

    def of_five_why(self, five_why_id: int) -> list[dict[str, Any]]:
        return self._store.query(
            "select id, what, owner, due_on, status from action_items where five_why_id = ? order by id", [five_why_id])

    def counts(self, engagement_id: int, today: str) -> dict[str, int]:
        """Open and overdue action items of every source, counted in SQL (the overview reads this)."""
        union = " union all ".join(
            [
                "select status, due_on from action_items where engagement_id = :e",
                "select a.status, a.due_on from evidence_actions a join dispute_cases c on c.id = a.case_id "
                "where c.engagement_id = :e",
                "select case when t.done then 'done' else 'open' end, coalesce(t.deadline, '') from solution_tasks t "
                "join solution_phases p on p.id = t.phase_id join diagnoses d on d.id = p.diagnosis_id "
                "where d.engagement_id = :e",
            ]
        )
        row = self._store.query(
            f"select coalesce(sum(status = 'open'), 0) as open, "
            f"coalesce(sum(status = 'open' and due_on <> '' and substr(due_on, 1, 10) < :t), 0) as overdue "
            f"from ({union})",
            {"e": engagement_id, "t": today},
        )[0]
        return {"open": int(row["open"]), "overdue": int(row["overdue"])}
