"""Every meeting of an engagement as one list of domain Meetings.

Two tables hold meetings: `meetings` (kick-off, weekly, reviews, change boards, pre-acceptance, visits)
and `evidence_meetings` (the meeting of a dispute case). The dispute's rows stay where they are because
they are recorded in the hash-chained history of the case; moving them would rewrite recorded rows.
This repo is the one place that reads both, so the rest of the app sees one meeting model.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from consultdesk.domain.followup import Meeting
from consultdesk.store.database import Store

_OWN = ("id, engagement_id, kind, title, held_on, phase, our_attendees, client_attendees, agenda, notes, "
        "minutes_sent_on, confirmed_on, confirmed_by")
# "1. ", "2、", "(3) " at the start of a confirmed fact: the minutes number the decisions themselves.
_NUMBERING = re.compile(r"^(\(?\d+[.、)）]\s*)")


class MeetingsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _decisions(self, meeting_ids: list[int]) -> dict[int, tuple[str, ...]]:
        if not meeting_ids:
            return {}
        marks = ",".join("?" * len(meeting_ids))
        found: dict[int, list[str]] = {}
        for row in self._store.query(
            f"select meeting_id, text from meeting_decisions where meeting_id in ({marks}) order by position, id",
            meeting_ids,
        ):
            found.setdefault(row["meeting_id"], []).append(row["text"])
        return {k: tuple(v) for k, v in found.items()}

    def own(self, engagement_id: int) -> list[Meeting]:
        rows = self._store.query(f"select {_OWN} from meetings where engagement_id = ?", [engagement_id])
        decisions = self._decisions([r["id"] for r in rows])
        return [Meeting(source="followup", decisions=decisions.get(r["id"], ()), **r) for r in rows]

    def disputes(self, engagement_id: int) -> list[Meeting]:
        rows = self._store.query(
            "select m.id, m.case_id, m.held_on, m.our_attendees, m.client_attendees, m.confirmed_facts, "
            "c.title, c.status, c.engagement_id from evidence_meetings m "
            "join dispute_cases c on c.id = m.case_id where c.engagement_id = ?",
            [engagement_id],
        )
        meetings = []
        for r in rows:
            facts = tuple(_NUMBERING.sub("", line.strip()) for line in r["confirmed_facts"].splitlines() if line.strip())
            # The dispute minutes are the case's written confirmation: sent once the case is resolved.
            sent = r["held_on"] if r["status"] == "resolved" else ""
            meetings.append(Meeting(
                id=r["id"], source="evidence", engagement_id=r["engagement_id"], kind="dispute", title=r["title"],
                held_on=r["held_on"], our_attendees=r["our_attendees"], client_attendees=r["client_attendees"],
                notes=r["confirmed_facts"], minutes_sent_on=sent, case_id=r["case_id"], decisions=facts,
            ))
        return meetings

    def for_engagement(self, engagement_id: int) -> list[Meeting]:
        """Oldest first (undated meetings last); a meeting's number in the list is its index + 1."""
        meetings = self.own(engagement_id) + self.disputes(engagement_id)
        return sorted(meetings, key=lambda m: (m.held_on == "", m.held_on, m.source, m.id))

    def get(self, meeting_id: int) -> Meeting | None:
        rows = self._store.query(f"select {_OWN} from meetings where id = ?", [meeting_id])
        if not rows:
            return None
        return Meeting(source="followup", decisions=self._decisions([meeting_id]).get(meeting_id, ()), **rows[0])

    def find(self, engagement_id: int, key: str | None) -> Meeting | None:
        """By number in the list (1 = oldest), or exact title; the latest held when key is empty."""
        meetings = self.for_engagement(engagement_id)
        if not meetings:
            return None
        if not key:
            # A meeting dated in the future is planned, not held: its minutes would be empty.
            today = datetime.date.today().isoformat()
            dated = [m for m in meetings if m.held_on]
            held = [m for m in dated if m.held_on[:10] <= today]
            return (held or dated or meetings)[-1]
        if key.isdigit() and 1 <= int(key) <= len(meetings):
            return meetings[int(key) - 1]
        return next((m for m in meetings if m.title == key), None)

    def decision_rows(self, meeting_id: int) -> list[dict[str, Any]]:
        return self._store.query(
            "select id, position, text from meeting_decisions where meeting_id = ? order by position, id", [meeting_id]
        )

    def next_decision_position(self, meeting_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(position), 0) + 1 from meeting_decisions where meeting_id = ?", [meeting_id]))
