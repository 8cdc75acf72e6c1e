"""Specification-section verbs (area "specs"): typing into a section merges into one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops.base import InsertRow, push
from consultdesk.ops.edit_command import EditRow, NewRecord, push_edit

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "specs"


def set_section_text(
    ctx: "AppContext", engagement_id: int, key: SectionKey, text: str, initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    """Store a section's text; with a merge_session (one focus of the editor) the typing is one undo step,
    the first text of a section (which creates its row) included."""
    label = QCoreApplication.translate("ops", "Edit specification section")
    row_id = ctx.repos.spec_sections.row_id(engagement_id, key)
    if row_id is not None:
        return push_edit(ctx, AREA, label, "spec_sections", row_id, {"text": text}, initiator, merge_session)
    if not text:
        return Changes()  # a section without a row already reads as empty
    where = NewRecord({"engagement_id": engagement_id, "key": key.value})
    return push(ctx, AREA, EditRow(ctx, label, "spec_sections", where, {"text": text}, initiator, merge_session))


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
    return push_edit(ctx, AREA, QCoreApplication.translate("ops", "Edit caption"), "spec_samples", sample_id,
                     {"caption": caption}, initiator)


def remove_sample(ctx: "AppContext", sample_id: int, initiator: Any = None) -> Changes:
    from consultdesk.ops.base import DeleteRow

    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate("ops", "Remove UI sample"), "spec_samples",
                                     sample_id, initiator))
