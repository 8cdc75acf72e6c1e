"""Dispute-case verbs (area "evidence"). Items and files: evidence_items.py / evidence_attach.py;
reviewers, meeting and action items: evidence_consensus.py. Every change is written to the history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain import evidence as rules
from consultdesk.ops.base import push
from consultdesk.ops.edit_command import push_edit
from consultdesk.ops.errors import OpError, domain_message
from consultdesk.ops.evidence_history import EVIDENCE, RecordedDelete, recorded_insert

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "evidence"
_NUMERIC = ("expected_value", "computed_value")
_EDITABLE = {
    "title", "report", "metric", "period", "expected_value", "computed_value", "unit",
    "root_cause", "root_cause_text", "conclusion",
}



def _clean(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate case fields; numbers may come as text typed by the user ('1,250')."""
    values = dict(changes)
    unknown = set(values) - _EDITABLE
    if unknown:
        raise OpError(QCoreApplication.translate("ops", "Unknown case field: %s") % ", ".join(sorted(unknown)))
    if "title" in values and not str(values["title"]).strip():
        raise OpError(QCoreApplication.translate("ops", "A dispute case needs a title (what is disputed)."))
    for name in _NUMERIC:
        if name in values and isinstance(values[name], str):
            try:
                values[name] = rules.parse_number(values[name])
            except ValueError:
                label = QCoreApplication.translate(
                        "ops", "The client's expected value") if name == "expected_value" else QCoreApplication.translate(
                        "ops", "The computed value")
                raise OpError(
                    QCoreApplication.translate(
                            "ops", "%s must be a number (for example 1250 or 1,250.5), not “%s”.") % (label, values[name])
                ) from None
    if values.get("root_cause", "") not in rules.ROOT_CAUSES:
        raise OpError(QCoreApplication.translate("ops", "Unknown root cause: %s") % values["root_cause"])
    return values


def create_case(ctx: "AppContext", engagement_id: int, title: str, initiator: Any = None, **fields: Any) -> int:
    values = _clean({"title": title, **fields})
    values = {"engagement_id": engagement_id, **values}
    command = recorded_insert(ctx, QCoreApplication.translate("ops", "Add dispute case"), "dispute_cases", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_case(
    ctx: "AppContext", case_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    values = _clean(changes)
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit dispute case"), "dispute_cases", case_id, values, initiator, merge_session,
                     EVIDENCE)


def set_status(ctx: "AppContext", case_id: int, status: str, override_reason: str = "", initiator: Any = None) -> Changes:
    """Move the case along investigating → consensus → meeting held → resolved, enforcing the rules."""
    repo = ctx.repos.evidence
    case = repo.get_case(case_id)
    if case is None:
        raise OpError(QCoreApplication.translate("ops", "The dispute case no longer exists."))
    reason = override_reason.strip() or case.status_override_reason
    try:
        meetings = repo.meetings(case_id)
        rules.check_status_change(status, repo.reviewers(case_id), len(repo.items(case_id)), case.root_cause, reason,
                                  meeting_date=meetings[-1].held_on if meetings else "")
    except rules.RuleViolation as exc:
        raise OpError(domain_message(str(exc))) from None
    after: dict[str, Any] = {"status": status}
    if override_reason.strip():
        after["status_override_reason"] = override_reason.strip()
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Change case status"), "dispute_cases", case_id, after, initiator, journal=EVIDENCE)


def delete_case(ctx: "AppContext", case_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Delete dispute case"), "dispute_cases", case_id, initiator))

