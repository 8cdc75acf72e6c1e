"""Open or create a workspace folder: consultdesk.sqlite, attachments/, backups/.

Order matters for data safety: check the folder, check the file's raw header, open, refuse a newer schema,
back up, and only then migrate. A file that is not ours is never opened by SQLite at all.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from consultdesk.store import schema
from consultdesk.store.database import APPLICATION_ID, Store, open_connection, wrap
from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
from consultdesk.store.file_check import check_database_file
from consultdesk.store.lock import WorkspaceLock
from consultdesk.store.repos import Repos

DB_NAME = "consultdesk.sqlite"
ATTACHMENTS = "attachments"
BACKUPS = "backups"


@dataclass
class Workspace:
    root: Path
    store: Store
    lock: WorkspaceLock | None = None
    repos: Repos = field(init=False)

    def __post_init__(self) -> None:
        self.repos = Repos(self.store)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.root / ATTACHMENTS

    @property
    def backups_dir(self) -> Path:
        return self.root / BACKUPS

    def is_empty(self) -> bool:
        return not self.store.scalar("select exists(select 1 from clients)")

    def backup_to(self, target: Path | None = None) -> Path:
        """A consistent copy of the database at *target* (default: a new file in backups/).

        Written beside the target first and renamed, so a failed copy never leaves a half file;
        raises OSError (nothing written) when the target cannot be written.
        """
        target = Path(target) if target else timestamped_backup_path(self.root, "manual")
        partial = target.with_name(target.name + ".partial")
        try:
            backup_database(self.store.db, partial)
            partial.replace(target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise OSError(getattr(exc, "errno", None), getattr(exc, "strerror", None) or str(exc)) from exc
        return target

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _check_folder(root: Path, create: bool) -> None:
    if root.exists() and not root.is_dir():
        raise WorkspaceError(
            WorkspaceProblem.NOT_A_DIRECTORY,
            f"The workspace path {root} is a file, not a folder; choose a folder with --data-dir.",
        )
    if not root.exists():
        if not create:
            raise WorkspaceError(WorkspaceProblem.NOT_ACCESSIBLE, f"The workspace folder {root} does not exist.")
        try:
            root.mkdir(parents=True)
        except OSError as exc:
            raise WorkspaceError(
                WorkspaceProblem.READ_ONLY,
                f"Cannot create the workspace folder {root} ({exc.strerror}); choose a writable location.",
            ) from exc
    if not os.access(root, os.R_OK | os.X_OK):
        raise WorkspaceError(
            WorkspaceProblem.NOT_ACCESSIBLE,
            f"The workspace folder {root} cannot be read; check its permissions.",
        )
    if not os.access(root, os.W_OK):
        raise WorkspaceError(
            WorkspaceProblem.READ_ONLY,
            f"The workspace folder {root} is read-only; ConsultDesk needs to write there. "
            "Check its permissions or choose another folder.",
        )


def _refuse_newer_schema(db: Any, path: Path) -> None:
    unknown = schema.applied_migration_names(db) - schema.known_migration_names()
    if unknown:
        raise WorkspaceError(
            WorkspaceProblem.NEWER,
            f"The database {path} was written by a newer ConsultDesk; update ConsultDesk to open it. "
            "The file was left untouched.",
        )


def backup_database(db: Any, target: Path) -> Path:
    """Consistent copy through SQLite's online backup API (safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def timestamped_backup_path(root: Path, reason: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return root / BACKUPS / f"consultdesk-{stamp}-{reason}.sqlite"


def open_workspace(root: Path, *, take_lock: bool = True, create: bool = True, take_over: bool = False) -> Workspace:
    """Open (creating if needed) the workspace at *root*; raise WorkspaceError with a clear sentence.

    take_over: the user confirmed that the computer holding the lock no longer uses the workspace.
    """
    root = Path(root).expanduser().absolute()
    _check_folder(root, create)
    lock = None
    if take_lock:
        lock = WorkspaceLock(root)
        lock.acquire(take_over=take_over)
    try:
        db_path = root / DB_NAME
        existed = db_path.exists()
        if existed:
            check_database_file(db_path)
        try:
            conn = open_connection(db_path)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(WorkspaceProblem.DAMAGED, f"Cannot open the database {db_path}: {exc}.") from exc
        try:
            _prepare(conn, db_path, root, existed, locked_here=take_lock)
        except BaseException:
            conn.close()
            raise
        for sub in (ATTACHMENTS, BACKUPS):
            (root / sub).mkdir(exist_ok=True)
        return Workspace(root=root, store=Store(conn, db_path), lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _prepare(conn: sqlite3.Connection, db_path: Path, root: Path, existed: bool, locked_here: bool) -> None:
    try:
        if existed and schema.is_current(conn):
            conn.execute("PRAGMA journal_mode=WAL")
            return
        db = wrap(conn)
        if existed:
            _refuse_newer_schema(db, db_path)
        else:
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute("PRAGMA journal_mode=WAL")
        if schema.has_pending(db):
            if not locked_here and WorkspaceLock(root).is_held_elsewhere():
                raise WorkspaceError(
                    WorkspaceProblem.LOCKED,
                    "The workspace needs an upgrade but is open in ConsultDesk; close it there first.",
                )
            if existed:
                backup_database(db, timestamped_backup_path(root, "before-migration"))
            schema.apply_all(db)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            WorkspaceProblem.DAMAGED,
            f"The database {db_path} is damaged ({exc}); restore it from a backup.",
        ) from exc
