"""Every sub-command as its users run it: the INSTALLED consultdesk-cli as a separate process.

The exit code is the contract (0 ok, 1 problems / input rejected, 2 workspace unusable); a crash at
interpreter exit (139) is a failed command; no traceback ever reaches stdout or stderr, and an error is
one sentence on stderr.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

CLI = Path(sys.executable).parent / ("consultdesk-cli.exe" if os.name == "nt" else "consultdesk-cli")
NORTHWIND = ("--client", "Northwind Logistics Ltd", "--engagement", "WMS architecture rework")


@dataclass
class Run:
    code: int
    out: str
    err: str

    def sentence(self) -> str:
        """The one error sentence (asserts there is exactly one line on stderr)."""
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert len(lines) == 1, self.err
        return lines[0]


MODULE_CONFIG = Path(tempfile.mkdtemp(prefix="consultdesk-cli-config-"))

def run(*args: str | Path, data_dir: Path | None, tmp: Path | None = None) -> Run:
    assert CLI.is_file(), f"install the package first: {CLI} is missing"
    env = dict(os.environ)
    env.pop("CONSULTDESK_DATA_DIR", None)
    # One history key for every process of this module: the shared demo workspace is signed with it.
    env["CONSULTDESK_CONFIG_DIR"] = str(MODULE_CONFIG)
    if tmp is not None:  # platform log folder fallback stays inside the test
        env["XDG_STATE_HOME"] = str(tmp / "xdg-state")
        env["XDG_CACHE_HOME"] = str(tmp / "xdg-cache")
    argv = [str(CLI), *(["--data-dir", str(data_dir)] if data_dir else []), *map(str, args)]
    done = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=env, timeout=180)
    result = Run(done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in result.err and "Traceback" not in result.out, result.err
    assert result.code in (0, 1, 2), f"exit {result.code}: {result.err}"
    return result


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "workspace"
    result = run("demo", data_dir=folder)
    assert result.code == 0, result.err
    assert "Demo data loaded" in result.out
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace for this test."""
    target = tmp_path / "demo-workspace"
    shutil.copytree(demo_template, target, ignore=shutil.ignore_patterns("consultdesk.lock"))
    return target


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the sub-commands, as they succeed -------------------------------------------------------------

def test_version_and_help(tmp_path: Path) -> None:
    version = run("--version", data_dir=None)
    assert version.code == 0 and "consultdesk" in version.out
    helps = run("--help", data_dir=None)
    assert helps.code == 0
    for command in ("demo", "list", "check", "backup", "import", "export", "baseline"):
        assert command in helps.out


def test_demo_fills_an_empty_workspace_once(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    first = run("demo", data_dir=folder)
    assert first.code == 0 and "2 clients" in first.out
    again = run("demo", data_dir=folder)
    assert again.code == 1 and "already has clients" in again.sentence()


def test_list_text_and_json(demo: Path) -> None:
    text = run("list", data_dir=demo)
    assert text.code == 0 and "Northwind Logistics Ltd" in text.out and "requirements" in text.out
    listed = run("list", "--json", data_dir=demo)
    assert listed.code == 0, listed.err
    summary = json.loads(listed.out)
    engagement = summary["clients"][0]["engagements"][0]
    assert set(engagement) == {"name", "requirements", "quadrants", "baselines"}
    assert set(engagement["quadrants"]) == {"do_now", "plan", "quick", "park"}


def test_check_passes_on_the_demo(demo: Path) -> None:
    result = run("check", data_dir=demo)
    assert result.code == 0, result.out
    assert "Workspace OK" in result.out and result.err == ""


def test_backup_default_and_out(demo: Path, tmp_path: Path) -> None:
    default = run("backup", data_dir=demo)
    assert default.code == 0, default.err
    written = sorted((demo / "backups").glob("consultdesk-*-manual.sqlite"))
    assert len(written) == 1 and str(written[0]) in default.out
    target = tmp_path / "copy.sqlite"
    explicit = run("backup", "--out", target, data_dir=demo)
    assert explicit.code == 0, explicit.err
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    taken = run("backup", "--out", target, data_dir=demo)
    assert taken.code == 1 and "already exists" in taken.sentence()


def test_import_into_a_new_client_exits_zero_with_skip_invalid(tmp_path: Path) -> None:
    """The run that used to crash at interpreter exit (exit 139) after a successful import."""
    folder = tmp_path / "ws"
    source = _csv(tmp_path / "reqs.csv", "title,value,urgency\nFirst,4,5\nSecond,9,1\nThird,2,2\n")
    result = run("import", "requirements", source, "--client", "Acme", "--engagement", "Pilot", "--skip-invalid",
                 data_dir=folder)
    assert result.code == 0, result.err
    assert "Imported 2 requirements into Acme / Pilot, skipped 1 invalid rows." in result.out
    assert 'Created client "Acme".' in result.out and 'Created engagement "Pilot".' in result.out
    assert 'row 3, column "value"' in result.err
    listed = json.loads(run("list", "--json", data_dir=folder).out)
    assert listed["clients"][0]["engagements"][0]["requirements"] == 2


def test_import_refuses_invalid_rows_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    source = _csv(tmp_path / "reqs.csv", "title,value\nFirst,4\nSecond,nine\n")
    result = run("import", "requirements", source, "--client", "Acme", "--engagement", "Pilot", data_dir=folder)
    assert result.code == 1
    assert "Nothing imported" in result.err and '"nine" is not a number' in result.err
    assert json.loads(run("list", "--json", data_dir=folder).out) == {"clients": []}


def test_export_requirements_and_every_document(demo: Path, tmp_path: Path) -> None:
    csv_out = tmp_path / "reqs.csv"
    exported = run("export", "requirements", *NORTHWIND, "--out", csv_out, data_dir=demo)
    assert exported.code == 0, exported.err
    assert csv_out.read_text(encoding="utf-8-sig").startswith("code,")
    for kind in ("spec", "summary", "diagnosis", "dispute"):
        target = tmp_path / f"{kind}.docx"
        result = run("export", kind, *NORTHWIND, "--out", target, data_dir=demo)
        assert result.code == 0, f"{kind}: {result.err}"
        assert target.stat().st_size > 5000 and result.err == ""


def test_baseline_create_then_unchanged_is_refused(demo: Path) -> None:
    source = _csv(demo.parent / "more.csv", "title\nA brand new requirement\n")
    assert run("import", "requirements", source, *NORTHWIND, data_dir=demo).code == 0
    created = run("baseline", "create", *NORTHWIND, "--signer", "Li Wei", "--meaning", "approved", data_dir=demo)
    assert created.code == 0, created.err
    assert "version: " in created.out and "sha256: " in created.out
    again = run("baseline", "create", *NORTHWIND, "--signer", "Li Wei", "--meaning", "approved", data_dir=demo)
    assert again.code == 1 and again.sentence()


# --- names that match nothing ----------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ("export", "requirements", "--out", "x.csv"),
    ("export", "spec", "--out", "x.docx"),
    ("baseline", "create", "--signer", "A", "--meaning", "approved"),
])
def test_unknown_client_or_engagement_names_near_matches(demo: Path, tmp_path: Path, command: tuple) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in command]
    client = run(*args, "--client", "Northwind Logistic", "--engagement", "WMS architecture rework", data_dir=demo)
    assert client.code == 1
    assert 'no client named "Northwind Logistic"' in client.sentence()
    assert '"Northwind Logistics Ltd"' in client.sentence()
    engagement = run(*args, "--client", "Northwind Logistics Ltd", "--engagement", "WMS rework", data_dir=demo)
    assert engagement.code == 1
    assert '"WMS architecture rework"' in engagement.sentence()


# --- workspaces that cannot be used: exit 2 ---------------------------------------------------------

def test_a_file_as_workspace_is_exit_2(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    for args in (("list",), ("check",), ("demo",)):
        result = run(*args, data_dir=not_a_folder, tmp=tmp_path)
        assert result.code == 2 and "is a file, not a folder" in result.sentence()
    assert not_a_folder.read_text(encoding="utf-8") == "mine"


def test_a_foreign_database_is_exit_2_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    with sqlite3.connect(folder / "consultdesk.sqlite") as conn:
        conn.execute("create table mine (x)")
    before = _sha(folder / "consultdesk.sqlite")
    for args in (("list",), ("backup",), ("demo",)):
        result = run(*args, data_dir=folder)
        assert result.code == 2 and "another application" in result.sentence()
    assert _sha(folder / "consultdesk.sqlite") == before


def test_database_that_is_a_folder_is_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    (folder / "consultdesk.sqlite").mkdir(parents=True)
    for args in (("list",), ("check",), ("demo",)):
        result = run(*args, data_dir=folder)
        assert result.code == 2
        assert "is a folder, not a database file" in result.sentence()


def test_newer_schema_is_refused_byte_for_byte_untouched(demo: Path, tmp_path: Path) -> None:
    db = demo / "consultdesk.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _sha(db)
    source = _csv(tmp_path / "r.csv", "title\nX\n")
    for args in (("list",), ("check",), ("backup",), ("demo",),
                 ("import", "requirements", source, *NORTHWIND)):
        result = run(*args, data_dir=demo)
        assert result.code == 2, f"{args}: {result.err}"
        assert "newer ConsultDesk" in result.sentence()
    assert _sha(db) == before
    assert not (demo / "consultdesk.sqlite-wal").exists() or (demo / "consultdesk.sqlite-wal").stat().st_size == 0


def test_writers_refuse_while_the_lock_is_held_and_readers_work(demo: Path, tmp_path: Path) -> None:
    from consultdesk.store.lock import WorkspaceLock

    source = _csv(tmp_path / "r.csv", "title\nX\n")
    lock = WorkspaceLock(demo)
    lock.acquire()  # as the GUI does: this (living) test process holds it
    try:
        for args in (("demo",), ("import", "requirements", source, *NORTHWIND),
                     ("baseline", "create", *NORTHWIND, "--signer", "A", "--meaning", "approved")):
            result = run(*args, data_dir=demo)
            assert result.code == 2, f"{args}: {result.err}"
            assert "open in the ConsultDesk window" in result.sentence()
        assert run("list", data_dir=demo).code == 0
        assert run("check", data_dir=demo).code == 0
        assert run("export", "requirements", *NORTHWIND, "--out", tmp_path / "r2.csv", data_dir=demo).code == 0
    finally:
        lock.release()


# --- failures that used to print a traceback ----------------------------------------------------------

def test_backup_into_a_path_through_a_file(demo: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    result = run("backup", "--out", blocker / "x.sqlite", data_dir=demo)
    assert result.code == 1
    assert "is a file, not a folder" in result.sentence()
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_backup_where_nothing_can_be_created(demo: Path) -> None:
    result = run("backup", "--out", "/proc/x.sqlite", data_dir=demo)
    assert result.code == 1
    assert "Cannot create /proc/x.sqlite" in result.sentence()


def test_csv_field_over_the_limit_is_one_sentence(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text("title,description\nA," + "x" * 1_000_001 + "\n", encoding="utf-8")
    result = run("import", "requirements", source, "--client", "C", "--engagement", "E", data_dir=tmp_path / "ws")
    assert result.code == 1
    assert "line 2: a cell is longer than 1,000,000 characters" in result.sentence()
    assert "{" not in result.err


@pytest.mark.parametrize("mapping, expected", [
    ("foo=bar", "expected FIELD=COLUMN with FIELD one of code, title"),
    ("title=nosuch", 'expected one of the headers title, value'),
])
def test_map_problems_name_fields_and_headers(tmp_path: Path, mapping: str, expected: str) -> None:
    source = _csv(tmp_path / "r.csv", "title,value\nA,4\n")
    result = run("import", "requirements", source, "--client", "C", "--engagement", "E", "--map", mapping,
                 data_dir=tmp_path / "ws")
    assert result.code == 1
    assert expected in result.sentence()
    assert "{fields}" not in result.err and "{headers}" not in result.err


# --- leftovers of killed runs ----------------------------------------------------------------------

def test_check_lists_leftovers_and_the_next_writer_removes_only_ours(demo: Path) -> None:
    ours = {
        demo / "backups" / "consultdesk-20260101-101010-123456-manual.sqlite.partial": 3000,
        demo / "attachments" / ".partial-ab12cd34": 5000,
        demo / "attachments" / ("0" * 64): 700,  # a stored file no attachment row refers to
        demo / ".consultdesk-new-x1y2z3.sqlite": 0,
    }
    for path, size in ours.items():
        path.write_bytes(b"\0" * size)
    theirs = [demo / "backups" / "my-notes.partial", demo / "attachments" / "README.txt",
              demo / "attachments" / ".partial-mine-too-long", demo / "consultdesk-new.sqlite"]
    for path in theirs:
        path.write_text("keep me", encoding="utf-8")
    checked = run("check", data_dir=demo)
    assert checked.code == 1
    assert "Unfinished backup backups/consultdesk-20260101-101010-123456-manual.sqlite.partial (2.9 KB)" in checked.out
    assert ".partial-ab12cd34 (4.9 KB)" in checked.out
    assert "0" * 64 + " (700 bytes) belongs to no evidence item" in checked.out
    assert ".consultdesk-new-x1y2z3.sqlite (0 bytes)" in checked.out
    # Any writer's open (here a refused demo load) cleans up; a reader's open never does.
    assert all(p.exists() for p in ours)
    assert run("demo", data_dir=demo).code == 1
    assert not any(p.exists() for p in ours)
    assert all(p.read_text(encoding="utf-8") == "keep me" for p in theirs)
    assert run("check", data_dir=demo).code == 0


def test_interrupted_first_start_leaves_a_workspace_that_opens(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".consultdesk-new-abc123.sqlite").write_bytes(b"SQLite format 3\0" + b"\0" * 50)  # killed mid-build
    result = run("demo", data_dir=folder)
    assert result.code == 0, result.err
    assert not (folder / ".consultdesk-new-abc123.sqlite").exists()
    assert run("check", data_dir=folder).code == 0
