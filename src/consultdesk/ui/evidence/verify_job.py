"""Re-hash a case's stored files off the GUI thread (with a cancellable progress dialog when large).

The database is read on the GUI thread (which files, which hashes); only the file hashing runs on the
worker, so the connection is never shared between threads.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from consultdesk.context import AppContext


class VerifyJob(QObject):
    progressed = Signal(int, int)  # files done, files total (worker thread)
    _finished = Signal(object)  # {sha: status} or None when cancelled
    # Below this many bytes hashing takes well under a second: do it inline, no dialog.
    THREAD_THRESHOLD = 256 * 1024 * 1024

    def __init__(self, ctx: AppContext, parent: QWidget, case_id: int, on_done: Callable[[dict[int, str]], None]) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget, self.on_done = ctx, parent, on_done
        self.rows = ctx.repos.evidence.attachment_rows(case_id)
        self.sizes = {a.sha256: a.size for item in ctx.repos.evidence.items(case_id) for a in item.attachments}
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.done = False
        self._finished.connect(self._complete, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        shas = sorted({row["sha256"] for row in self.rows})
        if sum(self.sizes.get(s, 0) for s in shas) < self.THREAD_THRESHOLD:
            self._complete(self._hash_all(shas))
            return
        self.dialog = QProgressDialog(
            self.tr("Re-hashing the evidence files…"), self.tr("Cancel"), 0, len(shas), self.parent_widget
        )
        self.dialog.setObjectName("verifyProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel_event.set)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=lambda: self._finished.emit(self._hash_all(shas)), name="evidence-verify", daemon=True).start()

    def _show_progress(self, done: int, _total: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(done)

    def _hash_all(self, shas: list[str]) -> dict[str, str] | None:
        files = self.ctx.repos.evidence.files
        result: dict[str, str] = {}
        for number, sha in enumerate(shas, start=1):
            try:
                result[sha] = files.verify(sha, cancelled=self.cancel_event.is_set)
            except Exception:  # noqa: BLE001 - CopyCancelled or an I/O error mid-way
                if self.cancel_event.is_set():
                    return None
                result[sha] = "missing"
            self.progressed.emit(number, len(shas))
        return result

    def _complete(self, by_sha: Any) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        if by_sha is not None:
            self.on_done({row["id"]: by_sha[row["sha256"]] for row in self.rows})
