"""Opening workspaces: fresh, reopened, and every kind of file that is not ours (left byte-identical)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
from consultdesk.store.workspace import DB_NAME, open_workspace


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_workspace_has_layout_and_pragmas(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    try:
        db = ws.store.db
        assert (data_dir / DB_NAME).is_file()
        assert (data_dir / "attachments").is_dir() and (data_dir / "backups").is_dir()
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x43444B31
        assert {"clients", "contacts", "engagements", "interviews"} <= set(db.table_names())
    finally:
        ws.close()


def test_reopen_keeps_data_and_runs_no_migration(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    ws.repos.rows.insert("clients", {"name": "R&D <x> 🚀 مرحبا"})
    ws.store.db.conn.commit()
    ws.close()
    ws = open_workspace(data_dir)
    try:
        assert [c.name for c in ws.repos.clients.list_clients()] == ["R&D <x> 🚀 مرحبا"]
        assert list((data_dir / "backups").iterdir()) == []
    finally:
        ws.close()


def test_second_instance_is_refused_and_stale_lock_reclaimed(data_dir: Path) -> None:
    first = open_workspace(data_dir)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(data_dir)
    assert err.value.problem is WorkspaceProblem.LOCKED
    first.close()
    # A lock left by a crashed process (pid that no longer runs) is reclaimed.
    (data_dir / "consultdesk.lock").write_text("999999\nConsultDesk\n" + os.uname().nodename + "\n")
    open_workspace(data_dir).close()


def _make_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("create table notes(x)")
    conn.execute("PRAGMA application_id=1234")
    conn.commit()
    conn.close()


def _make_newer(path: Path) -> None:
    ws = open_workspace(path.parent)
    ws.store.db.execute(
        "insert into _sqlite_migrations(migration_set, name, applied_at) values ('consultdesk.core', '999_future', 'x')"
    )
    ws.store.db.conn.commit()
    ws.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _make_truncated(path: Path) -> None:
    ws = open_workspace(path.parent)
    for i in range(300):
        ws.repos.rows.insert("clients", {"name": f"client {i}", "background": "x" * 2000})
    ws.store.db.conn.commit()
    ws.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _make_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a database")


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: p.write_bytes(b""), WorkspaceProblem.EMPTY_FILE),
        (_make_zip, WorkspaceProblem.NOT_SQLITE),
        (_make_foreign_sqlite, WorkspaceProblem.FOREIGN),
        (_make_newer, WorkspaceProblem.NEWER),
        (_make_truncated, WorkspaceProblem.TRUNCATED),
    ],
)
def test_bad_database_files_are_refused_untouched(data_dir: Path, make, problem) -> None:
    data_dir.mkdir()
    db_path = data_dir / DB_NAME
    make(db_path)
    before = sha(db_path)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(data_dir)
    assert err.value.problem is problem
    assert err.value.message.endswith(".")
    assert sha(db_path) == before


def test_workspace_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(WorkspaceError) as err:
        open_workspace(target)
    assert err.value.problem is WorkspaceProblem.NOT_A_DIRECTORY


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o555)
    try:
        with pytest.raises(WorkspaceError) as err:
            open_workspace(target)
        assert err.value.problem is WorkspaceProblem.READ_ONLY
    finally:
        target.chmod(0o755)
