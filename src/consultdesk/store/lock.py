"""Single instance per workspace: a QLockFile next to the database, plus who holds it.

A workspace may sit in a synced or copied folder and be opened on several computers. Qt can tell
that a lock is stale only on the computer that wrote it (the process is gone); a lock written on
another computer is never stale, however old: that computer may still be using the workspace. So
such a lock is explained (host, user, since when) and the user may take it over after confirming
that the other computer no longer runs ConsultDesk (`acquire(take_over=True)`).
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from consultdesk.store.errors import WorkspaceError, WorkspaceProblem

LOCK_NAME = "consultdesk.lock"
OWNER_NAME = "consultdesk.lock.owner"  # JSON beside the lock: the user and time Qt's lock file lacks


@dataclass(frozen=True)
class LockHolder:
    host: str
    user: str
    pid: int
    since: datetime | None  # UTC
    other_host: bool  # written on another computer: never stale, may be taken over

    def since_text(self) -> str:
        return self.since.astimezone().strftime("%Y-%m-%d %H:%M") if self.since else "an unknown time"

    def describe(self) -> str:
        who = f"{self.user} on {self.host}" if self.user else self.host
        return f"{who}, process {self.pid}, since {self.since_text()}"


class WorkspaceLockedError(WorkspaceError):
    """The workspace is open elsewhere; `holder` says where, when known."""

    def __init__(self, message: str, holder: LockHolder | None) -> None:
        super().__init__(WorkspaceProblem.LOCKED, message)
        self.holder = holder


def this_host() -> str:
    return QSysInfo.machineHostName()


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name known to the OS: leave it out
        return ""


def read_holder(root: Path) -> LockHolder | None:
    """Who holds the lock in *root*, from Qt's lock file and our owner note; None when unlocked."""
    probe = QLockFile(str(root / LOCK_NAME))
    info = probe.getLockInfo()  # PySide: (pid, hostname, appname), or a false value when unreadable
    if not isinstance(info, tuple) or len(info) != 3:
        return None
    pid, host, _app = info
    user, since = "", None
    try:
        note = json.loads((root / OWNER_NAME).read_text(encoding="utf-8"))
        if note.get("pid") == pid and note.get("host") == host:
            user = str(note.get("user", ""))
            since = datetime.fromisoformat(note["since"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if since is None:
        try:
            since = datetime.fromtimestamp((root / LOCK_NAME).stat().st_mtime, timezone.utc)
        except OSError:
            since = None
    return LockHolder(host=host, user=user, pid=int(pid), since=since, other_host=bool(host) and host != this_host())


def _disk_is_full(folder: Path) -> bool:
    # QLockFile reports no errno; a lock file needs a few bytes, so "no room at all" is the telling sign.
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


class WorkspaceLock:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = QLockFile(str(self.root / LOCK_NAME))
        # 0 = a lock is only stale when its process is gone (and only this computer can tell); the
        # 30 s default would let a second instance steal the lock from a GUI open for a while.
        self._lock.setStaleLockTime(0)

    def acquire(self, take_over: bool = False) -> None:
        """Take the lock or raise WorkspaceLockedError naming the holder.

        take_over: remove a lock written on *another* computer first (the user confirmed it is not
        in use there). A lock held by a running process on this computer is never taken over.
        """
        if take_over:
            holder = read_holder(self.root)
            if holder is not None and holder.other_host:
                self._lock.removeStaleLockFile()
        if self._lock.tryLock(0):
            self._write_owner()
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            holder = read_holder(self.root)
            if holder is None:
                message = "The workspace is open in another ConsultDesk window; close it there first."
            elif holder.other_host:
                message = (f"The workspace is in use on another computer: {holder.describe()}. If ConsultDesk "
                           "no longer runs there, open it in the ConsultDesk window to take it over.")
            else:
                message = (f"The workspace is open in another ConsultDesk window ({holder.describe()}); "
                           "close it there first.")
            raise WorkspaceLockedError(message, holder)
        if _disk_is_full(self.root):
            from consultdesk.store.failures import disk_full_sentence

            raise WorkspaceError(WorkspaceProblem.DISK_FULL, disk_full_sentence(self.root / LOCK_NAME))
        raise WorkspaceError(
            WorkspaceProblem.READ_ONLY,
            "Cannot create the workspace lock file; check that the folder is writable.",
        )

    def _write_owner(self) -> None:
        note = {"host": this_host(), "user": current_user(), "pid": os.getpid(),
                "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        try:
            (self.root / OWNER_NAME).write_text(json.dumps(note), encoding="utf-8")
        except OSError:
            pass  # the lock itself holds; only the user name and time would be missing from messages

    def is_held_elsewhere(self) -> bool:
        if self._lock.tryLock(0):
            self._lock.unlock()
            return False
        return True

    def release(self) -> None:
        if self._lock.isLocked():
            try:
                (self.root / OWNER_NAME).unlink(missing_ok=True)
            except OSError:
                pass
            self._lock.unlock()
