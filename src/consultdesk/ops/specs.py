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
        return push(ctx, AREA, InsertRow(ctx, label, "spec_sections", values, initiator))
    # merge_session: one focus of the editor is one undo step (None merges all consecutive edits).
    command = UpdateRow(ctx, label, "spec_sections", row_id, {"text": text}, initiator, mergeable=True,
                        merge_session=merge_session)
    if command.is_noop():
        return Changes()
    return push(ctx, AREA, command)
