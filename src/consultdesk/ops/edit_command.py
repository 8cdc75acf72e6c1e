"""The one command for editing a record, and the one rule by which edits merge into one undo step.

`EditRow` sets some fields of one record — or creates the record with them, when the first pause in
typing is what brings it into being (a specification section, a dispute case's meeting). Its merge rule:
an edit folds into the step below when it is of the same record, the same fields and the same *edit
session* (one focus of a field, handed down by the form; None never merges). So typing a sentence is one
step and the next focus of the field is another. When merged edits bring the fields back to their values
before the first one, the step is marked obsolete and QUndoStack drops it: the history never shows a step
that does nothing. A step that created its record is never such a no-op: the record exists now.

A journal (the evidence history) is told of every stored change, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from consultdesk.bus import Changes
from consultdesk.ops.base import InsertRow, StoreCommand, push
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext


class Journal(Protocol):
    """Keeps its own record of each change an EditRow stores or reverts (undone=True for the revert)."""

    def created(self, ctx: "AppContext", table: str, row_id: int, values: Mapping[str, Any], undone: bool) -> None:
        ...

    def changed(self, ctx: "AppContext", table: str, row_id: int, row: Mapping[str, Any],
                old: Mapping[str, Any], new: Mapping[str, Any], undone: bool) -> None:
        ...


@dataclass(frozen=True)
class NewRecord:
    """In place of a row id: the record is to be created, with these values besides the edited fields
    (e.g. the id of its parent)."""

    values: Mapping[str, Any] = field(default_factory=dict)


class EditRow(StoreCommand):
    """Set *after* on the record *row* of *table* (its id, or a NewRecord to create it with *after*).
    Consecutive edits merge by the module's rule."""

    MERGE_ID = 0x7E01

    def __init__(
        self,
        ctx: "AppContext",
        text: str,
        table: str,
        row: int | NewRecord,
        after: Mapping[str, Any],
        initiator: Any = None,
        session: object = None,
        journal: Journal | None = None,
    ) -> None:
        super().__init__(ctx, text, initiator)
        self.table = table
        self.row_id: int | None = None  # of a record to create: known once it is stored
        self.after = dict(after)
        self.session = session
        self.journal = journal
        self._insert: InsertRow | None = None
        self.before: dict[str, Any] = {}  # the fields as stored before the first edit (none for a creation)
        self.row: Mapping[str, Any] = {}
        if isinstance(row, NewRecord):
            self._insert = InsertRow(ctx, text, table, {**row.values, **self.after}, initiator)
            return
        self.row_id = row
        stored = ctx.repos.rows.get(table, row)
        if stored is None:
            raise OpError(QCoreApplication.translate("ops", "The record being edited no longer exists."))
        self.row = stored
        self.before = {name: stored[name] for name in self.after}

    @property
    def creates(self) -> bool:
        return self._insert is not None

    @property
    def values(self) -> dict[str, Any]:
        """What a created record is inserted with (the merged edits included)."""
        assert self._insert is not None
        return self._insert.values

    def is_noop(self) -> bool:
        # A creation never is: no edit brings the record back to "absent".
        return self._insert is None and self.before == self.after

    # --- storing -----------------------------------------------------------------------------------
    def apply(self) -> Changes:
        if self._insert is not None:
            changes = self._insert.apply()
            self.row_id = self._insert.row_id
            assert self.row_id is not None
            if self.journal is not None:
                self.journal.created(self.ctx, self.table, self.row_id, self.values, undone=False)
            return changes
        assert self.row_id is not None
        self.ctx.repos.rows.update(self.table, self.row_id, self.after)
        if self.journal is not None:
            self.journal.changed(self.ctx, self.table, self.row_id, self.row, self.before, self.after, undone=False)
        return Changes.of(self.table, [self.row_id])

    def revert(self) -> Changes:
        assert self.row_id is not None
        if self._insert is not None:
            # Recorded first: a journal finds the record's place through its parents while it still exists.
            if self.journal is not None:
                self.journal.created(self.ctx, self.table, self.row_id, self.values, undone=True)
            return self._insert.revert()
        self.ctx.repos.rows.update(self.table, self.row_id, self.before)
        if self.journal is not None:
            self.journal.changed(self.ctx, self.table, self.row_id, self.row, self.after, self.before, undone=True)
        return Changes.of(self.table, [self.row_id])

    # --- merging -----------------------------------------------------------------------------------
    def id(self) -> int:
        return self.MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Take in *other* (the newer edit, already stored) when it continues this step's edit session."""
        if not (
            isinstance(other, EditRow)
            and not other.creates
            and self.session is not None
            and other.session == self.session
            and other.table == self.table
            and other.row_id == self.row_id
            and other.after.keys() == self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        if self._insert is not None:
            self._insert.values.update(self.after)  # a redo re-creates the record as it stands now
        # Back where the session started: QUndoStack deletes an obsolete step instead of keeping it.
        self.setObsolete(self.is_noop())
        return True


def push_edit(
    ctx: "AppContext",
    area: str,
    text: str,
    table: str,
    row_id: int,
    after: Mapping[str, Any],
    initiator: Any = None,
    session: object = None,
    journal: Journal | None = None,
) -> Changes:
    """Push an EditRow of an existing record, unless it would change nothing (no empty undo steps)."""
    command = EditRow(ctx, text, table, row_id, after, initiator, session, journal)
    if command.is_noop():
        return Changes()
    return push(ctx, area, command)
