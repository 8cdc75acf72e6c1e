"""`baseline create`, `list --json` baselines count, and `check` catching a tampered baseline."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest


def _setup(cli, data_dir: Path, tmp_path: Path) -> None:
    csv = tmp_path / "reqs.csv"
    csv.write_text("title,value,urgency\nFix payment stalls,5,5\nAdd batch export,4,3\n", encoding="utf-8")
    code, _out, err = cli("import", "requirements", str(csv), "--client", "Acme", "--engagement", "Portal",
                          data_dir=data_dir)
    assert code == 0, err


def test_baseline_create_prints_version_and_sha(cli, data_dir: Path, tmp_path: Path) -> None:
    _setup(cli, data_dir, tmp_path)
    code, out, err = cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "Li Wei",
                         "--meaning", "approved", "--comment", "per e-mail", data_dir=data_dir)
    assert code == 0, err
    assert "version: 1" in out
    sha = re.search(r"sha256: ([0-9a-f]{64})", out).group(1)
    code, out, _ = cli("list", "--json", data_dir=data_dir)
    assert json.loads(out)["clients"][0]["engagements"][0]["baselines"] == 1
    # Nothing changed: a second baseline is refused with a sentence, exit 1.
    code, out, err = cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "Li Wei",
                         "--meaning", "reviewed", data_dir=data_dir)
    assert code == 1 and "not changed since v1" in err and "Traceback" not in err
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    assert conn.execute("select sha256 from baselines").fetchone()[0] == sha
    conn.close()
    code, out, _ = cli("check", data_dir=data_dir)
    assert code == 0, out


def test_refusals_exit_1_with_a_sentence(cli, data_dir: Path, tmp_path: Path) -> None:
    _setup(cli, data_dir, tmp_path)
    code, _out, err = cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "  ",
                          "--meaning", "approved", data_dir=data_dir)
    assert code == 1 and "name of the person signing" in err
    code, _out, err = cli("baseline", "create", "--client", "Nobody", "--engagement", "Portal", "--signer", "A",
                          "--meaning", "approved", data_dir=data_dir)
    assert code == 1 and "no client named" in err
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    conn.execute("insert into engagements (client_id, title) select id, 'Empty' from clients")
    conn.commit()
    conn.close()
    code, _out, err = cli("baseline", "create", "--client", "Acme", "--engagement", "Empty", "--signer", "A",
                          "--meaning", "approved", data_dir=data_dir)
    assert code == 1 and "no requirements" in err


def test_check_catches_a_baseline_altered_with_triggers_dropped(cli, data_dir: Path, tmp_path: Path) -> None:
    _setup(cli, data_dir, tmp_path)
    assert cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "Li Wei",
               "--meaning", "approved", data_dir=data_dir)[0] == 0
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("update baselines set content = replace(content, 'batch', 'bulk')")
    conn.execute("drop trigger baselines_no_update")
    conn.execute("update baselines set content = replace(content, 'batch', 'bulk')")
    conn.commit()
    conn.close()
    code, out, err = cli("check", data_dir=data_dir)
    assert code == 1
    assert re.search(r'v1 of engagement "Portal" \(client "Acme"\)', out + err), out + err


def test_check_catches_content_and_hash_rewritten_together(cli, data_dir: Path, tmp_path: Path) -> None:
    from consultdesk.domain.baseline import content_hash

    _setup(cli, data_dir, tmp_path)
    assert cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "Li Wei",
               "--meaning", "approved", data_dir=data_dir)[0] == 0
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    content = conn.execute("select content from baselines").fetchone()[0].replace("batch", "bulk")
    conn.execute("drop trigger baselines_no_update")
    conn.execute("update baselines set content = ?, sha256 = ?", [content, content_hash(content)])
    conn.commit()
    conn.close()
    code, out, err = cli("check", data_dir=data_dir)
    assert code == 1 and "recorded in the history" in out + err and '"Portal"' in out + err


def test_check_catches_an_altered_signoff(cli, data_dir: Path, tmp_path: Path) -> None:
    _setup(cli, data_dir, tmp_path)
    assert cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "Li Wei",
               "--meaning", "reviewed", data_dir=data_dir)[0] == 0
    assert cli("check", data_dir=data_dir)[0] == 0
    conn = sqlite3.connect(data_dir / "consultdesk.sqlite")
    conn.execute("drop trigger signoffs_no_update")
    conn.execute("update signoffs set meaning = 'approved'")  # "reviewed" upgraded to "approved" by hand
    conn.commit()
    conn.close()
    code, out, err = cli("check", data_dir=data_dir)
    assert code == 1 and 'sign-off by "Li Wei" on baseline v1 of engagement "Portal"' in out + err


def test_baseline_create_refuses_while_the_gui_holds_the_workspace(cli, data_dir: Path, tmp_path: Path) -> None:
    from consultdesk.store.workspace import open_workspace

    _setup(cli, data_dir, tmp_path)
    gui = open_workspace(data_dir, take_lock=True)
    try:
        code, _out, err = cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "A",
                              "--meaning", "approved", data_dir=data_dir)
    finally:
        gui.close()
    assert code == 2 and "open in the ConsultDesk window" in err
    assert cli("baseline", "create", "--client", "Acme", "--engagement", "Portal", "--signer", "A",
               "--meaning", "approved", data_dir=data_dir)[0] == 0
