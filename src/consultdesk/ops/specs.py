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

    def __init__(self, ctx: "AppContext", label: str, table: str, values: dict[str, Any], initiator: Any,
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


# -- UI samples ------------------------------------------------------------------------------------
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def add_sample(ctx: "AppContext", engagement_id: int, key: SectionKey, source: Any, name: str = "",
               caption: str = "", initiator: Any = None) -> int:
    """Place a picture (a file path, or PNG/JPEG bytes of a pasted screenshot) in a section.

    The file goes into the workspace's content-addressed attachments store first (never moved or
    altered afterwards, so undo needs no file work); the placement is one undoable row."""
    import datetime
    import tempfile
    from pathlib import Path

    from consultdesk.ops.errors import OpError
    from consultdesk.store.attachments import AttachError

    files = ctx.repos.spec_sections.files
    if files is None:
        raise OpError(QCoreApplication.translate("ops", "This workspace has no attachments store."))
    try:
        if isinstance(source, (bytes, bytearray)):
            if not (bytes(source[:8]) == b"\x89PNG\r\n\x1a\n" or bytes(source[:2]) == b"\xff\xd8"):
                raise OpError(QCoreApplication.translate("ops", "Only PNG and JPEG pictures can be placed in a section."))
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / (name or "screenshot.png")
                path.write_bytes(bytes(source))
                stored = files.add(path)
        else:
            path = Path(source)
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                raise OpError(QCoreApplication.translate("ops", "Only PNG and JPEG pictures can be placed in a section."))
            stored = files.add(path)
            name = name or path.name
    except AttachError as exc:
        raise OpError(str(exc)) from None
    values = {"engagement_id": engagement_id, "section": key.value,
              "seq": ctx.repos.spec_sections.next_sample_seq(engagement_id, key), "name": name or "screenshot.png",
              "sha256": stored.sha256, "caption": caption,
              "added_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    command = InsertRow(ctx, QCoreApplication.translate("ops", "Add UI sample"), "spec_samples", values,
                        initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def set_sample_caption(ctx: "AppContext", sample_id: int, caption: str, initiator: Any = None) -> Changes:
    command = UpdateRow(ctx, QCoreApplication.translate("ops", "Edit caption"), "spec_samples", sample_id,
                        {"caption": caption}, initiator)
    return Changes() if command.is_noop() else push(ctx, AREA, command)


def remove_sample(ctx: "AppContext", sample_id: int, initiator: Any = None) -> Changes:
    from consultdesk.ops.base import DeleteRow

    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate("ops", "Remove UI sample"), "spec_samples",
                                     sample_id, initiator))
