"""Attaching files to evidence items, in two steps.

1. store_files(): copy + hash into the content-addressed store. Slow for big files, so the GUI runs it on
   a worker thread with progress and cancel. It touches only the file system, never the database.
2. attach_stored() / add_item_with_files(): record the attachments (one undo step, with history) on the
   GUI thread. If recording fails, files this attach created are removed again: no orphan in the store.

Undo of an attach removes the rows but keeps the stored file (content-addressed, never altered), so redo
finds it again and `check` stays green.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.ops.base import CompositeCommand, StoreCommand, push
from consultdesk.ops.edit_command import EditRow
from consultdesk.ops.errors import OpError
from consultdesk.ops.evidence import AREA
from consultdesk.ops.evidence_history import RecordedDelete, recorded_insert
from consultdesk.ops.evidence_items import item_insert, now_text
from consultdesk.store.attachments import AttachError, CopyCancelled, StoredFile

if TYPE_CHECKING:
    from consultdesk.context import AppContext

__all__ = [
    "AttachError", "CopyCancelled", "StoredFile", "store_files", "attach_stored", "add_item_with_files", "attach_paths", "detach",
]



def attach_error_text(error: AttachError) -> str:
    """The store's English sentence, translated by its code."""
    name = error.path.name if error.path else ""
    texts = {
        "missing": QCoreApplication.translate("ops", "The file “%s” does not exist (it may have been moved or deleted)."),
        "folder": QCoreApplication.translate("ops", "“%s” is a folder; drop or choose the files inside it instead."),
        "not_file": QCoreApplication.translate("ops", "“%s” is not a regular file."),
        "unreadable": QCoreApplication.translate("ops", "The file “%s” cannot be read; check its permissions."),
        "copy": QCoreApplication.translate("ops", "The file “%s” could not be copied into the workspace; nothing was attached."),
    }
    return texts.get(error.code, texts["copy"]) % name


def store_files(
    ctx: "AppContext",
    paths: Sequence[Path | str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[StoredFile]:
    """Copy every file into the store (all or nothing); safe to call from a worker thread."""
    files = ctx.repos.evidence.files
    sources = [Path(p) for p in paths]
    # Check all sources first so a bad one in the middle leaves nothing half-done.
    for source in sources:
        if not source.exists() or source.is_dir() or not source.is_file():
            files.add(source)  # raises the matching AttachError without copying anything
    total = sum(s.stat().st_size for s in sources) or 1
    stored: list[StoredFile] = []
    base = 0
    try:
        for source in sources:
            report = None if progress is None else (lambda done, _t, b=base: progress(b + done, total))
            stored.append(files.add(source, report, cancelled))
            base += stored[-1].size
    except BaseException:
        # No database access here (worker thread): a file this call created is referenced by nothing yet.
        for file in stored:
            if file.created:
                files.discard(file.sha256)
        raise
    return stored


def discard_created(ctx: "AppContext", stored: Iterable[StoredFile]) -> None:
    """Remove files an attach created when nothing ended up referencing them."""
    repo = ctx.repos.evidence
    for item in stored:
        if item.created and repo.sha_references(item.sha256) == 0:
            repo.files.discard(item.sha256)


def _attachment_parts(
    ctx: "AppContext", item_id: int | None, stored: Sequence[StoredFile], initiator: Any
) -> list[EditRow]:
    captured = now_text()
    seen: set[str] = set()
    parts = []
    for file in stored:
        if file.sha256 in seen or (item_id is not None and ctx.repos.evidence.attachment(item_id, file.sha256)):
            continue  # the same content twice on one item is one attachment
        seen.add(file.sha256)
        values = {"item_id": item_id, "sha256": file.sha256, "name": file.name, "size": file.size, "captured_at": captured}
        parts.append(recorded_insert(ctx, QCoreApplication.translate(
                "ops", "Attach file"), "evidence_attachments", values, initiator))
    return parts


class _ItemWithFiles(StoreCommand):
    """Create an item and attach files to it as one undo step (the item id is known only after insert)."""

    def __init__(self, ctx: "AppContext", item: EditRow, files: list[EditRow], initiator: Any) -> None:
        super().__init__(ctx, QCoreApplication.translate("ops", "Add evidence with files"), initiator)
        self.item, self.files = item, files

    def apply(self) -> Changes:
        changes = self.item.apply()
        for part in self.files:
            part.values["item_id"] = self.item.row_id
            changes = changes | part.apply()
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        for part in reversed(self.files):
            changes = changes | part.revert()
        return changes | self.item.revert()


class _Attach(CompositeCommand):
    def __init__(self, ctx: "AppContext", parts: list[EditRow], initiator: Any) -> None:
        super().__init__(ctx, QCoreApplication.translate(
                "ops", "Attach file") if len(parts) == 1 else QCoreApplication.translate("ops", "Attach files"), parts, initiator)


def attach_stored(ctx: "AppContext", item_id: int, stored: Sequence[StoredFile], initiator: Any = None) -> Changes:
    if ctx.repos.evidence.get_item(item_id) is None:
        discard_created(ctx, stored)
        raise OpError(QCoreApplication.translate("ops", "The evidence item no longer exists."))
    # A stored copy that had been altered or deleted is restored by attaching the original again.
    restored = any(f.repaired or (f.created and ctx.repos.evidence.sha_references(f.sha256)) for f in stored)
    parts = _attachment_parts(ctx, item_id, stored, initiator)
    if not parts and restored:
        # Nothing new to record, but the damaged stored copy was replaced by the original: tell the views.
        changes = Changes.of("evidence_attachments")
        ctx.bus.changed.emit(changes, initiator)
        return changes
    if not parts:
        raise OpError(QCoreApplication.translate("ops", "This file is already attached to the item.") if len(stored) == 1
                      else QCoreApplication.translate("ops", "These files are already attached to the item."))
    try:
        return push(ctx, AREA, _Attach(ctx, parts, initiator))
    except BaseException:
        discard_created(ctx, stored)
        raise


def add_item_with_files(
    ctx: "AppContext", case_id: int, kind: str, stored: Sequence[StoredFile], title: str = "", initiator: Any = None
) -> int:
    """One new item holding the dropped files (title: the first file's name)."""
    try:
        item = item_insert(ctx, case_id, kind, title or stored[0].name, {}, initiator)
        command = _ItemWithFiles(ctx, item, _attachment_parts(ctx, None, stored, initiator), initiator)
        push(ctx, AREA, command)
    except BaseException:
        discard_created(ctx, stored)
        raise
    assert item.row_id is not None
    return item.row_id


def attach_paths(ctx: "AppContext", item_id: int, paths: Sequence[Path | str], initiator: Any = None) -> Changes:
    """Copy and record in one go (small files, scripts and tests); raises OpError with a clear sentence."""
    try:
        stored = store_files(ctx, paths)
    except AttachError as exc:
        raise OpError(attach_error_text(exc)) from None
    return attach_stored(ctx, item_id, stored, initiator)


def detach(ctx: "AppContext", attachment_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, RecordedDelete(ctx, QCoreApplication.translate(
            "ops", "Remove attachment"), "evidence_attachments", attachment_id, initiator))
