"""Copy files into the evidence store off the GUI thread, with a cancellable progress dialog.

The copy (hash + write in 1 MB chunks) runs on a worker thread; only the final recording of the
attachment rows happens on the GUI thread, through ops. Cancel or failure leaves nothing behind.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from consultdesk.context import AppContext
from consultdesk.ops import evidence_attach as ops_attach

DEFAULT_WARN_MB = 500  # ask before copying more than this (setting "evidence/warn_size_mb")


class AttachJob(QObject):
    progressed = Signal(object, object)  # (bytes done, bytes total) – emitted on the worker thread
    _finished = Signal(object, object)  # (stored files or None, exception or None)
    finished = Signal(bool)  # True when files were stored and handed to on_stored

    # Below this many bytes the copy is instant: no thread, no dialog flashing up.
    THREAD_THRESHOLD = 8 * 1024 * 1024

    def __init__(
        self, ctx: AppContext, parent: QWidget, paths: Sequence[str], on_stored: Callable[[list[ops_attach.StoredFile]], None]
    ) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget, self.paths, self.on_stored = ctx, parent, [Path(p) for p in paths], on_stored
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.done = False
        self._finished.connect(self._complete, Qt.ConnectionType.QueuedConnection)

    def start(self) -> bool:
        """False when the user declined or nothing could start (a message was shown)."""
        total = sum(p.stat().st_size for p in self.paths if p.is_file())
        limit_mb = DEFAULT_WARN_MB
        if self.ctx.settings is not None:
            limit_mb = int(str(self.ctx.settings.value("evidence/warn_size_mb", DEFAULT_WARN_MB)))
        if total > limit_mb * 1024 * 1024:
            question = self.tr("The files to attach are %1 MB together. Copying them into the workspace takes a while "
                               "and uses as much disk space. Attach them anyway?").replace("%1", f"{total / 1048576:,.0f}")
            if not self.ctx.asker.confirm(self.parent_widget, self.tr("Large files"), question):
                self._finish(False)
                return False
        if total < self.THREAD_THRESHOLD:
            try:
                stored = ops_attach.store_files(self.ctx, self.paths)
            except Exception as exc:  # noqa: BLE001 - shown to the user below
                self._complete(None, exc)
            else:
                self._complete(stored, None)
            return True
        self.dialog = QProgressDialog(
            self.tr("Copying evidence files into the workspace…"), self.tr("Cancel"), 0, 1000, self.parent_widget
        )
        self.dialog.setObjectName("attachProgress")
        self.dialog.setWindowTitle(self.tr("Attach files"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.dialog.show()
        threading.Thread(target=self._work, name="evidence-attach", daemon=True).start()
        return True

    def cancel(self) -> None:
        self.cancel_event.set()

    def _work(self) -> None:
        try:
            stored = ops_attach.store_files(
                self.ctx, self.paths, progress=lambda d, t: self.progressed.emit(d, t), cancelled=self.cancel_event.is_set
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._finished.emit(None, exc)
        else:
            self._finished.emit(stored, None)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancel_event.is_set():
            self.dialog.setValue(int(done * 1000 / max(total, 1)))

    def _complete(self, stored: list[ops_attach.StoredFile] | None, error: BaseException | None) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(error, ops_attach.CopyCancelled):
            self._finish(False)
            return
        if isinstance(error, ops_attach.AttachError):
            self.ctx.asker.warn(self.parent_widget, self.tr("Cannot attach"), ops_attach.attach_error_text(error))
            self._finish(False)
            return
        if error is not None:
            self.ctx.asker.warn(self.parent_widget, self.tr("Cannot attach"), str(error))
            self._finish(False)
            return
        try:
            self.on_stored(stored or [])
        finally:
            self._finish(True)

    def _finish(self, ok: bool) -> None:
        self.done = True
        self.finished.emit(ok)
