"""A workspace lock written on another computer: never stale, explained, taken over only on request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consultdesk.store.errors import WorkspaceProblem
from consultdesk.store.lock import LOCK_NAME, OWNER_NAME, WorkspaceLockedError, read_holder
from consultdesk.store.workspace import open_workspace

CLI = Path(sys.executable).parent / "consultdesk-cli"
MONTH = 30 * 24 * 3600


def foreign_lock(root: Path, host: str = "laptop-at-home", age: float = MONTH, user: str = "wang") -> None:
    """The lock and owner note a ConsultDesk on another computer leaves in a synced folder."""
    root.mkdir(parents=True, exist_ok=True)
    (root / LOCK_NAME).write_text(f"4242\nConsultDesk\n{host}\n")
    (root / OWNER_NAME).write_text(json.dumps({"host": host, "user": user, "pid": 4242,
                                                "since": "2026-10-01T08:30:00+00:00"}))
    old = time.time() - age
    os.utime(root / LOCK_NAME, (old, old))


def make_workspace(root: Path) -> None:
    open_workspace(root).close()


def test_lock_from_another_computer_is_never_stale(data_dir: Path) -> None:
    make_workspace(data_dir)
    foreign_lock(data_dir)
    with pytest.raises(WorkspaceLockedError) as err:
        open_workspace(data_dir)
    assert err.value.problem is WorkspaceProblem.LOCKED
    holder = err.value.holder
    assert holder.other_host and holder.host == "laptop-at-home" and holder.user == "wang"
    assert holder.since.isoformat().startswith("2026-10-01T08:30")
    assert "laptop-at-home" in err.value.message and "wang" in err.value.message


def test_holder_without_owner_note_dates_from_the_lock_file(data_dir: Path) -> None:
    make_workspace(data_dir)
    foreign_lock(data_dir, age=3 * 24 * 3600)
    (data_dir / OWNER_NAME).unlink()
    holder = read_holder(data_dir)
    assert holder.user == "" and abs(time.time() - 3 * 24 * 3600 - holder.since.timestamp()) < 120


def test_take_over_after_confirming(data_dir: Path) -> None:
    make_workspace(data_dir)
    foreign_lock(data_dir)
    ws = open_workspace(data_dir, take_over=True)
    try:
        holder = read_holder(data_dir)
        assert holder.pid == os.getpid() and not holder.other_host
        assert json.loads((data_dir / OWNER_NAME).read_text())["pid"] == os.getpid()
    finally:
        ws.close()
    assert not (data_dir / OWNER_NAME).exists()  # released: no stale note left behind


def test_a_live_window_on_this_computer_is_never_taken_over(data_dir: Path) -> None:
    first = open_workspace(data_dir)
    try:
        with pytest.raises(WorkspaceLockedError) as err:
            open_workspace(data_dir, take_over=True)
        assert not err.value.holder.other_host
        assert "another ConsultDesk window" in err.value.message
    finally:
        first.close()


def test_cli_writer_refuses_naming_the_holder(data_dir: Path) -> None:
    make_workspace(data_dir)
    foreign_lock(data_dir)
    result = subprocess.run([str(CLI), "--data-dir", str(data_dir), "demo"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert "laptop-at-home" in result.stderr and "wang" in result.stderr
    assert "Traceback" not in result.stderr
    # a reader still works beside the lock (WAL), and the lock is left alone
    listing = subprocess.run([str(CLI), "--data-dir", str(data_dir), "list"], capture_output=True, text=True,
                             timeout=120)
    assert listing.returncode == 0
    assert read_holder(data_dir).host == "laptop-at-home"
