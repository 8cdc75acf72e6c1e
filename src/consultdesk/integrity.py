"""`consultdesk check`: every integrity check the workspace has, each returning problems as sentences.

Areas add their checks here (baselines' hashes, evidence files, the hash-chained history).
"""

from __future__ import annotations

import importlib
from typing import Any

CHECKS = [
    "consultdesk.store.db_check:check_database",
    "consultdesk.store.history_repo:check_history",
    "consultdesk.store.evidence_repo:check_evidence",
    "consultdesk.store.baselines_repo:check_baselines",
    "consultdesk.store.search_repo:check_search",
]


def run_checks(workspace: Any) -> list[str]:
    problems: list[str] = []
    for ref in CHECKS:
        module, _, func = ref.partition(":")
        problems.extend(getattr(importlib.import_module(module), func)(workspace))
    return problems
