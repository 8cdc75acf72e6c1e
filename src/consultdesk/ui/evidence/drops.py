"""File drops from the file manager: which local paths a QMimeData carries."""

from __future__ import annotations

from PySide6.QtCore import QMimeData


def local_paths(mime: QMimeData | None) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
