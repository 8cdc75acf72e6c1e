"""Refused writes (disk full, faults injected) and the last-resort handler: one sentence, nothing half-done.

A full disk is simulated with SQLite's own limit (PRAGMA max_page_count on every new connection) and,
for plain file writes, with a fault-injecting wrapper that raises OSError(ENOSPC) after writing a part.
"""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from consultdesk.store import database


def _full_disk(monkeypatch: pytest.MonkeyPatch, spare_pages: int = 2) -> None:
    """Every connection opened from now on may grow the database by at most *spare_pages* pages."""
    original = database.apply_connection_pragmas

    def limited(conn) -> None:
        original(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1) + spare_pages}")

    monkeypatch.setattr(database, "apply_connection_pragmas", limited)


def _big_csv(path: Path, rows: int = 300) -> Path:
    lines = ["title,description"] + [f"Requirement {i},{'long text ' * 150}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_into_a_new_client_on_a_full_disk_leaves_nothing(cli, data_dir: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("list", data_dir=data_dir)[0] == 0  # the workspace exists, with room for small rows only
    _full_disk(monkeypatch)
    code, out, err = cli("import", "requirements", str(_big_csv(tmp_path / "big.csv")),
                         "--client", "New Client", "--engagement", "New Engagement", data_dir=data_dir)
    assert code == 1
    assert "The disk is full" in err and "disk I/O error" not in err and "writable" not in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    monkeypatch.undo()
    code, out, _ = cli("list", "--json", data_dir=data_dir)
    assert json.loads(out) == {"clients": []}  # neither the client nor the engagement was left behind


def test_import_on_a_full_disk_into_an_existing_client(cli, data_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    small = tmp_path / "small.csv"
    small.write_text("title\nOne\n", encoding="utf-8")
    assert cli("import", "requirements", str(small), "--client", "C", "--engagement", "E", data_dir=data_dir)[0] == 0
    _full_disk(monkeypatch)
    code, _out, err = cli("import", "requirements", str(_big_csv(tmp_path / "big.csv")), "--client", "C",
                          "--engagement", "Second", data_dir=data_dir)
    assert code == 1 and "The disk is full" in err
    monkeypatch.undo()
    summary = json.loads(cli("list", "--json", data_dir=data_dir)[1])
    assert [e["name"] for e in summary["clients"][0]["engagements"]] == ["E"]


def _enospc_after_a_part(conn, partial: Path, final: Path) -> None:
    """Fault injection: the copy gets 64 KB onto the disk, then the disk is full."""
    partial.write_bytes(b"\0" * 65536)
    raise OSError(errno.ENOSPC, "No space left on device", str(partial))


def _sqlite_full_target(conn, partial: Path, final: Path) -> None:
    dest = sqlite3.connect(str(partial))
    try:
        dest.execute("PRAGMA max_page_count = 2")
        conn.backup(dest)
    finally:
        dest.close()


@pytest.mark.parametrize("fault", [_enospc_after_a_part, _sqlite_full_target])
def test_backup_on_a_full_disk_removes_its_partial(cli, demo_dir: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, fault) -> None:
    from consultdesk.store import backup

    monkeypatch.setattr(backup, "_copy", fault)
    target = tmp_path / "out" / "copy.sqlite"
    code, _out, err = cli("backup", "--out", str(target), data_dir=demo_dir)
    assert code == 1
    assert "is full" in err and "Traceback" not in err
    assert list(target.parent.iterdir()) == []  # no .partial, no half backup
    code, _out, err = cli("backup", data_dir=demo_dir)
    assert code == 1
    assert not any(p.name.endswith((".partial", ".partial-journal")) for p in (demo_dir / "backups").iterdir())


def test_an_unexpected_error_is_logged_and_spoken_in_one_sentence(cli, demo_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from consultdesk.store import summary

    def broken(_store):
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(summary, "workspace_summary", broken)
    code, out, err = cli("list", data_dir=demo_dir)
    assert code == 1 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "unexpected error (RuntimeError)" in err
    log = demo_dir / "logs" / "consultdesk.log"
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "a bug nobody foresaw" in text


def test_the_log_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from consultdesk import last_resort

    monkeypatch.setattr(last_resort, "LOG_MAX_BYTES", 4000)
    for i in range(60):
        last_resort.record(ValueError("x" * 200 + str(i)), tmp_path)
    logs = sorted((tmp_path / "logs").iterdir())
    assert [p.name for p in logs] == ["consultdesk.log"] + [f"consultdesk.log.{n}" for n in (1, 2, 3)]
    assert all(p.stat().st_size <= 4000 + 2000 for p in logs)


def test_gui_hook_shows_one_sentence_for_an_error_in_a_slot(qtbot, tmp_path: Path, asker,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    from consultdesk import last_resort

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    last_resort.install_gui_hook(shown.append, lambda: tmp_path)

    def slot() -> None:
        raise KeyError("row")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [shown[0]] and "unexpected error (KeyError)" in shown[0]
    assert "Traceback" not in shown[0] and str(tmp_path / "logs" / "consultdesk.log") in shown[0]
    assert "KeyError: 'row'" in (tmp_path / "logs" / "consultdesk.log").read_text(encoding="utf-8")


def test_gui_refused_write_is_said_and_the_status_bar_stops_promising(window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QWidget

    ctx = window.ctx
    window.tabs.setCurrentWidget(window.tabs.widget(0))
    status = window.statusBar()
    assert "every change is saved as you make it" in status.currentMessage()
    conn = ctx.store.conn
    conn.execute("PRAGMA max_page_count = %d" % conn.execute("PRAGMA page_count").fetchone()[0])
    clients_tab = window.findChild(QWidget, "clientsTab")
    clients_tab.start_new_client()
    name = window.findChild(QLineEdit, "clientName")
    name.setText("A" * 20000)  # needs new pages: the "disk" has none left
    qtbot.keyClick(name, Qt.Key_Return)
    qtbot.waitUntil(lambda: "NOT SAVED" in status.currentMessage())
    assert "The disk is full" in status.currentMessage()
    assert "every change is saved" not in status.currentMessage()
    assert ctx.repos.clients.find_client("A" * 20000) is None
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    name.setText("Acme")
    qtbot.keyClick(name, Qt.Key_Return)
    qtbot.waitUntil(lambda: "every change is saved as you make it" in status.currentMessage())
    assert ctx.repos.clients.find_client("Acme") is not None


def test_gui_refuses_a_newer_workspace_untouched(qapp, data_dir: Path, asker) -> None:
    from consultdesk.app import run_gui
    from consultdesk.store.workspace import open_workspace

    open_workspace(data_dir).close()
    db = data_dir / "consultdesk.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 42")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert run_gui(data_dir, "en", demo=False, asker=asker) == 2
    assert [kind for kind, *_ in asker.asked] == ["warn"] and "newer ConsultDesk" in asker.asked[0][2]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_context_close_deletes_its_undo_objects(qapp, workspace) -> None:
    import shiboken6

    from consultdesk.context import AppContext
    from consultdesk.ops import clients

    ctx = AppContext(workspace=workspace)
    clients.create_client(ctx, "Acme")
    history = ctx.history
    ctx.close()
    assert not shiboken6.isValid(history)
    assert workspace.repos.clients.find_client("Acme") is not None  # closing undoes nothing


def test_problem_text_fills_every_placeholder() -> None:
    from consultdesk.domain.requirement_rows import Problem

    reader = Problem("f.csv", 7, None, "row {row} cannot be read as CSV ({reason})", "well-formed CSV",
                     (("reason", "too long"),))
    assert reader.text() == "f.csv: row 7 cannot be read as CSV (too long); expected well-formed CSV."
    mapped = Problem("f.csv", None, None, '--map "{item}" is odd', "one of {fields}",
                     (("item", "a=b"), ("fields", "x, y")))
    assert mapped.text() == 'f.csv: --map "a=b" is odd; expected one of x, y.'
    unfilled = Problem("f.csv", None, None, "mentions {nothing}")
    assert unfilled.text() == "f.csv: mentions {nothing}."


def test_lock_file_on_a_full_disk_says_the_disk_is_full(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from PySide6.QtCore import QLockFile

    from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
    from consultdesk.store.workspace import open_workspace

    data_dir.mkdir()
    monkeypatch.setattr(QLockFile, "tryLock", lambda self, timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9, 0))
    with pytest.raises(WorkspaceError) as raised:
        open_workspace(data_dir)
    assert raised.value.problem is WorkspaceProblem.DISK_FULL
    assert "is full" in raised.value.message and "writable" not in raised.value.message
