"""Fault injection: SIGKILL a process that streams acknowledged edits, reopen, count what was lost.

An edit counts as acknowledged once the writer printed its id, which it does only after the op returned
(committed). Goal: 0 acknowledged edits lost, the workspace opens after every kill (including kills during
the very first start), and the next open leaves none of the files the killed process was writing.
The short run is part of every test run; `pytest -m slow tests/test_fault_injection.py -s` runs many kills
and prints the figures.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("fault_writer.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@dataclass
class Figures:
    kills: int = 0
    first_start_kills: int = 0
    killed_before_first_edit: int = 0
    acknowledged: int = 0
    lost: int = 0
    failed_opens: int = 0
    leftovers_after_open: int = 0


def _kill_after(folder: Path, blob: Path, delay: float) -> list[int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, str(WRITER), str(folder), str(blob)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(delay)  # when to strike, not a measurement
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate()
    assert process.returncode == -signal.SIGKILL, f"the writer stopped by itself: {err}"
    return [int(line) for line in out.splitlines() if line.strip().isdigit()]


def _reopen_and_count(folder: Path, acknowledged: list[int], figures: Figures) -> None:
    from consultdesk.store.errors import WorkspaceError
    from consultdesk.store.leftovers import find_leftovers
    from consultdesk.store.workspace import open_workspace

    try:
        workspace = open_workspace(folder)  # takes the lock, so it also cleans up
    except WorkspaceError as exc:
        figures.failed_opens += 1
        print(f"cannot open after a kill: {exc.message}")
        return
    try:
        present = {row["id"] for row in workspace.store.query("select id from requirements")}
        figures.lost += len(set(acknowledged) - present)
        figures.leftovers_after_open += len(find_leftovers(workspace.root, workspace.store.conn))
        assert workspace.store.scalar("PRAGMA integrity_check") == "ok"
    finally:
        workspace.close()


def run_kills(tmp_path: Path, kills: int, seed: int) -> Figures:
    rng = random.Random(seed)
    blob = tmp_path / "evidence.bin"
    blob.write_bytes(os.urandom(1024) * 16 * 1024)  # 16 MB: a copy takes long enough to be hit
    figures = Figures()
    folder = tmp_path / "ws-0"
    for round_number in range(kills):
        first_start = round_number % 4 == 0
        if first_start:
            folder = tmp_path / f"ws-{round_number}"
        # Python + PySide start-up takes most of a second: short delays hit the first database build.
        delay = rng.uniform(0.2, 1.2) if first_start else rng.uniform(0.8, 2.5)
        acknowledged = _kill_after(folder, blob, delay)
        figures.kills += 1
        figures.first_start_kills += first_start
        figures.acknowledged += len(acknowledged)
        figures.killed_before_first_edit += not acknowledged
        _reopen_and_count(folder, acknowledged, figures)
    print(f"\nSIGKILL fault injection (seed {seed}): {figures}")
    return figures


def _assert_nothing_lost(figures: Figures) -> None:
    assert figures.failed_opens == 0
    assert figures.lost == 0
    assert figures.leftovers_after_open == 0


def test_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    figures = run_kills(tmp_path, kills=6, seed=11)
    _assert_nothing_lost(figures)
    assert figures.acknowledged > 0  # the writer really got to write before being killed


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_many_kills_lose_no_acknowledged_edit(tmp_path: Path, seed: int) -> None:
    _assert_nothing_lost(run_kills(tmp_path, kills=30, seed=seed))


KILL_DURING_FIRST_START = """
import os, signal, sys
from consultdesk.store import schema
from consultdesk.store.workspace import open_workspace

real_apply = schema.apply_all
def apply_then_die(db):
    sets = schema.migration_sets()
    sets[0].apply(db)  # part of the schema is written, then the process is killed
    os.kill(os.getpid(), signal.SIGKILL)
schema.apply_all = apply_then_die
open_workspace(sys.argv[1])
"""


def test_a_kill_in_the_middle_of_the_first_start_leaves_a_workspace_that_opens(tmp_path: Path) -> None:
    from consultdesk.integrity import run_checks
    from consultdesk.store.workspace import open_workspace

    folder = tmp_path / "ws"
    done = subprocess.run([sys.executable, "-c", KILL_DURING_FIRST_START, str(folder)],
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not (folder / "consultdesk.sqlite").exists()  # only the temporary file was being built
    assert any(p.name.startswith(".consultdesk-new-") for p in folder.iterdir())
    workspace = open_workspace(folder)
    try:
        assert run_checks(workspace) == []
        assert workspace.is_empty()
    finally:
        workspace.close()
    assert not any(p.name.startswith(".consultdesk-new-") for p in folder.iterdir())
