"""Demo dispute cases (resources/demo/evidence.json): a complete Chinese one on "portal" with all five
kinds of evidence, reviewers, a meeting and action items on both sides, and a shorter English one."""

from __future__ import annotations

from typing import Any

from consultdesk.demo import due_from_today, read_demo_json
from consultdesk.domain.history import canonical
from consultdesk.paths import resource

# The day the file's action due dates are written from: it becomes the day the demo is made.
ACTIONS_REFERENCE = "2025-04-18"


def load(workspace: Any, ids: dict[str, int]) -> None:
    rows, history, files = workspace.repos.rows, workspace.repos.history, workspace.repos.evidence.files
    for number, case in enumerate(read_demo_json("evidence.json")["cases"], start=1):
        engagement_id = ids[f"engagement:{case['engagement']}"]
        values = {"engagement_id": engagement_id, **case["fields"]}
        case_id = rows.insert("dispute_cases", values)
        ids[f"case:{case['engagement']}:{number}"] = case_id
        history.append("dispute_case", case_id, "create", engagement_id=engagement_id, new=canonical(values))
        items: dict[str, int] = {}
        for seq, item in enumerate(case.get("items", []), start=1):
            values = {"case_id": case_id, "seq": seq, **item["fields"]}
            item_id = items[item["key"]] = rows.insert("evidence_items", values)
            history.append("evidence_item", item_id, "create", engagement_id=engagement_id, new=canonical(values))
            for name in item.get("files", []):
                stored = files.add(resource("demo", "attachments", "evidence", name))
                rows.insert("evidence_attachments", {
                    "item_id": item_id, "sha256": stored.sha256, "name": name, "size": stored.size,
                    "captured_at": item["fields"].get("captured_at", ""),
                })
        for source, target in case.get("links", []):
            rows.insert("evidence_links", {"case_id": case_id, "from_item_id": items[source], "to_item_id": items[target]})
        for reviewer in case.get("reviewers", []):
            rows.insert("evidence_reviewers", {"case_id": case_id, **reviewer})
        meeting_id = rows.insert("evidence_meetings", {"case_id": case_id, **case["meeting"]}) if case.get("meeting") else None
        for action in case.get("actions", []):
            due = due_from_today(action.get("due_on", ""), ACTIONS_REFERENCE)
            rows.insert("evidence_actions", {"case_id": case_id, "meeting_id": meeting_id, **action, "due_on": due})
