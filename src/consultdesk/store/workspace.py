"""Open or create a workspace folder: consultdesk.sqlite, attachments/, backups/, logs/.

Order matters for data safety: check the folder, remove what an interrupted run of ours left (lock
held), check the file's raw header, open, refuse a newer schema, back up, and only then migrate. A file
that is not ours is never opened by SQLite at all. A first database is built under a temporary name and
renamed when complete, so a kill during the very first start never leaves an unusable empty file.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from consultdesk.store import schema
from consultdesk.store.backup import BACKUPS, BackupError, timestamped_backup_path, write_backup
from consultdesk.store.database import APPLICATION_ID, Store, open_connection, wrap
from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
from consultdesk.store.failures import is_disk_full, write_failure_sentence
from consultdesk.store.file_check import check_database_file, newer_schema_error
from consultdesk.store.leftovers import NEW_DB_PREFIX, NEW_DB_SUFFIX, remove_leftovers
from consultdesk.store.lock import WorkspaceLock
from consultdesk.store.repos import Repos

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls

DB_NAME = "consultdesk.sqlite"
ATTACHMENTS = "attachments"
LOGS = "logs"
__all__ = ["BACKUPS", "DB_NAME", "Workspace", "backup_database", "open_workspace", "timestamped_backup_path"]



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
        try:
            return write_backup(self.store.conn, target)  # via target.partial, removed on any failure
        except BackupError as exc:
            raise OSError(None, str(exc)) from exc

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
            if is_disk_full(exc):
                raise _write_error(exc, root) from exc
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
        raise newer_schema_error(path)


def backup_database(db: Any, target: Path) -> Path:
    """Consistent copy through SQLite's online backup API (safe while others write); raises BackupError."""
    return write_backup(getattr(db, "conn", db), Path(target))


def _create_database(root: Path, db_path: Path) -> None:
    """Build the first database under a temporary name, then rename it into place (atomic)."""
    fd, temp_name = tempfile.mkstemp(prefix=NEW_DB_PREFIX, suffix=NEW_DB_SUFFIX, dir=root)
    os.close(fd)
    temp = Path(temp_name)
    try:
        conn = open_connection(temp)
        try:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            schema.apply_all(wrap(conn))
            conn.commit()
        finally:
            conn.close()
        _fsync(temp)
        os.replace(temp, db_path)
        _fsync(root)
    except BaseException as exc:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise _write_error(exc, db_path) from exc
        raise


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # a folder cannot be opened for fsync on Windows; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_error(exc: BaseException, db_path: Path) -> WorkspaceError:
    problem = WorkspaceProblem.DISK_FULL if is_disk_full(exc) else WorkspaceProblem.READ_ONLY
    sentence = write_failure_sentence(exc, db_path) or translate(
        "store", "Cannot write {path} ({reason}).").format(path=str(db_path), reason=str(exc))
    return WorkspaceError(problem, sentence)


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
        if take_lock:
            remove_leftovers(root, None)  # stored files wait until the database says which are referenced
        if not db_path.exists() and not db_path.is_symlink():
            _create_database(root, db_path)
        check_database_file(db_path)
        try:
            conn = open_connection(db_path)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(WorkspaceProblem.DAMAGED, f"Cannot open the database {db_path}: {exc}.") from exc
        try:
            _prepare(conn, db_path, root, locked_here=take_lock)
            if take_lock:
                remove_leftovers(root, conn)
            for sub in (ATTACHMENTS, BACKUPS, LOGS):
                (root / sub).mkdir(exist_ok=True)
        except OSError as exc:
            conn.close()
            raise _write_error(exc, root) from exc
        except BaseException:
            conn.close()
            raise
        store = Store(conn, db_path)
        _flush_search_at_commit(store)
        return Workspace(root=root, store=store, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _flush_search_at_commit(store: Store) -> None:
    from consultdesk.store import search_ddl

    if "search_dirty" in search_ddl.existing_tables(store.conn):
        store.before_commit.append(search_ddl.flush_pending)


def _keep_search_current(conn: sqlite3.Connection, root: Path, locked_here: bool) -> None:
    """A release whose search registry differs from the one that built the index (or a table that has
    appeared since) rebuilds the index's triggers and rows; a reader beside a running GUI leaves that
    to the GUI, which did it when it opened."""
    from consultdesk.store import search_ddl

    current = search_ddl.is_current(conn)
    pending = current and "search_dirty" in search_ddl.existing_tables(conn) and search_ddl.has_waiting(conn)
    if current and not pending:
        return
    if not locked_here and WorkspaceLock(root).is_held_elsewhere():
        return
    if current:
        with conn:  # documents another program changed: into the full-text index now
            search_ddl.flush_pending(conn)
    else:
        search_ddl.rebuild(conn)


def _prepare(conn: sqlite3.Connection, db_path: Path, root: Path, locked_here: bool) -> None:
    try:
        # Before anything that writes: the header check saw the main file only, a WAL may hold more.
        if conn.execute("PRAGMA user_version").fetchone()[0] > schema.SCHEMA_VERSION:
            raise newer_schema_error(db_path)
        if schema.is_current(conn):
            conn.execute("PRAGMA journal_mode=WAL")
            _keep_search_current(conn, root, locked_here)
            return
        db = wrap(conn)
        _refuse_newer_schema(db, db_path)
        db.execute("PRAGMA journal_mode=WAL")
        if schema.has_pending(db):
            if not locked_here and WorkspaceLock(root).is_held_elsewhere():
                raise WorkspaceError(
                    WorkspaceProblem.LOCKED,
                    "The workspace needs an upgrade but is open in ConsultDesk; close it there first.",
                )
            try:
                backup_database(db, timestamped_backup_path(root, "before-migration"))
            except BackupError as exc:
                problem = WorkspaceProblem.DISK_FULL if is_disk_full(exc) else WorkspaceProblem.READ_ONLY
                raise WorkspaceError(problem, translate(
                    "store", "The workspace needs an upgrade, but the backup made before it failed: {reason}"
                ).format(reason=str(exc))) from exc
            schema.apply_all(db)
        _keep_search_current(conn, root, locked_here)
    except sqlite3.DatabaseError as exc:
        if write_failure_sentence(exc) is not None:
            raise _write_error(exc, db_path) from exc
        raise WorkspaceError(
            WorkspaceProblem.DAMAGED,
            f"The database {db_path} is damaged ({exc}); restore it from a backup.",
        ) from exc
