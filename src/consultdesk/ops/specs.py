"""Specification-section verbs (area "specs"): typing into a section merges into one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops.base import InsertRow, UpdateRow, push

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "specs"


def set_section_text(
    ctx: "AppContext", engagement_id: int, key: SectionKey, text: str, initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    label = QCoreApplication.translate("ops", "Edit specification section")
    row_id = ctx.repos.spec_sections.row_id(engagement_id, key)
    if row_id is None:
        values = {"engagement_id": engagement_id, "key": key.value, "text": text}
        return push(ctx, AREA, _CreateSection(ctx, label, "spec_sections", values, initiator, merge_session))
    # merge_session: one focus of the editor is one undo step (None merges all consecutive edits).
    command = UpdateRow(ctx, label, "spec_sections", row_id, {"text": text}, initiator, mergeable=True,
                        merge_session=merge_session)
    if command.is_noop():
        return Changes()
    return push(ctx, AREA, command)


class _CreateSection(InsertRow):
    """The first text of a section creates its row; the rest of that typing session merges into it,
    so one focus of the editor stays one undo step even for a section written for the first time."""

    def __init__(self, ctx: "AppContext", label: str, table: str, values: dict, initiator: Any,
                 merge_session: Any) -> None:
        super().__init__(ctx, label, table, values, initiator)
        self.merge_session = merge_session

    def id(self) -> int:
        return UpdateRow.MERGE_ID if self.merge_session is not None else -1

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, UpdateRow) and other.mergeable and other.table == self.table
                and other.row_id == self.row_id and set(other.after) == {"text"}
                and other.merge_session == self.merge_session):
            return False
        self.values["text"] = other.after["text"]  # a redo re-creates the row with the latest text
        return True
