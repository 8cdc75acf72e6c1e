"""Single instance per workspace: a QLockFile next to the database."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QLockFile

from consultdesk.store.errors import WorkspaceError, WorkspaceProblem

LOCK_NAME = "consultdesk.lock"


def _disk_is_full(folder: Path) -> bool:
    # QLockFile reports no errno; a lock file needs a few bytes, so "no room at all" is the telling sign.
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


class WorkspaceLock:
    def __init__(self, root: Path) -> None:
        self._root = Path(root)
        self._lock = QLockFile(str(root / LOCK_NAME))
        # 0 = a lock is only stale when its process is gone; the 30 s default would let a second
        # instance steal the lock from a GUI that has simply been open for a while.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide returns (pid, hostname, appname)
            who = f" (process {info[0]} on {info[1]})" if isinstance(info, tuple) and len(info) == 3 else ""
            raise WorkspaceError(
                WorkspaceProblem.LOCKED,
                f"The workspace is open in another ConsultDesk window{who}; close it there first.",
            )
        if _disk_is_full(self._root):
            from consultdesk.store.failures import disk_full_sentence

            raise WorkspaceError(WorkspaceProblem.DISK_FULL, disk_full_sentence(self._root / LOCK_NAME))
        raise WorkspaceError(
            WorkspaceProblem.READ_ONLY,
            "Cannot create the workspace lock file; check that the folder is writable.",
        )

    def is_held_elsewhere(self) -> bool:
        if self._lock.tryLock(0):
            self._lock.unlock()
            return False
        return True

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
