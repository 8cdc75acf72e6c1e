"""CLI: demo, list, check, backup, and the exit-code contract."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_demo_then_list_json(cli, data_dir: Path) -> None:
    code, out, err = cli("demo", data_dir=data_dir)
    assert code == 0, err
    code, out, err = cli("list", "--json", data_dir=data_dir)
    assert code == 0, err
    summary = json.loads(out)
    names = [c["name"] for c in summary["clients"]]
    assert "华信教育科技有限公司" in names and "Northwind Logistics Ltd" in names
    engagement = summary["clients"][0]["engagements"][0]
    assert set(engagement) >= {"name", "requirements", "quadrants", "baselines"}
    assert set(engagement["quadrants"]) == {"do_now", "plan", "quick", "park"}


def test_demo_refuses_non_empty_workspace(cli, data_dir: Path) -> None:
    assert cli("demo", data_dir=data_dir)[0] == 0
    code, _out, err = cli("demo", data_dir=data_dir)
    assert code == 1 and "already has clients" in err


def test_check_ok_and_backup_opens(cli, data_dir: Path, tmp_path: Path) -> None:
    cli("demo", data_dir=data_dir)
    code, out, _ = cli("check", data_dir=data_dir)
    assert code == 0 and "OK" in out
    target = tmp_path / "copy.sqlite"
    code, out, err = cli("backup", "--out", str(target), data_dir=data_dir)
    assert code == 0, err
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from clients").fetchone()[0] >= 2
    conn.close()
    assert cli("backup", "--out", str(target), data_dir=data_dir)[0] == 1  # never overwrites


def test_check_reports_dangling_reference(cli, data_dir: Path) -> None:
    cli("demo", data_dir=data_dir)
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    conn.execute("insert into contacts(client_id, name) values (9999, 'ghost')")  # foreign keys off here
    conn.commit()
    conn.close()
    code, out, _ = cli("check", data_dir=data_dir)
    assert code == 1 and "contacts" in out


def test_unusable_workspace_exits_2(cli, tmp_path: Path) -> None:
    path = tmp_path / "a-file"
    path.write_text("x")
    code, out, err = cli("list", data_dir=path)
    assert code == 2 and "is a file" in err and "Traceback" not in err


def test_writers_refuse_while_gui_has_workspace(cli, workspace) -> None:
    code, _out, err = cli("demo", data_dir=workspace.root)
    assert code == 2 and "close it there" in err
    assert cli("list", data_dir=workspace.root)[0] == 0  # readers are fine


def test_installed_entry_points(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "consultdesk", "--data-dir", str(tmp_path / "ws"), "list", "--json"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"clients": []}
