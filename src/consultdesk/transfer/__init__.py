"""Requirement import/export files (.csv, .xlsx): reading, mapping, checking, writing. No Qt, no SQL.

    table = read_table(path)                       # or TransferError (whole file refused)
    mapping = apply_overrides(table, guess_mapping(table.headers), ["description=RequirementText"])
    plan = validate(table, mapping, taken_codes)   # plan.rows valid, plan.problems per row
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from consultdesk.domain.requirement_rows import (
    ImportPlan,
    Problem,
    Table,
    TransferError,
    apply_overrides,
    assign_codes,
    guess_mapping,
    validate,
)
from consultdesk.transfer.readers import MAX_FILE_BYTES, read_table
from consultdesk.transfer.writers import write_requirements

__all__ = [
    "ImportPlan", "Problem", "Table", "TransferError", "MAX_FILE_BYTES", "apply_overrides", "assign_codes",
    "guess_mapping", "plan_import", "read_table", "validate", "write_requirements",
]


def plan_import(path: Path, overrides: Iterable[str] = (), taken_codes: Iterable[str] = ()) -> ImportPlan:
    """Read, map (guess from headers, then --map overrides) and check a file in one call."""
    table = read_table(path)
    mapping = apply_overrides(table, guess_mapping(table.headers), overrides)
    return validate(table, mapping, taken_codes)
