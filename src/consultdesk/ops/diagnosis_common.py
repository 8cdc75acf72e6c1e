"""Pieces shared by the diagnosis verbs: the area name, translated refusals, session-merged edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from consultdesk.bus import Changes
from consultdesk.domain.diagnosis import validate_text
from consultdesk.ops.base import UpdateRow, push
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "diagnosis"



def check_text(text: Any, what: str) -> None:
    problem = validate_text(text if isinstance(text, str) else None)
    if problem == "empty":
        raise OpError(QCoreApplication.translate("ops", "The text of a {what} cannot be empty.").replace("{what}", what))
    if problem == "too_long":
        raise OpError(QCoreApplication.translate("ops", "The text is too long."))


class SessionEdit(UpdateRow):
    """An UpdateRow that merges with the next one only inside one editing session (one focus of a field),
    so typing a sentence is one undo step and the next edit of the same field is another."""

    MERGE_ID = 0x7E04

    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, after: Mapping[str, Any],
                 initiator: Any = None, session: Any = None) -> None:
        super().__init__(ctx, text, table, row_id, after, initiator)
        self.session = session

    def id(self) -> int:
        return self.MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, SessionEdit)
            and self.session is not None
            and other.session == self.session
            and other.table == self.table
            and other.row_id == self.row_id
            and other.after.keys() == self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        return True


def push_edit(ctx: "AppContext", text: str, table: str, row_id: int, after: Mapping[str, Any],
              initiator: Any = None, session: Any = None) -> Changes:
    """Push an edit unless it changes nothing (no empty undo steps)."""
    command = SessionEdit(ctx, text, table, row_id, after, initiator, session)
    if command.is_noop():
        return Changes()
    return push(ctx, AREA, command)


def next_ids(ctx: "AppContext", table: str, count: int) -> list[int]:
    """Ids for rows a composite command inserts together (children need their parent's id up front)."""
    first = ctx.repos.diagnoses.next_id(table)
    return list(range(first, first + count))
