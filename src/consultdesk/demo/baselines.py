"""Demo baselines and change requests (resources/demo/baselines.json), with a believable timeline.

Portal: v1 signed 12 days ago, CR-001 approved and contained in v2 (4 days ago), then one edit covered by an
approved change request and one not covered, plus open requests (one overdue, one fresh, one large).
Written straight through the repos inside the demo's transaction; keep this part after the requirements
and specification sections so the baselines freeze the demo content.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from consultdesk.demo import read_demo_json
from consultdesk.domain.baseline import IncludedChange, freeze
from consultdesk.domain.spec_status import SignOffRecord


def _at(now: datetime, **delta: float) -> str:
    return (now - timedelta(**delta)).isoformat(timespec="seconds")


def load(workspace: Any, ids: dict[str, int]) -> None:
    now = datetime.now(timezone.utc)
    for key, part in read_demo_json("baselines.json")["engagements"].items():
        engagement_id = ids.get(f"engagement:{key}")
        if engagement_id is not None:
            _load_engagement(workspace, engagement_id, part, now)


def _load_engagement(workspace: Any, engagement_id: int, part: dict[str, Any], now: datetime) -> None:
    repos, rows = workspace.repos, workspace.repos.rows
    by_code = {r.code: r for r in repos.requirements.for_engagement(engagement_id)}
    cr_ids: list[int] = []
    for seq, cr in enumerate(part.get("change_requests", []), start=1):
        values = {k: cr[k] for k in ("title", "description", "reason", "requested_by", "scope", "impact_schedule",
                                     "impact_cost", "status", "decided_by") if k in cr}
        values.update(engagement_id=engagement_id, seq=seq, code=f"CR-{seq:03d}",
                      submitted_at=_at(now, hours=cr["hours_ago"]), meeting_held=int(cr.get("meeting_held", False)))
        if "decided_hours_ago" in cr:
            values["decided_at"] = _at(now, hours=cr["decided_hours_ago"])
        cr_id = rows.insert("change_requests", values)
        cr_ids.append(cr_id)
        for code in cr["links"]:
            req = by_code.get(code) if code else None
            rows.insert("change_request_requirements", {
                "change_request_id": cr_id, "requirement_id": req.id if req else None,
                "requirement_code": req.code if req else "", "requirement_title": req.title if req else ""})
    sections = repos.spec_sections.for_engagement(engagement_id)
    current = repos.baselines.current_rows(engagement_id)
    crs = part.get("change_requests", [])
    for version, spec in enumerate(part.get("baselines", []), start=1):
        differs = spec.get("differs_from_now", {})
        content_rows = [{**row, **differs.get(row["code"], {})} for row in current]
        content, sha = freeze(content_rows, sections)
        included = [IncludedChange(cr_ids[i], f"CR-{i + 1:03d}", cr["title"])
                    for i, cr in enumerate(crs) if cr.get("in_baseline") == version]
        created = _at(now, days=spec["days_ago"])
        baseline_id = repos.baselines.insert_baseline(engagement_id, version, created, content, sha, included)
        repos.history.append("baseline", baseline_id, "create", engagement_id=engagement_id, field="sha256",
                             new=f"v{version} {sha}")
        for offset, s in enumerate(spec["signoffs"]):
            record = SignOffRecord(s["signer"], s["side"], s["meaning"], _at(now, days=spec["days_ago"],
                                   minutes=-5 * offset), s.get("comment", ""))
            signoff_id = repos.baselines.insert_signoff(baseline_id, record)
            repos.history.append("signoff", signoff_id, "sign", engagement_id=engagement_id, field=record.meaning,
                                 new=f"v{version} {record.signer} ({record.side})")
    for code, fields in part.get("edits_after_last", {}).items():
        if code in by_code:
            rows.update("requirements", by_code[code].id, fields)
