"""Demo specification sections (background, goals, delivery standards, acceptance, change rules).

Loaded before the baselines demo, so the signed versions it freezes contain these sections.
"""

from __future__ import annotations

from typing import Any

from consultdesk.demo import read_demo_json
from consultdesk.domain.spec_sections import SectionKey


def load(workspace: Any, ids: dict[str, int]) -> None:
    rows = workspace.repos.rows
    for key, sections in read_demo_json("specs.json")["engagements"].items():
        engagement_id = ids[f"engagement:{key}"]
        for name, text in sections.items():
            rows.insert("spec_sections", {"engagement_id": engagement_id, "key": SectionKey(name).value, "text": text})
