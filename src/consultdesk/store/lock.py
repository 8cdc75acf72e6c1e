"""Single instance per workspace: a QLockFile next to the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from consultdesk.store.errors import WorkspaceError, WorkspaceProblem

LOCK_NAME = "consultdesk.lock"


class WorkspaceLock:
    def __init__(self, root: Path) -> None:
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
