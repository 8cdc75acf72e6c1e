"""check sees tampering: every class in tampering_cases, done with raw sqlite3 on the workspace file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself

from tampering_cases import CASES  # noqa: E402

CLI = Path(sys.executable).with_name("consultdesk-cli")
# Run as a real process too (the exit code and JSON are the contract scripts rely on).
SUBPROCESS = {"forged_baseline_with_signoff_and_chained_history", "history_rewritten_with_chain_recomputed",
              "every_trigger_dropped", "baseline_and_signoff_deleted", "file_and_its_hash_rewritten_together",
              "last_history_rows_deleted", "change_request_decided_by_edited"}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> tuple[Path, Path]:
    """One demo workspace and the key it was written with, copied for each case (loading costs seconds)."""
    base = tmp_path_factory.mktemp("tamper-template")
    config = base / "config"
    old = os.environ.get("CONSULTDESK_CONFIG_DIR")
    os.environ["CONSULTDESK_CONFIG_DIR"] = str(config)
    try:
        from consultdesk.demo import load_demo
        from consultdesk.store.workspace import open_workspace

        ws = open_workspace(base / "ws")
        load_demo(ws)
        ws.close()
    finally:
        if old is None:
            os.environ.pop("CONSULTDESK_CONFIG_DIR", None)
        else:
            os.environ["CONSULTDESK_CONFIG_DIR"] = old
    return base / "ws", config / "history-keys.json"


def fresh_copy(template: tuple[Path, Path], tmp_path: Path) -> Path:
    ws, keys = template
    root = tmp_path / "victim"
    shutil.copytree(ws, root)
    config = Path(os.environ["CONSULTDESK_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    shutil.copy(keys, config / "history-keys.json")
    return root


def check_in_process(root: Path) -> list:
    from consultdesk.integrity import run_checks
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(root, take_lock=False)
    try:
        return run_checks(ws)
    finally:
        ws.close()


def check_process(root: Path) -> tuple[int, dict, str]:
    done = subprocess.run([str(CLI), "--data-dir", str(root), "check", "--json"], capture_output=True, text=True,
                          env={**os.environ}, timeout=120)
    return done.returncode, json.loads(done.stdout), done.stderr


def test_tests_never_use_the_real_config_dir(tmp_path) -> None:
    from consultdesk.store import keyring

    assert keyring.config_dir().is_relative_to(tmp_path)


def test_untouched_demo_checks_ok(demo_template, tmp_path) -> None:
    root = fresh_copy(demo_template, tmp_path)
    assert check_in_process(root) == []
    code, report, err = check_process(root)
    assert (code, report) == (0, {"ok": True, "problems": []}) and "Traceback" not in err


@pytest.mark.parametrize("name", sorted(CASES))
def test_tampering_is_detected(name, demo_template, tmp_path) -> None:
    root = fresh_copy(demo_template, tmp_path)
    expected = CASES[name](root)
    kinds = {p.kind for p in check_in_process(root)}
    assert expected & kinds, f"{name}: expected one of {expected}, check reported {kinds or 'nothing'}"
    if name in SUBPROCESS:
        code, report, err = check_process(root)
        assert code == 1 and report["ok"] is False and "Traceback" not in err
        assert expected & {p["kind"] for p in report["problems"]}
        assert all(set(p) == {"kind", "message"} and p["message"] for p in report["problems"])


def test_every_trigger_dropped_names_each_one(demo_template, tmp_path) -> None:
    from consultdesk.store.protections import expected_triggers

    root = fresh_copy(demo_template, tmp_path)
    CASES["every_trigger_dropped"](root)
    missing = [p for p in check_in_process(root) if p.kind == "protection_missing"]
    assert len(missing) == len(expected_triggers()) >= 8
    assert any("signoffs_no_update" in p.message for p in missing)


def test_without_the_key_check_says_so_and_what_it_verified(demo_template, tmp_path, monkeypatch) -> None:
    root = fresh_copy(demo_template, tmp_path)
    monkeypatch.setenv("CONSULTDESK_CONFIG_DIR", str(tmp_path / "another-laptop"))
    code, report, _ = check_process(root)
    assert code == 1 and [p["kind"] for p in report["problems"]] == ["key_missing"]
    message = report["problems"][0]["message"]
    assert "not on this computer" in message and "still exists unchanged" in message
    # Even without the key, edits that break the public chain or a fingerprint are still seen.
    CASES["signoff_backdated"](root)
    assert "record_altered" in {p.kind for p in check_in_process(root)}


def test_key_export_and_import_lets_a_new_laptop_verify(demo_template, tmp_path, monkeypatch) -> None:
    root = fresh_copy(demo_template, tmp_path)
    exported = tmp_path / "history-key.json"
    done = subprocess.run([str(CLI), "key", "export", str(exported)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and exported.stat().st_mode & 0o077 == 0
    monkeypatch.setenv("CONSULTDESK_CONFIG_DIR", str(tmp_path / "new-laptop"))
    assert check_process(root)[0] == 1
    done = subprocess.run([str(CLI), "key", "import", str(exported)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "1" in done.stdout
    keys = tmp_path / "new-laptop" / "history-keys.json"
    assert keys.stat().st_mode & 0o777 == 0o600
    assert check_process(root)[:2] == (0, {"ok": True, "problems": []})
    bad = tmp_path / "not-a-key.json"
    bad.write_text("{}")
    done = subprocess.run([str(CLI), "key", "import", str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.strip()


def test_check_cannot_open_the_workspace_exits_2(tmp_path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    done = subprocess.run([str(CLI), "--data-dir", str(target), "check", "--json"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_tampering_figures(demo_template, tmp_path, capsys, monkeypatch) -> None:
    """Tries every class on its own copy and prints "tried / detected" (the figure for the closing note)."""
    detected = []
    for name in sorted(CASES):
        monkeypatch.setenv("CONSULTDESK_CONFIG_DIR", str(tmp_path / name / "config"))  # no heads shared
        root = fresh_copy(demo_template, tmp_path / name)
        expected = CASES[name](root)
        if expected & {p.kind for p in check_in_process(root)}:
            detected.append(name)
    with capsys.disabled():
        print(f"\ntampering classes tried / detected: {len(CASES)} / {len(detected)}")
    assert len(detected) == len(CASES)


def test_history_key_export_and_import_from_the_evidence_menu(window, asker, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QAction

    from consultdesk.ops import clients, evidence

    client = clients.create_client(window.ctx, "Acme")
    evidence.create_case(window.ctx, clients.create_engagement(window.ctx, client, "Portal"), "A figure")
    exported = tmp_path / "key.json"
    asker.queue(str(exported))
    window.findChild(QAction, "exportHistoryKeyAction").trigger()
    assert asker.asked[-1][0] == "inform" and exported.is_file()
    monkeypatch.setenv("CONSULTDESK_CONFIG_DIR", str(tmp_path / "new-laptop"))
    asker.queue(str(exported))
    window.findChild(QAction, "importHistoryKeyAction").trigger()
    assert asker.asked[-1][0] == "inform" and "1 new history key" in asker.asked[-1][2]
    asker.queue(str(tmp_path / "key.json.nope"))
    window.findChild(QAction, "importHistoryKeyAction").trigger()
    assert asker.asked[-1][0] == "warn" and "nothing was imported" in asker.asked[-1][2]
