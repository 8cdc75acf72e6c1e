"""The demo workspace: realistic, bilingual sample data loaded from resources/demo/.

Each area contributes a module with load(store, ids); ids is shared so later parts can refer to
records made by earlier ones (e.g. ids["engagement:portal"]). Everything loads in one transaction.
"""

from __future__ import annotations

import importlib
import json
from datetime import date
from typing import Any

from consultdesk.paths import resource

DEMO_PARTS = [
    "consultdesk.demo.clients",
    "consultdesk.demo.diagnosis",
    "consultdesk.demo.requirements",
    "consultdesk.demo.evidence",
    "consultdesk.demo.specs",
    "consultdesk.demo.baselines",
    "consultdesk.demo.followup",
]


class DemoError(Exception):
    pass


def read_demo_json(name: str) -> Any:
    return json.loads(resource("demo", name).read_text(encoding="utf-8"))


def due_from_today(day: str, reference: str, today: date | None = None) -> str:
    """A due date of the demo files, moved so that *reference* falls on today: the demo always has some
    actions overdue and some still open, whatever day it is made (the dates' text stays as written)."""
    if not day or day >= "2090":  # "never" in the demo files
        return day
    shift = (today or date.today()) - date.fromisoformat(reference)
    return (date.fromisoformat(day[:10]) + shift).isoformat() + day[10:]


def load_demo(workspace: Any) -> dict[str, int]:
    """Fill an empty workspace with the demo data; refuse a workspace that already has clients."""
    if not workspace.is_empty():
        raise DemoError("The workspace already has clients; the demo is only loaded into an empty workspace.")
    ids: dict[str, int] = {}
    with workspace.store.transaction():
        for name in DEMO_PARTS:
            importlib.import_module(name).load(workspace, ids)
    return ids
