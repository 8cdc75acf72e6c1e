"""Undoable evidence commands that also write the hash-chained history, in the same transaction.

The history is append-only: an undo does not remove the entry of the change it undoes, it appends a new
"undo" entry (old and new swapped), so the record shows everything that ever happened to a case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from consultdesk.bus import Changes
from consultdesk.domain.history import canonical
from consultdesk.ops.base import DeleteRow, InsertRow, StoreCommand, UpdateRow

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


class RecordedInsert(InsertRow):
    """With a merge_session, the edits that follow in the same typing session (e.g. the rest of the
    meeting's confirmed facts, typed after the first pause created the meeting) fold into this one step."""

    def __init__(self, ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any = None,
                 merge_session: Any = None) -> None:
        super().__init__(ctx, text, table, values, initiator)
        self.merge_session = merge_session

    def id(self) -> int:
        return UpdateRow.MERGE_ID if self.merge_session is not None else -1

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, UpdateRow) and other.mergeable and other.merge_session == self.merge_session
            and other.table == self.table and other.row_id == self.row_id
        ):
            return False
        # Both already applied (and recorded in the history); undo now removes the row as it stands.
        self.values.update(other.after)
        return True

    def apply(self) -> Changes:
        changes = super().apply()
        _history(self.ctx, self.table, self.row_id, "create", self.values, new=canonical(self.values))
        return changes

    def revert(self) -> Changes:
        # Record first: the engagement is looked up through the row's parents, which still exist.
        _history(self.ctx, self.table, self.row_id, "undo_create", self.values, old=canonical(self.values))
        return super().revert()


class RecordedUpdate(UpdateRow):
    """Each apply records its own change, so when typing merges several commits into one undo step the
    history still holds every stored value; undoing the merged step records one entry back to the start."""

    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, after: Mapping[str, Any],
                 initiator: Any = None, merge_session: Any = None):
        super().__init__(ctx, text, table, row_id, after, initiator, merge_session is not None, merge_session)
        self.row = ctx.repos.rows.get(table, row_id) or {}

    def _record(self, action: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for name in self.after:
            if old[name] != new[name]:
                _history(self.ctx, self.table, self.row_id, action, self.row, field=name, old=old[name], new=new[name])

    def apply(self) -> Changes:
        changes = super().apply()
        self._record("update", self.before, self.after)
        return changes

    def revert(self) -> Changes:
        changes = super().revert()
        self._record("undo_update", self.after, self.before)
        return changes


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


def recorded_update(
    ctx: "AppContext", text: str, table: str, row_id: int, after: Mapping[str, Any], initiator: Any = None,
    merge_session: Any = None,
) -> StoreCommand | None:
    """A RecordedUpdate, or None when it would change nothing (no empty undo steps, no empty history).

    With a merge_session (one focus of a form field), consecutive edits of that field merge into one undo step."""
    command = RecordedUpdate(ctx, text, table, row_id, after, initiator, merge_session)
    return None if command.is_noop() else command
