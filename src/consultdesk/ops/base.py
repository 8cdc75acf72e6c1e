"""The undoable-command machinery every area builds on.

A command holds plain values (before/after rows), never widgets or graphics items. Its first execution
happens in push(), outside the QUndoStack, so a refused operation raises OpError and is never pushed.
Editing a record (and merging typing into one step) is ops/edit_command.py's EditRow.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from consultdesk.bus import Changes
from consultdesk.ops.errors import OpError, WriteFailed
from consultdesk.ops.failures import archived_text, describe_failure
from consultdesk.store.archive_guard import ArchivedError
from consultdesk.store.failures import write_failure_sentence

if TYPE_CHECKING:
    from consultdesk.context import AppContext
    from consultdesk.store.rows import RowSnapshot

log = logging.getLogger(__name__)


class StoreCommand(QUndoCommand):
    """Subclasses implement apply() and revert(); each runs inside one transaction and returns Changes.

    The app steps a command through UndoHistory, which runs carry_out() first and moves the stack only
    when it succeeded; redo()/undo() (what QUndoStack itself calls) then have nothing left to do.
    """

    def __init__(self, ctx: "AppContext", text: str, initiator: Any = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.initiator = initiator
        # Where the step was made (set by push): Edit ▸ Undo names the tab and the window shows it.
        self.area = ""
        self.made_in: tuple[int | None, int | None] = (None, None)  # (client id, engagement id)
        self._skip_next = False

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def carry_out(self, undoing: bool) -> Changes:
        """Revert (undoing) or apply in one transaction; raises when refused, and then nothing changed."""
        with self.ctx.store.transaction():
            return self.revert() if undoing else self.apply()

    def skip_next_step(self) -> None:
        """The next redo()/undo() call from QUndoStack is already done (by push or UndoHistory)."""
        self._skip_next = True

    def redo(self) -> None:
        self._qt_step(undoing=False)

    def undo(self) -> None:
        self._qt_step(undoing=True)

    def run_first(self) -> Changes:
        try:
            changes = self.carry_out(undoing=False)
        except ArchivedError as exc:
            raise OpError(archived_text(exc)) from exc
        except Exception as exc:
            refused = write_failure_sentence(exc)
            if refused is None:
                raise
            # The disk said no: one sentence for the user (the status bar listens to bus.failed).
            self.ctx.bus.failed.emit(f"{self.text()}: {refused}")
            raise WriteFailed(refused) from exc
        self.ctx.bus.changed.emit(changes, self.initiator)
        return changes

    def _qt_step(self, undoing: bool) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        # Only reached when Qt steps the stack by itself (never done by the app): best effort, reported.
        try:
            changes = self.carry_out(undoing)
        except Exception as exc:  # noqa: BLE001 - an exception cannot cross into C++; the user is told
            log.exception("undo/redo of %r failed", self.text())
            self.ctx.bus.failed.emit(f"{self.text()}: {describe_failure(exc)}")
            return
        self.ctx.bus.changed.emit(changes, self.initiator)


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
    """Execute *command* once (raising OpError/StoreError if refused), then put it on the workspace's
    undo history, remembering the tab (*area*) and the client/engagement it was made in."""
    command.area = area
    command.made_in = (ctx.selection.client_id, ctx.selection.engagement_id)
    changes = command.run_first()
    ctx.history.push_done(command)
    return changes


class InsertRow(StoreCommand):
    """Insert one row. Undo keeps what it removed (the row as stored, with its defaults such as
    created_at, and anything that went with it through foreign keys), so redo puts back exactly that:
    the same ids and the same timestamps, and later commands still match."""

    def __init__(self, ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any = None):
        super().__init__(ctx, text, initiator)
        self.table = table
        self.values = dict(values)
        self.row_id: int | None = values.get("id")
        self._removed: RowSnapshot | None = None

    def apply(self) -> Changes:
        if self._removed is not None:
            self.ctx.repos.rows.restore(self._removed)
            return _snapshot_changes(self._removed)
        self.row_id = self.ctx.repos.rows.insert(self.table, self.values)
        return Changes.of(self.table, [self.row_id])

    def revert(self) -> Changes:
        assert self.row_id is not None
        self._removed = self.ctx.repos.rows.delete(self.table, self.row_id)
        return _snapshot_changes(self._removed)


class DeleteRow(StoreCommand):
    """Delete a row and everything that depends on it; one undo restores all of it with the same ids."""

    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, initiator: Any = None) -> None:
        super().__init__(ctx, text, initiator)
        self.table = table
        self.row_id = row_id
        self.snapshot: RowSnapshot | None = None

    def apply(self) -> Changes:
        self.snapshot = self.ctx.repos.rows.delete(self.table, self.row_id)
        return _snapshot_changes(self.snapshot)

    def revert(self) -> Changes:
        assert self.snapshot is not None
        self.ctx.repos.rows.restore(self.snapshot)
        return _snapshot_changes(self.snapshot)


def _snapshot_changes(snap: "RowSnapshot") -> Changes:
    touched: dict[str, set[int]] = {}
    for table, row in snap.rows:
        touched.setdefault(table, set()).add(row["id"])
    for table, row_id, _column, _old in snap.nulled:
        touched.setdefault(table, set()).add(row_id)
    return Changes({t: frozenset(ids) for t, ids in touched.items()})

