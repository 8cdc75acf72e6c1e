"""Decide from the raw bytes whether a database file is ours, before SQLite ever opens it.

Reading the header with plain file I/O guarantees a foreign, damaged or empty file is never modified.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from consultdesk.store.database import APPLICATION_ID
from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
from consultdesk.store.schema import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def newer_schema_error(path: Path) -> WorkspaceError:
    return WorkspaceError(
        WorkspaceProblem.NEWER,
        QCoreApplication.translate(
            "store", "The database {path} was written by a newer ConsultDesk; update ConsultDesk to open it. "
            "The file was left untouched.").format(path=str(path)),
    )


def check_database_file(path: Path) -> None:
    """Raise WorkspaceError unless *path* looks like an intact ConsultDesk database this build can open."""
    if path.is_dir():
        raise WorkspaceError(
            WorkspaceProblem.NOT_A_DIRECTORY,
            QCoreApplication.translate(
                "store", "{path} is a folder, not a database file; ConsultDesk left it untouched. "
                "Move it away or choose another workspace folder.").format(path=str(path)),
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as exc:
        raise WorkspaceError(
            WorkspaceProblem.NOT_ACCESSIBLE,
            f"Cannot read the database file {path}; check its permissions.",
        ) from exc
    except OSError as exc:
        raise WorkspaceError(
            WorkspaceProblem.NOT_ACCESSIBLE,
            QCoreApplication.translate("store", "Cannot read the database file {path} ({reason}).").format(
                path=str(path), reason=exc.strerror or type(exc).__name__),
        ) from exc
    if size == 0:
        raise WorkspaceError(
            WorkspaceProblem.EMPTY_FILE,
            f"The database file {path} is empty (0 bytes); move it away or choose another workspace folder.",
        )
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise WorkspaceError(
            WorkspaceProblem.NOT_SQLITE,
            f"The file {path} is not an SQLite database; ConsultDesk left it untouched. "
            "Move it away or choose another workspace folder.",
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise WorkspaceError(
            WorkspaceProblem.FOREIGN,
            f"The database {path} belongs to another application; ConsultDesk left it untouched. "
            "Choose another workspace folder.",
        )
    if int.from_bytes(header[60:64], "big") > SCHEMA_VERSION:  # user_version, read without opening the file
        raise newer_schema_error(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    # The in-header page count is only trustworthy when it was written with the current change counter,
    # and only without a write-ahead log: a checkpoint killed half-way leaves page 1 ahead of the pages
    # it still has to copy, which SQLite completes from the log when the file is opened.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    if page_count and change_counter == valid_for and size < page_size * page_count and not has_wal:
        raise WorkspaceError(
            WorkspaceProblem.TRUNCATED,
            f"The database {path} is truncated ({size} of {page_size * page_count} bytes); "
            "restore it from a backup in the workspace's backups folder.",
        )
