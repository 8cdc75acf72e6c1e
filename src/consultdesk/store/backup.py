"""Backups through SQLite's online backup API, written under a temporary name and renamed when complete.

A backup that fails (disk full, no such folder) or is killed leaves no half-written file under the
target's name; a failure removes its ".partial" at once, a kill leaves one that the next open removes
(store/leftovers.py) when it lies in the workspace's backups folder.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from consultdesk.store.failures import write_failure_sentence

PARTIAL_SUFFIX = ".partial"
BACKUPS = "backups"


class BackupError(Exception):
    """The backup could not be written; str() is one sentence and no partial file is left."""


def timestamped_backup_path(root: Path, reason: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return root / BACKUPS / f"consultdesk-{stamp}-{reason}.sqlite"


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def _copy(conn: sqlite3.Connection, partial: Path, final: Path) -> None:
    from consultdesk.store.anchors import anchor_backup

    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
        # The copy's history head goes beside it and into the issued-heads record, so a later check
        # notices when the history no longer extends the state this backup holds.
        anchor_backup(dest, final)
    finally:
        dest.close()
    # The rename below must not publish a file whose pages are still only in the OS cache.
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # e.g. a parent that is a file: then nothing was created there either


def write_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of *conn*'s database at *target* (safe while others write); raise BackupError."""
    target = Path(target)
    partial = partial_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(conn, partial, target)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        _remove(target.with_name(target.name + ".head.json"))
        sentence = write_failure_sentence(exc, target) or str(exc)
        raise BackupError(sentence) from exc
    except BaseException:
        _remove(partial)
        raise
    return target
