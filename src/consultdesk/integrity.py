"""`consultdesk check`: every integrity check the workspace has; docs/integrity.md says what each proves.

A check returns problems either as sentences (their kind is then the check's name without "check_") or as
(kind, sentence) pairs; run_checks() turns both into Problem values for the text and JSON outputs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

CHECKS = [
    "consultdesk.store.db_check:check_database",
    "consultdesk.store.protections:check_protections",
    "consultdesk.store.chain_check:check_history",
    "consultdesk.store.seals:check_records",
    "consultdesk.store.evidence_repo:check_evidence",
    "consultdesk.store.baselines_repo:check_baselines",
    "consultdesk.store.leftovers:check_leftovers",
    "consultdesk.store.search_repo:check_search",
]


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


def run_checks(workspace: Any) -> list[Problem]:
    problems: list[Problem] = []
    for ref in CHECKS:
        module, _, func = ref.partition(":")
        default_kind = func.removeprefix("check_")
        for found in getattr(importlib.import_module(module), func)(workspace):
            if isinstance(found, str):
                problems.append(Problem(default_kind, found))
            else:
                problems.append(Problem(*found))
    return problems
