"""Undoable evidence commands that also write the hash-chained history, in the same transaction.

The history is append-only: an undo does not remove the entry of the change it undoes, it appends a new
"undo" entry (old and new swapped), so the record shows everything that ever happened to a case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from consultdesk.bus import Changes
from consultdesk.domain.history import canonical
from consultdesk.ops.base import DeleteRow
from consultdesk.ops.edit_command import EditRow, NewRecord

if TYPE_CHECKING:
    from consultdesk.context import AppContext

ENTITIES = {
    "dispute_cases": "dispute_case",
    "evidence_items": "evidence_item",
    "evidence_attachments": "evidence_attachment",
    "evidence_links": "evidence_link",
    "evidence_reviewers": "evidence_reviewer",
    "evidence_meetings": "evidence_meeting",
    "evidence_actions": "action_item",
}


def _history(ctx: "AppContext", table: str, row_id: int | None, action: str, values: Mapping[str, Any], **kw: Any) -> None:
    ctx.repos.history.append(
        ENTITIES[table], row_id, action, engagement_id=ctx.repos.evidence.engagement_for(table, dict(values)), **kw
    )


class EvidenceJournal:
    """The part of an EditRow that writes each stored change of an evidence record to the history: every
    commit of a merged typing session has its own entry, and undoing the step records one entry back."""

    def created(self, ctx: "AppContext", table: str, row_id: int, values: Mapping[str, Any], undone: bool) -> None:
        if undone:
            _history(ctx, table, row_id, "undo_create", values, old=canonical(dict(values)))
        else:
            _history(ctx, table, row_id, "create", values, new=canonical(dict(values)))

    def changed(self, ctx: "AppContext", table: str, row_id: int, row: Mapping[str, Any],
                old: Mapping[str, Any], new: Mapping[str, Any], undone: bool) -> None:
        for name in new:
            if old[name] != new[name]:
                _history(ctx, table, row_id, "undo_update" if undone else "update", row,
                         field=name, old=old[name], new=new[name])


EVIDENCE = EvidenceJournal()


def recorded_insert(ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any = None) -> EditRow:
    """The command that adds an evidence record, written to the history too (its undo appends "undo_create")."""
    return EditRow(ctx, text, table, NewRecord(), values, initiator, journal=EVIDENCE)


class RecordedDelete(DeleteRow):
    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, initiator: Any = None) -> None:
        super().__init__(ctx, text, table, row_id, initiator)
        self.row = ctx.repos.rows.get(table, row_id) or {}

    def apply(self) -> Changes:
        _history(self.ctx, self.table, self.row_id, "delete", self.row, old=canonical(self.row))
        return super().apply()

    def revert(self) -> Changes:
        changes = super().revert()
        _history(self.ctx, self.table, self.row_id, "undo_delete", self.row, new=canonical(self.row))
        return changes
