"""Evidence item and chain-link verbs (area "evidence"); each change is also written to the history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain import evidence as rules
from consultdesk.ops.base import CompositeCommand, push
from consultdesk.ops.dates import need_moments
from consultdesk.ops.edit_command import EditRow, push_edit
from consultdesk.ops.errors import OpError
from consultdesk.ops.evidence import AREA
from consultdesk.ops.evidence_history import EVIDENCE, RecordedDelete, recorded_insert

if TYPE_CHECKING:
    from consultdesk.context import AppContext

_ITEM_FIELDS = {
    "kind", "title", "description", "source", "captured_at", "excerpt", "ref_document", "ref_section", "ref_url", "seq",
}



def now_text() -> str:
    """Local time to the minute: what a consultant writes as 'captured at'."""
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


def _clean_item(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    unknown = set(cleaned) - _ITEM_FIELDS
    if unknown:
        raise OpError(QCoreApplication.translate("ops", "Unknown evidence field: %s") % ", ".join(sorted(unknown)))
    if "title" in cleaned and not str(cleaned["title"]).strip():
        raise OpError(QCoreApplication.translate("ops", "An evidence item needs a title."))
    need_moments(cleaned, "captured_at")
    if "kind" in cleaned and cleaned["kind"] not in rules.KINDS:
        raise OpError(QCoreApplication.translate("ops", "Unknown kind of evidence: %s") % cleaned["kind"])
    return cleaned


def item_insert(
    ctx: "AppContext", case_id: int, kind: str, title: str, fields: Mapping[str, Any], initiator: Any = None
) -> EditRow:
    """The command that adds an item (used alone or as the first part of 'add item with files')."""
    if ctx.repos.evidence.get_case(case_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The dispute case no longer exists."))
    values = _clean_item({"kind": kind, "title": title, **fields})
    values.setdefault("captured_at", now_text())
    values.setdefault("seq", ctx.repos.evidence.next_item_seq(case_id))
    return recorded_insert(ctx, QCoreApplication.translate(
            "ops", "Add evidence"), "evidence_items", {"case_id": case_id, **values}, initiator)


def add_item(ctx: "AppContext", case_id: int, kind: str, title: str, initiator: Any = None, **fields: Any) -> int:
    command = item_insert(ctx, case_id, kind, title, fields, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def update_item(
    ctx: "AppContext", item_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    values = _clean_item(changes)
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit evidence"), "evidence_items", item_id, values, initiator, merge_session, EVIDENCE)


def delete_item(ctx: "AppContext", item_id: int, initiator: Any = None) -> Changes:
    # The stored files stay: the store is content-addressed and append-only, so undo finds them again.
    return push(ctx, AREA, RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Delete evidence"), "evidence_items", item_id, initiator))


def link_items(ctx: "AppContext", from_item_id: int, to_item_id: int, initiator: Any = None) -> int:
    repo = ctx.repos.evidence
    source, target = repo.get_item(from_item_id), repo.get_item(to_item_id)
    if source is None or target is None:
        raise OpError(QCoreApplication.translate("ops", "The evidence item no longer exists."))
    if from_item_id == to_item_id:
        raise OpError(QCoreApplication.translate("ops", "An item cannot be linked to itself."))
    if source.case_id != target.case_id:
        raise OpError(QCoreApplication.translate("ops", "Only items of the same case can be linked."))
    existing = {(link.from_item_id, link.to_item_id) for link in repo.links(source.case_id)}
    if (from_item_id, to_item_id) in existing or (to_item_id, from_item_id) in existing:
        raise OpError(QCoreApplication.translate("ops", "These two items are already linked."))
    values = {"case_id": source.case_id, "from_item_id": from_item_id, "to_item_id": to_item_id}
    command = recorded_insert(ctx, QCoreApplication.translate("ops", "Link evidence"), "evidence_links", values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def unlink(ctx: "AppContext", link_ids: list[int], initiator: Any = None) -> Changes:
    if not link_ids:
        return Changes()
    parts = [RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Remove link"), "evidence_links", link_id, initiator) for link_id in link_ids]
    text = QCoreApplication.translate(
            "ops", "Remove link") if len(parts) == 1 else QCoreApplication.translate("ops", "Remove links")
    return push(ctx, AREA, CompositeCommand(ctx, text, parts, initiator))
