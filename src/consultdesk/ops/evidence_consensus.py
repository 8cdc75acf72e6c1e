"""Internal consensus (reviewers), the meeting with the client and its action items (area "evidence")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain import evidence as rules
from consultdesk.ops.base import push
from consultdesk.ops.edit_command import EditRow, NewRecord, push_edit
from consultdesk.ops.errors import OpError, domain_message
from consultdesk.ops.evidence import AREA
from consultdesk.ops.evidence_history import EVIDENCE, RecordedDelete

if TYPE_CHECKING:
    from consultdesk.context import AppContext

_REVIEWER = {"name", "role", "reviewed_on", "agreed", "remark"}
_MEETING = {"held_on", "our_attendees", "client_attendees", "confirmed_facts"}
_ACTION = {"side", "who", "what", "due_on", "status", "meeting_id"}



def _only(values: Mapping[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise OpError(QCoreApplication.translate("ops", "Unknown field: %s") % ", ".join(sorted(unknown)))
    return dict(values)


def _insert(ctx: "AppContext", text: str, table: str, values: dict[str, Any], initiator: Any, merge_session: Any = None) -> int:
    """Add a record of a case; with a merge_session, the rest of that typing session merges into this step."""
    fields = {name: value for name, value in values.items() if name != "case_id"}
    case_id = values["case_id"]
    if ctx.repos.evidence.get_case(case_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The dispute case no longer exists."))
    command = EditRow(ctx, text, table, NewRecord({"case_id": case_id}), fields, initiator, merge_session, EVIDENCE)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def _update(
    ctx: "AppContext", text: str, table: str, row_id: int, values: dict[str, Any], initiator: Any, merge_session: Any = None
) -> Changes:
    return push_edit(ctx, AREA, text, table, row_id, values, initiator, merge_session, EVIDENCE)


# -- reviewers -------------------------------------------------------------------------------------
def _clean_reviewer(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = _only(values, _REVIEWER)
    if "name" in cleaned and not str(cleaned["name"]).strip():
        raise OpError(QCoreApplication.translate("ops", "A reviewer needs a name."))
    if "agreed" in cleaned:
        cleaned["agreed"] = 1 if cleaned["agreed"] else 0
    return cleaned


def add_reviewer(ctx: "AppContext", case_id: int, name: str, initiator: Any = None, **fields: Any) -> int:
    values = {"case_id": case_id, **_clean_reviewer({"name": name, **fields})}
    return _insert(ctx, QCoreApplication.translate("ops", "Add reviewer"), "evidence_reviewers", values, initiator)


def update_reviewer(ctx: "AppContext", reviewer_id: int, changes: Mapping[str, Any], initiator: Any = None) -> Changes:
    return _update(ctx, QCoreApplication.translate(
            "ops", "Edit reviewer"), "evidence_reviewers", reviewer_id, _clean_reviewer(changes), initiator)


def delete_reviewer(ctx: "AppContext", reviewer_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Remove reviewer"), "evidence_reviewers", reviewer_id, initiator))


# -- meeting ---------------------------------------------------------------------------------------
def save_meeting(
    ctx: "AppContext", case_id: int, values: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> int:
    """Create the case's meeting record, or edit the existing (latest) one.

    With a merge_session, the edits of one typing session are one undo step, the creation included."""
    cleaned = _only(values, _MEETING)
    if "held_on" in cleaned:
        cleaned["held_on"] = _meeting_date(ctx, case_id, str(cleaned["held_on"] or ""))
    meetings = ctx.repos.evidence.meetings(case_id)
    if meetings and (meeting_id := meetings[-1].id) is not None:
        _update(ctx, QCoreApplication.translate(
                "ops", "Edit meeting"), "evidence_meetings", meeting_id, cleaned, initiator, merge_session)
        return meeting_id
    return _insert(ctx, QCoreApplication.translate(
            "ops", "Record meeting"), "evidence_meetings", {"case_id": case_id, **cleaned}, initiator, merge_session)


def _meeting_date(ctx: "AppContext", case_id: int, text: str) -> str:
    """A valid YYYY-MM-DD (or ""), and never "" once the case says the meeting was held."""
    from datetime import date

    text = text.strip()
    if text:
        try:
            date.fromisoformat(text[:10])
        except ValueError:
            raise OpError(QCoreApplication.translate("ops", "The meeting date must look like 2025-03-31.")) from None
        return text
    case = ctx.repos.evidence.get_case(case_id)
    if case is not None and case.status in ("meeting_held", "resolved"):
        raise OpError(domain_message(rules.HELD_MEETING_KEEPS_DATE))
    return text


# -- action items ----------------------------------------------------------------------------------
def _clean_action(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = _only(values, _ACTION)
    if "what" in cleaned and not str(cleaned["what"]).strip():
        raise OpError(QCoreApplication.translate("ops", "An action item needs to say what is to be done."))
    if cleaned.get("side", "ours") not in rules.ACTION_SIDES:
        raise OpError(QCoreApplication.translate("ops", "An action item is either ours or the client's."))
    if cleaned.get("status", "open") not in rules.ACTION_STATUSES:
        raise OpError(QCoreApplication.translate("ops", "Unknown action item status: %s") % cleaned["status"])
    due = str(cleaned.get("due_on", "") or "")
    if due:
        from datetime import date

        try:
            date.fromisoformat(due[:10])
        except ValueError:
            raise OpError(QCoreApplication.translate("ops", "The due date must look like 2025-03-31.")) from None
    return cleaned


def add_action(ctx: "AppContext", case_id: int, what: str, initiator: Any = None, **fields: Any) -> int:
    values = {"case_id": case_id, **_clean_action({"what": what, **fields})}
    return _insert(ctx, QCoreApplication.translate("ops", "Add action item"), "evidence_actions", values, initiator)


def update_action(ctx: "AppContext", action_id: int, changes: Mapping[str, Any], initiator: Any = None) -> Changes:
    return _update(ctx, QCoreApplication.translate(
            "ops", "Edit action item"), "evidence_actions", action_id, _clean_action(changes), initiator)


def delete_action(ctx: "AppContext", action_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Remove action item"), "evidence_actions", action_id, initiator))
