"""Accepting a requirements file dropped from the file manager: .csv, .tsv, .txt, .xlsx (and .xls, which
the import then explains). Watches any widget (the board's viewport, the tab, the window)."""

from __future__ import annotations

from typing import Any, Callable, cast

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")


def dropped_file(mime: QMimeData | None) -> str | None:
    """The one local requirements file in a drag's data, or None (other drags pass through)."""
    if mime is None or not mime.hasUrls():
        return None
    paths: list[str] = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    if len(paths) != 1 or not paths[0].lower().endswith(SUFFIXES):
        return None
    return paths[0]


class FileDropFilter(QObject):
    def __init__(self, on_file: Callable[[str], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.on_file = on_file

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            # DragEnter and DragMove events are QDragMoveEvents, which derive from QDropEvent.
            drop = cast(QDropEvent, event)
            path = dropped_file(drop.mimeData())
            if path is None:
                return False
            drop.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                # After the drop returns: the file manager's drag must not wait for the preview dialog.
                QTimer.singleShot(0, lambda: self.on_file(path))
            return True
        return False
