"""One translated sentence for a write the disk or the database refused (disk full, I/O, permissions).

Every layer that reports a failed write (the CLI, ops, the GUI's last-resort handler) asks here, so the
user reads "The disk is full …" and not SQLite's "database or disk is full" or a generic permission hint.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls

# SQLite primary result codes (sqlite3.h); Python 3.11 exposes them as exc.sqlite_errorcode.
SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM = 10, 13, 14, 8, 3
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}



def is_disk_full(exc: BaseException) -> bool:
    """True for SQLITE_FULL and for OSError ENOSPC/EDQUOT (also when wrapped as a cause)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.Error) and (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_FULL:
            return True
        if isinstance(exc, sqlite3.Error) and "disk is full" in str(exc):
            return True
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def disk_full_sentence(path: Path | str | None = None) -> str:
    if path is None:
        return translate("store", "The disk is full, so the change was not saved; "
                                  "free some space and try again.")
    return translate("store", "The disk holding {path} is full, so nothing was written; "
                              "free some space and try again.").format(path=str(path))


def _file_in_path(path: Path) -> bool:
    return any(parent.exists() and not parent.is_dir() for parent in path.parents)


def _sqlite_sentence(exc: sqlite3.Error, path: Path | str | None) -> str | None:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return translate("store", "The database is read-only, so the change was not saved; "
                                  "check the workspace folder's permissions.")
    if code == SQLITE_CANTOPEN and path is not None:
        return translate("store", "Cannot create {path}; choose a folder you can write to.").format(path=str(path))
    if code == SQLITE_IOERR:
        return translate("store", "The disk reported a read or write error, so the change was not saved; "
                                  "check the disk and try again.")
    return None


def _os_sentence(exc: OSError, path: Path | str | None) -> str:
    where = str(path or exc.filename or "")
    if isinstance(exc, (NotADirectoryError, FileExistsError)) and _file_in_path(Path(where)):
        return translate("store", "Cannot write {path}: a part of that path is a file, not a folder.").format(
            path=where)
    if isinstance(exc, IsADirectoryError):
        return translate("store", "Cannot write {path}: it is a folder.").format(path=where)
    if isinstance(exc, PermissionError):
        return translate("store", "Cannot write {path}: permission denied.").format(path=where)
    if isinstance(exc, FileNotFoundError):
        return translate("store", "Cannot write {path}: the folder does not exist.").format(path=where)
    return translate("store", "Cannot write {path}: {reason}.").format(
        path=where, reason=exc.strerror or type(exc).__name__)


def write_failure_sentence(exc: BaseException, path: Path | str | None = None) -> str | None:
    """The sentence for a refused write, or None when *exc* is not a storage failure."""
    if is_disk_full(exc):
        return disk_full_sentence(path)
    if isinstance(exc, sqlite3.Error):
        return _sqlite_sentence(exc, path)
    if isinstance(exc, OSError):
        return _os_sentence(exc, path)
    return None
