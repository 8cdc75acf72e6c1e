"""Demo requirements (resources/demo/requirements.json): ~25 Chinese ones for "portal", 8 English for "wms",
spread over all four quadrants, with every field filled so the board, table and documents look real."""

from __future__ import annotations

from typing import Any

from consultdesk.demo import read_demo_json
from consultdesk.domain.requirements import format_code


def load(workspace: Any, ids: dict[str, int]) -> None:
    rows = workspace.repos.rows
    for key, requirements in read_demo_json("requirements.json")["engagements"].items():
        engagement_id = ids[f"engagement:{key}"]
        # Link to the engagement's first interview when the demo has one (the "source" of the requirement).
        interviews = workspace.store.query(
            "select id from interviews where engagement_id = ? order by id limit 1", [engagement_id])
        interview_id = interviews[0]["id"] if interviews else None
        for seq, fields in enumerate(requirements, start=1):
            values = {"engagement_id": engagement_id, "seq": seq, "code": format_code(seq),
                      "source_interview_id": interview_id, **fields}
            ids[f"requirement:{key}:{seq}"] = rows.insert("requirements", values)
