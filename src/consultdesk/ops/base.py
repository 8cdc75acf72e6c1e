"""The undoable-command machinery every area builds on.

A command holds plain values (before/after rows), never widgets or graphics items. Its first execution
happens in push(), outside the QUndoStack, so a refused operation raises OpError and is never pushed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from consultdesk.bus import Changes
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

log = logging.getLogger(__name__)


def archived_text(exc: Any) -> str:
    """The translated sentence for a write refused under an archived engagement or client."""
    from PySide6.QtCore import QCoreApplication

    text = (QCoreApplication.translate("ops", "The engagement “%1” is archived and read-only; restore it to change it.")
            if exc.kind == "engagement" else
            QCoreApplication.translate("ops", "The client “%1” is archived and read-only; restore it to change it."))
    return text.replace("%1", exc.title)


class StoreCommand(QUndoCommand):
    """Subclasses implement apply() and revert(); each runs inside one transaction and returns Changes."""

    def __init__(self, ctx: "AppContext", text: str, initiator: Any = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.initiator = initiator
        self._skip_next_redo = False

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.apply, guarded=True)

    def undo(self) -> None:
        self._run(self.revert, guarded=True)

    def run_first(self) -> Changes:
        changes = self._run(self.apply, guarded=False)
        self._skip_next_redo = True
        return changes

    def _run(self, step: Callable[[], Changes], guarded: bool) -> Changes:
        try:
            with self.ctx.store.transaction():
                changes = step()
        except Exception as exc:  # noqa: BLE001 - reported, never swallowed silently
            if not guarded:
                raise
            # Called from QUndoStack (C++): an exception cannot propagate; the transaction rolled back.
            log.exception("undo/redo of %r failed", self.text())
            from consultdesk.store.archive_guard import ArchivedError

            reason = archived_text(exc) if isinstance(exc, ArchivedError) else str(exc)
            self.ctx.bus.failed.emit(f"{self.text()}: {reason}")
            return Changes()
        self.ctx.bus.changed.emit(changes, self.initiator)
        return changes


class CompositeCommand(StoreCommand):
    """Several commands as one undo step and one transaction (e.g. moving many cards)."""

    def __init__(self, ctx: "AppContext", text: str, parts: Sequence[StoreCommand], initiator: Any = None) -> None:
        super().__init__(ctx, text, initiator)
        self.parts = list(parts)

    def apply(self) -> Changes:
        changes = Changes()
        for part in self.parts:
            changes = changes | part.apply()
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        for part in reversed(self.parts):
            changes = changes | part.revert()
        return changes


def push(ctx: "AppContext", area: str, command: StoreCommand) -> Changes:
    """Execute *command* once (raising OpError/StoreError if refused), then put it on the area's stack."""
    from consultdesk.store.archive_guard import ArchivedError

    try:
        changes = command.run_first()
    except ArchivedError as exc:
        raise OpError(archived_text(exc)) from exc
    ctx.undo_stack(area).push(command)
    return changes


class InsertRow(StoreCommand):
    """Insert one row; redo after undo re-creates it with the same id so later commands still match."""

    def __init__(self, ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any = None):
        super().__init__(ctx, text, initiator)
        self.table = table
        self.values = dict(values)
        self.row_id: int | None = values.get("id")

    def apply(self) -> Changes:
        values = dict(self.values)
        if self.row_id is not None:
            values["id"] = self.row_id
        self.row_id = self.ctx.repos.rows.insert(self.table, values)
        return Changes.of(self.table, [self.row_id])

    def revert(self) -> Changes:
        assert self.row_id is not None
        snap = self.ctx.repos.rows.delete(self.table, self.row_id)
        return _snapshot_changes(snap)


class UpdateRow(StoreCommand):
    """Set some fields of one row; consecutive edits of the same fields of the same row may merge."""

    MERGE_ID = 0x7E01

    def __init__(
        self,
        ctx: "AppContext",
        text: str,
        table: str,
        row_id: int,
        after: Mapping[str, Any],
        initiator: Any = None,
        mergeable: bool = False,
        merge_session: Any = None,
    ) -> None:
        super().__init__(ctx, text, initiator)
        self.table = table
        self.row_id = row_id
        self.after = dict(after)
        row = ctx.repos.rows.get(table, row_id)
        if row is None:
            from consultdesk.ops.errors import OpError

            raise OpError(f"The {table} row {row_id} no longer exists.")
        self.before = {k: row[k] for k in self.after}
        self.mergeable = mergeable
        # Typing merges into one step per editing session (e.g. one focus of a field), not forever.
        self.merge_session = merge_session

    def is_noop(self) -> bool:
        return self.before == self.after

    def apply(self) -> Changes:
        self.ctx.repos.rows.update(self.table, self.row_id, self.after)
        return Changes.of(self.table, [self.row_id])

    def revert(self) -> Changes:
        self.ctx.repos.rows.update(self.table, self.row_id, self.before)
        return Changes.of(self.table, [self.row_id])

    def id(self) -> int:
        return self.MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, UpdateRow)
            and other.mergeable
            and other.table == self.table
            and other.row_id == self.row_id
            and other.after.keys() == self.after.keys()
            and other.merge_session == self.merge_session
        ):
            return False
        self.after = dict(other.after)
        return True


class DeleteRow(StoreCommand):
    """Delete a row and everything that depends on it; one undo restores all of it with the same ids."""

    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, initiator: Any = None) -> None:
        super().__init__(ctx, text, initiator)
        self.table = table
        self.row_id = row_id
        self.snapshot = None

    def apply(self) -> Changes:
        self.snapshot = self.ctx.repos.rows.delete(self.table, self.row_id)
        return _snapshot_changes(self.snapshot)

    def revert(self) -> Changes:
        self.ctx.repos.rows.restore(self.snapshot)
        return _snapshot_changes(self.snapshot)


def _snapshot_changes(snap: Any) -> Changes:
    touched: dict[str, set[int]] = {}
    for table, row in snap.rows:
        touched.setdefault(table, set()).add(row["id"])
    for table, row_id, _column, _old in snap.nulled:
        touched.setdefault(table, set()).add(row_id)
    return Changes({t: frozenset(ids) for t, ids in touched.items()})


def push_update(
    ctx: "AppContext",
    area: str,
    text: str,
    table: str,
    row_id: int,
    after: Mapping[str, Any],
    initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    """Push an UpdateRow unless it would change nothing (no empty undo steps).

    With a merge_session, consecutive edits of the same fields in that session become one undo step.
    """
    command = UpdateRow(ctx, text, table, row_id, after, initiator, merge_session is not None, merge_session)
    if command.is_noop():
        return Changes()
    return push(ctx, area, command)
