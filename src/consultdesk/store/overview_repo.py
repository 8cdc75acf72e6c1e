"""Where an engagement's loop stands (the overview tab and `consultdesk status`), counted in SQL so a
large engagement is summed up quickly. The JSON shape is part of the automation surface."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from consultdesk.domain import change_requests as cr_rules
from consultdesk.domain.requirements import HIGH_SCORE
from consultdesk.domain.satisfaction import DIMENSIONS
from consultdesk.store.database import Store

QUADRANTS = ("do_now", "plan", "quick", "park")
RED_FLAGS = ("actions_overdue", "change_requests_overdue", "minutes_overdue", "satisfaction_below_4",
             "unverified_causes")


class OverviewRepo:
    def __init__(self, store: Store, repos: Any) -> None:
        self._store = store
        self._repos = repos

    def requirements(self, engagement_id: int) -> dict[str, Any]:
        quadrants = dict.fromkeys(QUADRANTS, 0)
        statuses: dict[str, int] = {}
        names = {(1, 1): "do_now", (1, 0): "plan", (0, 1): "quick", (0, 0): "park"}
        total = 0
        for r in self._store.query(
            "select (value >= :h) as hv, (urgency >= :h) as hu, status, count(*) as n from requirements "
            "where engagement_id = :e group by hv, hu, status", {"h": HIGH_SCORE, "e": engagement_id}
        ):
            quadrants[names[(r["hv"], r["hu"])]] += r["n"]
            statuses[r["status"]] = statuses.get(r["status"], 0) + r["n"]
            total += r["n"]
        return {"total": total, "quadrants": quadrants, "status": dict(sorted(statuses.items()))}

    def baseline(self, engagement_id: int) -> dict[str, Any]:
        baselines = self._repos.baselines
        latest = baselines.latest(engagement_id)
        if latest is None:
            return {"version": None, "signed": False, "changed_since": 0}
        changed = len(baselines.changed_requirement_ids(engagement_id)) + len(baselines.removed_codes(engagement_id))
        return {"version": latest.version, "signed": bool(latest.signoffs), "changed_since": changed}

    def change_requests(self, engagement_id: int, now: datetime) -> dict[str, int]:
        open_crs = [cr for cr in self._repos.change_requests.for_engagement(engagement_id) if cr.is_open]
        return {"open": len(open_crs), "overdue": sum(1 for cr in open_crs if cr_rules.is_overdue(cr, now))}

    def next_cr_deadline(self, engagement_id: int, now: datetime | None = None) -> Any:
        """Time left (negative: overdue) to the nearest 24 h assessment deadline of an open small change."""
        now = now or datetime.now(timezone.utc)
        lefts = [cr_rules.time_left(cr, now) for cr in self._repos.change_requests.for_engagement(engagement_id)
                 if cr.is_open]
        known = [left for left in lefts if left is not None]
        return min(known) if known else None

    def causes(self, engagement_id: int) -> dict[str, int]:
        row = self._store.query(
            "select count(*) as total, coalesce(sum(c.status = 'unverified'), 0) as unverified, "
            "coalesce(sum(c.is_root), 0) as root from diagnosis_causes c join diagnosis_bones b on b.id = c.bone_id "
            "join diagnoses d on d.id = b.diagnosis_id where d.engagement_id = ?", [engagement_id])[0]
        return {k: int(row[k]) for k in ("total", "unverified", "root")}

    def roots_without_remedy(self, engagement_id: int) -> int:
        """Root causes no solution-plan task addresses."""
        return int(self._store.scalar(
            "select count(*) from diagnosis_causes c join diagnosis_bones b on b.id = c.bone_id "
            "join diagnoses d on d.id = b.diagnosis_id where d.engagement_id = ? and c.is_root = 1 "
            "and not exists (select 1 from solution_tasks t where t.root_cause_id = c.id)", [engagement_id]))

    def meetings(self, engagement_id: int, now: datetime) -> dict[str, Any]:
        meetings = self._repos.meetings.for_engagement(engagement_id)
        held = [m for m in meetings if m.is_held(now)]
        return {
            "held": len(held),
            "last": max((m.held_on[:10] for m in held), default=None),
            "minutes_due": sum(1 for m in held if m.minutes_due(now)),
        }

    def satisfaction(self, engagement_id: int) -> dict[str, Any]:
        reviews = self._repos.satisfaction.reviews(engagement_id)
        latest = reviews[-1] if reviews else None
        return {
            "period": latest.period if latest else None,
            "scores": latest.scores() if latest else dict.fromkeys(DIMENSIONS),
            "below_4": latest.below() if latest else [],
            "open_reviews": self._repos.satisfaction.open_reviews(engagement_id),
        }

    def status(self, engagement_id: int, now: datetime | None = None) -> dict[str, Any]:
        """The `status --json` document of one engagement."""
        now = now or datetime.now(timezone.utc)
        local_now = now.astimezone().replace(tzinfo=None)
        engagement = self._store.query(
            "select e.title, c.name from engagements e join clients c on c.id = e.client_id where e.id = ?",
            [engagement_id])[0]
        return {
            "client": engagement["name"],
            "engagement": engagement["title"],
            "requirements": self.requirements(engagement_id),
            "baseline": self.baseline(engagement_id),
            "change_requests": self.change_requests(engagement_id, now),
            "actions": self._repos.actions.counts(engagement_id, local_now.date().isoformat()),
            "causes": self.causes(engagement_id),
            "meetings": self.meetings(engagement_id, local_now),
            "satisfaction": self.satisfaction(engagement_id),
        }

    def red_flags(self, status: dict[str, Any], engagement_id: int, now: datetime | None = None) -> list[str]:
        """What needs attention now, as keys of RED_FLAGS (the all-engagements view)."""
        local_now = (now or datetime.now(timezone.utc)).astimezone().replace(tzinfo=None)
        flags = []
        if status["actions"]["overdue"]:
            flags.append("actions_overdue")
        if status["change_requests"]["overdue"]:
            flags.append("change_requests_overdue")
        if any(m.minutes_overdue(local_now) for m in self._repos.meetings.for_engagement(engagement_id)):
            flags.append("minutes_overdue")
        if status["satisfaction"]["below_4"]:
            flags.append("satisfaction_below_4")
        if status["causes"]["unverified"]:
            flags.append("unverified_causes")
        return flags

    def all_engagements(self, now: datetime | None = None) -> list[dict[str, Any]]:
        """Every engagement with its status and red flags, by client then engagement."""
        result = []
        for row in self._store.query(
            "select e.id from engagements e join clients c on c.id = e.client_id "
            "order by c.name collate nocase, c.id, e.id"
        ):
            status = self.status(row["id"], now)
            result.append({"engagement_id": row["id"], **status, "red_flags": self.red_flags(status, row["id"], now)})
        return result
