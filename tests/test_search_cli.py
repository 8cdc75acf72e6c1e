"""`consultdesk search` as a real process of the installed console script: exit codes, JSON, and
reading beside a GUI that holds the workspace; `check --repair-search`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(sys.executable).with_name("consultdesk-cli")
KINDS = {"client", "contact", "engagement", "interview", "requirement", "diagnosis", "cause", "evidence_case",
         "evidence_item", "meeting", "action", "section", "change_request", "satisfaction"}


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([str(CLI), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def demo(data_dir: Path) -> Path:
    assert _run(data_dir, "demo").returncode == 0
    return data_dir


def test_search_json_finds_chinese_and_names_client_and_engagement(demo: Path) -> None:
    result = _run(demo, "search", "家长端", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["query"] == "家长端"
    hits = payload["hits"]
    requirements = [h for h in hits if h["kind"] == "requirement"]
    assert len(requirements) == 6  # every requirement with 家长端 in any field
    assert all(set(h) >= {"kind", "title", "snippet", "client", "engagement"} for h in hits)
    assert {h["kind"] for h in hits} <= KINDS
    assert all(h["client"] == "华信教育科技有限公司" for h in requirements)
    assert all("家长端" in h["snippet"] for h in requirements)


def test_limit_and_text_output(demo: Path) -> None:
    result = _run(demo, "search", "pick", "--json", "--limit", "2")
    assert result.returncode == 0 and len(json.loads(result.stdout)["hits"]) == 2
    text = _run(demo, "search", "Fix pick-list")
    assert text.returncode == 0 and "requirement: REQ-001 Fix pick-list" in text.stdout
    nothing = _run(demo, "search", "zzqqxx", "--json")
    assert nothing.returncode == 0 and json.loads(nothing.stdout)["hits"] == []


def test_refusals_exit_codes(demo: Path, tmp_path: Path) -> None:
    blank = _run(demo, "search", "  ")
    assert blank.returncode == 1 and "Give some text" in blank.stderr
    assert _run(demo, "search", "x", "--limit", "0").returncode == 2  # argparse: usage error
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    unusable = _run(a_file, "search", "x")
    assert unusable.returncode == 2 and "is a file" in unusable.stderr


def test_search_works_while_the_gui_holds_the_workspace(demo: Path) -> None:
    from consultdesk.store.workspace import open_workspace

    held = open_workspace(demo)  # takes the lock, as the GUI does
    try:
        result = _run(demo, "search", "WMS", "--json")
        assert result.returncode == 0, result.stderr
        assert any(h["kind"] == "engagement" for h in json.loads(result.stdout)["hits"])
    finally:
        held.close()


def test_check_reports_a_stale_index_and_repairs_it(demo: Path) -> None:
    conn = sqlite3.connect(demo / "consultdesk.sqlite")
    conn.execute("delete from search_docs where kind = 'requirement'")
    conn.commit()
    conn.close()
    stale = _run(demo, "check")
    assert stale.returncode == 1 and "search index is out of date" in stale.stdout
    assert "requirements" in stale.stdout
    repaired = _run(demo, "check", "--repair-search")
    assert repaired.returncode == 0 and "Search index rebuilt" in repaired.stdout
    again = _run(demo, "search", "家长端", "--json")
    assert len([h for h in json.loads(again.stdout)["hits"] if h["kind"] == "requirement"]) == 6
