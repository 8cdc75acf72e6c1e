"""Files ConsultDesk itself left behind when a process was killed, found by exact name patterns.

Only names this app creates are ever touched — a file a person put into the workspace folder is never
listed or removed, whatever it is called otherwise:
  <root>/.consultdesk-new-XXXX.sqlite[-journal]        a first database being created (renamed when done)
  backups/consultdesk-<stamp>-<reason>.sqlite.partial   a backup being written (renamed when done)
  attachments/.partial-XXXXXXXX                         an evidence file being copied in
  attachments/<64 hex>                                  a stored file that no attachment row refers to
Stored files no row refers to are the trace of an attach killed between copying and recording, or of
an attach that was undone; undo history does not outlive the process, so at the next open nobody can
bring such a row back. Cleaning happens only while the opener holds the workspace lock (no other
ConsultDesk process may be using these files then); `check` lists them with their sizes.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.domain.sizes import human_size

if TYPE_CHECKING:
    from consultdesk.store.workspace import Workspace

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls

NEW_DB_PREFIX = ".consultdesk-new-"
NEW_DB_SUFFIX = ".sqlite"
_NEW_DB = re.compile(r"^\.consultdesk-new-[A-Za-z0-9_]+\.sqlite(-journal|-wal|-shm)?$")
_BACKUP_PARTIAL = re.compile(r"^consultdesk-\d{8}-\d{6}-\d{6}-[a-z-]+\.sqlite\.partial(-journal)?$")
_ATTACH_PARTIAL = re.compile(r"^\.partial-[A-Za-z0-9_]{8}$")  # tempfile.mkstemp's 8 random characters
_STORED = re.compile(r"^[0-9a-f]{64}$")



@dataclass(frozen=True)
class Leftover:
    path: Path
    size: int
    kind: str  # "new_database", "backup", "copy", "unreferenced"


def _matching(folder: Path, pattern: re.Pattern[str], kind: str) -> list[Leftover]:
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            if pattern.match(entry.name) and entry.is_file(follow_symlinks=False):
                found.append(Leftover(Path(entry.path), entry.stat(follow_symlinks=False).st_size, kind))
        except OSError:
            continue
    return found


def _referenced_files(conn: sqlite3.Connection) -> set[str] | None:
    """SHA-256 of every attachment row; None when the table cannot be read (then nothing is an orphan)."""
    try:
        return {row[0] for row in conn.execute("select distinct sha256 from evidence_attachments")}
    except sqlite3.Error:
        return None


def find_leftovers(root: Path, conn: sqlite3.Connection | None) -> list[Leftover]:
    root = Path(root)
    found = _matching(root, _NEW_DB, "new_database")
    found += _matching(root / "backups", _BACKUP_PARTIAL, "backup")
    found += _matching(root / "attachments", _ATTACH_PARTIAL, "copy")
    referenced = _referenced_files(conn) if conn is not None else None
    if referenced is not None:
        found += [item for item in _matching(root / "attachments", _STORED, "unreferenced")
                  if item.path.name not in referenced]
    return sorted(found, key=lambda item: str(item.path))


def remove_leftovers(root: Path, conn: sqlite3.Connection | None) -> list[Leftover]:
    """Delete what find_leftovers finds (call only while holding the workspace lock); returns what went."""
    removed = []
    for item in find_leftovers(root, conn):
        try:
            if item.kind == "unreferenced":
                os.chmod(item.path, stat.S_IRUSR | stat.S_IWUSR)  # stored files are read-only
            item.path.unlink()
            removed.append(item)
        except OSError:
            continue  # still listed by `check`; tried again at the next open
    return removed



_KIND_TEXT = {
    "new_database": QT_TRANSLATE_NOOP("store", "Unfinished new database {name} ({size}), "
                                               "left by an interrupted first start."),
    "backup": QT_TRANSLATE_NOOP("store", "Unfinished backup {name} ({size}), left by an interrupted backup."),
    "copy": QT_TRANSLATE_NOOP("store", "Unfinished evidence copy {name} ({size}), left by an interrupted attach."),
    "unreferenced": QT_TRANSLATE_NOOP("store", "Stored file {name} ({size}) belongs to no evidence item."),
}


def check_leftovers(workspace: Workspace) -> list[str]:
    """For `consultdesk check`: what interrupted processes left (removed at the next writing open)."""
    problems: list[str] = []
    for item in find_leftovers(workspace.root, workspace.store.conn):
        name = str(item.path.relative_to(workspace.root))
        what = translate("store", str(_KIND_TEXT[item.kind])).format(name=name, size=human_size(item.size, "bytes"))
        problems.append(what + " " + translate(
            "store", "ConsultDesk removes it the next time it opens this workspace for writing."))
    return problems
