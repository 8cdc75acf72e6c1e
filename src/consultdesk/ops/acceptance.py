"""Acceptance test cases per requirement and their runs (area "followup")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.acceptance import RESULTS
from consultdesk.ops.errors import OpError
from consultdesk.ops.followup_common import delete, edit, insert, need_choice, need_days, need_row, need_text, only

if TYPE_CHECKING:
    from consultdesk.context import AppContext

CASE_FIELDS = ("title", "steps", "expected")
RUN_FIELDS = ("result", "witness", "run_on", "notes")


def _clean_case(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, CASE_FIELDS)
    need_text(cleaned, "title", QCoreApplication.translate("ops", "A test case needs a title."))
    return cleaned


def _clean_run(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, RUN_FIELDS)
    need_choice(cleaned, "result", RESULTS, QCoreApplication.translate("ops", "Unknown test result: %s"))
    need_days(cleaned, "run_on")
    return cleaned


def add_case(ctx: "AppContext", requirement_id: int, title: str, initiator: Any = None, **fields: Any) -> int:
    if ctx.repos.requirements.get(requirement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The requirement no longer exists."))
    values = {"requirement_id": requirement_id, "position": ctx.repos.acceptance.next_position(requirement_id),
              **_clean_case({"title": title, **fields})}
    return insert(ctx, QCoreApplication.translate("ops", "Add test case"), "test_cases", values, initiator)


def update_case(ctx: "AppContext", case_id: int, changes: Mapping[str, Any], initiator: Any = None,
                session: Any = None) -> Changes:
    need_row(ctx, "test_cases", case_id, QCoreApplication.translate("ops", "The test case no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit test case"), "test_cases", case_id, _clean_case(changes), initiator, session)


def delete_case(ctx: "AppContext", case_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "test_cases", case_id, QCoreApplication.translate("ops", "The test case no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete test case"), "test_cases", case_id, initiator)


def record_run(ctx: "AppContext", case_id: int, result: str, witness: str = "", run_on: str | None = None,
               initiator: Any = None, notes: str = "") -> int:
    """A run of the test case at acceptance: its result, who witnessed it, when (today by default)."""
    need_row(ctx, "test_cases", case_id, QCoreApplication.translate("ops", "The test case no longer exists."))
    values = {"test_case_id": case_id, **_clean_run({"result": result, "witness": witness,
                                                     "run_on": run_on or date.today().isoformat(), "notes": notes})}
    return insert(ctx, QCoreApplication.translate("ops", "Record test run"), "test_runs", values, initiator)


def update_run(ctx: "AppContext", run_id: int, changes: Mapping[str, Any], initiator: Any = None,
               session: Any = None) -> Changes:
    need_row(ctx, "test_runs", run_id, QCoreApplication.translate("ops", "The test run no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit test run"), "test_runs", run_id, _clean_run(changes), initiator, session)


def delete_run(ctx: "AppContext", run_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "test_runs", run_id, QCoreApplication.translate("ops", "The test run no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete test run"), "test_runs", run_id, initiator)
