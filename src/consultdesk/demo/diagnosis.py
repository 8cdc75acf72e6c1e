"""Demo diagnoses (resources/demo/diagnosis.json): the classic "login keeps failing" case in Chinese on
the portal engagement, and a warehouse case in English on wms."""

from __future__ import annotations

from typing import Any

from consultdesk.demo import due_from_today, read_demo_json

# The day the file's task deadlines are written from: it becomes the day the demo is made.
DEADLINES_REFERENCE = "2025-03-20"



def load(workspace: Any, ids: dict[str, int]) -> None:
    rows = workspace.repos.rows
    for diagnosis in read_demo_json("diagnosis.json")["diagnoses"]:
        engagement_id = ids[f"engagement:{diagnosis['engagement']}"]
        diagnosis_id = rows.insert("diagnoses", {"engagement_id": engagement_id, **diagnosis["fields"]})
        ids[f"diagnosis:{diagnosis['engagement']}"] = diagnosis_id
        by_text: dict[str, int] = {}
        for position, bone in enumerate(diagnosis["bones"]):
            bone_id = rows.insert("diagnosis_bones", {"diagnosis_id": diagnosis_id, "position": position, "title": bone["title"]})
            _causes(rows, bone_id, None, bone.get("causes", []), by_text)
        for position, phase in enumerate(diagnosis.get("phases", [])):
            phase_id = rows.insert(
                "solution_phases",
                {"diagnosis_id": diagnosis_id, "term": phase["term"], "title": phase["title"], "position": position},
            )
            for task_position, task in enumerate(phase.get("tasks", [])):
                values = {k: v for k, v in task.items() if k != "root_cause"}
                values["done"] = int(bool(values.get("done", False)))
                values["deadline"] = due_from_today(values.get("deadline") or "", DEADLINES_REFERENCE) or None
                values["root_cause_id"] = by_text.get(task["root_cause"]) if task.get("root_cause") else None
                rows.insert("solution_tasks", {"phase_id": phase_id, "position": task_position, **values})


def _causes(rows: Any, bone_id: int, parent_id: int | None, causes: list[dict[str, Any]], by_text: dict[str, int]) -> None:
    for position, cause in enumerate(causes):
        values = {k: v for k, v in cause.items() if k != "children"}
        values["is_root"] = int(bool(values.get("is_root", False)))
        cause_id = rows.insert(
            "diagnosis_causes", {"bone_id": bone_id, "parent_id": parent_id, "position": position, **values}
        )
        by_text[cause["text"]] = cause_id
        _causes(rows, bone_id, cause_id, cause.get("children", []), by_text)
