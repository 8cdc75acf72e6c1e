"""What a history entry of the dispute records says, in the UI language: the record, what was done, the
field and its values (the history stores entity, action and field names and JSON records)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.ui.evidence.labels import ACTION_STATUS_NAMES, KIND_NAMES, ROOT_CAUSE_NAMES, SIDE_NAMES, STATUS_NAMES

RECORDS = {
    "dispute_case": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Dispute case")),
    "evidence_item": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Evidence item")),
    "evidence_attachment": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Attachment")),
    "evidence_link": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Link")),
    "evidence_reviewer": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Reviewer")),
    "evidence_meeting": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Meeting")),
    "action_item": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Action item")),
}
ACTIONS = {
    "create": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Created")),
    "update": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Changed")),
    "delete": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Deleted")),
    "undo_create": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Creation undone")),
    "undo_update": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Change undone")),
    "undo_delete": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Deletion undone")),
}
FIELDS = {
    "title": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Title")),
    "report": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Report")),
    "metric": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Metric")),
    "period": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Period")),
    "expected_value": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Client's expected value")),
    "computed_value": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Computed value")),
    "unit": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Unit")),
    "status": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Status")),
    "status_override_reason": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Reason to move on without agreement")),
    "root_cause": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Root cause")),
    "root_cause_text": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Root cause explained")),
    "conclusion": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Conclusion")),
    "kind": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Kind")),
    "description": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Description")),
    "source": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Source")),
    "captured_at": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Captured at")),
    "excerpt": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Excerpt")),
    "ref_document": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Document")),
    "ref_section": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Section")),
    "ref_url": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Link address")),
    "sha256": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Fingerprint (SHA-256)")),
    "name": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Name")),
    "size": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Size (bytes)")),
    "role": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Role")),
    "reviewed_on": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Reviewed on")),
    "agreed": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Agreed")),
    "remark": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Remark")),
    "held_on": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Held on")),
    "our_attendees": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Our attendees")),
    "client_attendees": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Client attendees")),
    "confirmed_facts": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Confirmed facts")),
    "agreed_root_cause": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Agreed root cause")),
    "side": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Side")),
    "who": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Who")),
    "what": str(QT_TRANSLATE_NOOP("EvidenceHistory", "What")),
    "due_on": str(QT_TRANSLATE_NOOP("EvidenceHistory", "Due on")),
}
# Ids and positions say nothing to a reader; the record column names the row already.
_HIDDEN = {"id", "engagement_id", "case_id", "item_id", "meeting_id", "from_item_id", "to_item_id", "seq", "created_at"}
_VALUES = {"kind": KIND_NAMES, "root_cause": ROOT_CAUSE_NAMES, "agreed_root_cause": ROOT_CAUSE_NAMES,
           "side": SIDE_NAMES}


def _name(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("EvidenceHistory", source) if source else key


def record_text(entity: str, entity_id: Any) -> str:
    return f"{_name(RECORDS, entity)} #{entity_id}"


def action_text(action: str) -> str:
    return _name(ACTIONS, action)


def field_text(field: str) -> str:
    return _name(FIELDS, field) if field else ""


def value_text(entity: str, field: str, value: Any) -> str:
    """A stored value as shown: choice names translated, yes/no for flags, text as typed."""
    if value is None:
        return ""
    names = _VALUES.get(field)
    if field == "status":
        names = ACTION_STATUS_NAMES if entity == "action_item" else STATUS_NAMES
    if names is not None and str(value) in names:
        return QCoreApplication.translate("EvidenceLabels", names[str(value)])
    if field == "agreed":
        yes = QCoreApplication.translate("EvidenceHistory", "yes")
        return yes if value in (1, True, "1") else QCoreApplication.translate("EvidenceHistory", "no")
    return str(value)


def change_text(entity: str, field: str, old: str | None, new: str | None) -> str:
    """"before → after" of one field, or the fields of a created / deleted record (stored as JSON)."""
    if field:
        return f"{value_text(entity, field, _json_or_text(old))} → {value_text(entity, field, _json_or_text(new))}"
    record = _json_or_text(new or old)
    if not isinstance(record, dict):
        return str(record or "")
    order = {name: index for index, name in enumerate(FIELDS)}  # the title first, as a form shows it
    names = sorted(record, key=lambda name: order.get(name, len(order)))
    return " · ".join(f"{field_text(name)}: {value_text(entity, name, record[name])}" for name in names
                      if name not in _HIDDEN and record[name] not in (None, ""))


def _json_or_text(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value
