"""Documents re-verify the files they list and carry the chain head; backups carry it too; the chain view
never reads "complete" while an item's file is changed or missing."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import docx
import pytest

CLI = Path(sys.executable).with_name("consultdesk-cli")
CLIENT, ENGAGEMENT = "Northwind Logistics Ltd", "WMS architecture rework"


def _text(path: Path) -> str:
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _export(cli, demo_dir: Path, out: Path, lang: str = "en") -> None:
    code, _, err = cli("export", "dispute", "--client", CLIENT, "--engagement", ENGAGEMENT, "--out", str(out),
                       "--lang", lang, data_dir=demo_dir)
    assert code == 0, err


def _first_file(demo_dir: Path, title: str = ENGAGEMENT) -> tuple[str, Path]:
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir, take_lock=False)
    try:
        engagement = next(e for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                          if e.title == title)
        case = ws.repos.evidence.cases(engagement.id)[0]
        att = next(a for item in ws.repos.evidence.items(case.id) for a in item.attachments)
        return att.sha256, ws.repos.evidence.files.path_for(att.sha256)
    finally:
        ws.close()


def test_untouched_files_are_verified_in_the_document(demo_dir, cli, tmp_path) -> None:
    out = tmp_path / "minutes.docx"
    _export(cli, demo_dir, out)
    text = _text(out)
    assert "verified against its SHA-256 when this document was written" in text
    assert "CHANGED" not in text and "MISSING" not in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_changed_file_is_marked_with_its_new_hash(demo_dir, cli, tmp_path, lang) -> None:
    sha, path = _first_file(demo_dir)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(path.read_bytes() + b"\nforged,row\n")
    now = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "minutes.docx"
    _export(cli, demo_dir, out, lang)
    text = _text(out)
    assert sha in text and now in text
    if lang == "en":
        assert f"CHANGED since capture — SHA-256 now {now}" in text
        assert "Warning: 1 file(s)" in text and "kept unchanged" not in text
    else:
        assert f"采集后已被修改 — 当前 SHA-256 为 {now}" in text and "原样保存" not in text


def test_a_missing_file_is_marked_missing(demo_dir, cli, tmp_path) -> None:
    _sha, path = _first_file(demo_dir)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.unlink()
    out = tmp_path / "minutes.docx"
    _export(cli, demo_dir, out)
    text = _text(out)
    assert "MISSING from the evidence store" in text and "kept unchanged" not in text


def test_documents_carry_the_chain_head_and_check_sees_a_rewrite_since(demo_dir, cli, tmp_path) -> None:
    from consultdesk.store.workspace import open_workspace

    out = tmp_path / "spec.docx"
    code, _, err = cli("export", "spec", "--client", "华信教育科技有限公司", "--engagement", "家长端 App 稳定性优化",
                       "--out", str(out), data_dir=demo_dir)
    assert code == 0, err
    ws = open_workspace(demo_dir, take_lock=False)
    head, uuid = ws.repos.history.head(), ws.repos.history.workspace_uuid()
    ws.close()
    doc = docx.Document(str(out))
    assert doc.core_properties.identifier == f"consultdesk-history:{uuid}:{head[0]}:{head[1]}"
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert f"History head #{head[0]}·{head[1][:12]}" in footer
    issued = (Path(os.environ["CONSULTDESK_CONFIG_DIR"]) / "issued-heads.jsonl").read_text(encoding="utf-8")
    assert head[1] in issued and "spec.docx" in issued


def test_backup_writes_the_head_beside_it(demo_dir, tmp_path) -> None:
    target = tmp_path / "copy.sqlite"
    done = subprocess.run([str(CLI), "--data-dir", str(demo_dir), "backup", "--out", str(target)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    sidecar = json.loads((tmp_path / "copy.sqlite.head.json").read_text())
    import sqlite3

    conn = sqlite3.connect(target)
    last = conn.execute("select id, hash from history order by id desc limit 1").fetchone()
    conn.close()
    assert (sidecar["history_entry"], sidecar["history_hash"]) == last
    assert f"#{last[0]}·{last[1][:12]}" in done.stdout
    issued = (Path(os.environ["CONSULTDESK_CONFIG_DIR"]) / "issued-heads.jsonl").read_text(encoding="utf-8")
    assert last[1] in issued and "copy.sqlite" in issued


def test_chain_view_is_not_complete_while_an_item_is_flagged(qtbot, demo_dir, asker) -> None:
    from PySide6.QtWidgets import QWidget

    from consultdesk.app import open_main_window

    portal = "家长端 App 稳定性优化"  # the demo's complete chain: all five kinds, every link backed
    _sha, path = _first_file(demo_dir, portal)
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    ctx = window.ctx
    client = ctx.repos.clients.find_client("华信教育科技有限公司")
    ctx.selection.set_client(client.id)
    ctx.selection.set_engagement(ctx.repos.clients.find_engagement(client.id, portal).id)
    tab = window.findChild(QWidget, "evidenceTab")
    window.findChild(QWidget, "mainTabs").setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.chain_panel)
    label = tab.chain_panel.completeness_label
    assert "All five kinds of evidence are present" in label.text()
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(path.read_bytes()[::-1])  # same size: only re-hashing tells
    tab.verify_action.trigger()
    qtbot.waitUntil(lambda: bool(tab.items_panel.integrity))
    tab.pages.setCurrentWidget(tab.chain_panel)
    text = label.text()
    assert "All five kinds of evidence are present" not in text
    assert "with files changed or missing since capture" in text
    window.close()


def test_a_document_written_from_the_gui_carries_the_head_too(qtbot, demo_dir, asker, tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    from consultdesk.app import open_main_window

    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    ctx = window.ctx
    client = ctx.repos.clients.find_client("华信教育科技有限公司")
    ctx.selection.set_client(client.id)
    ctx.selection.set_engagement(ctx.repos.clients.find_engagement(client.id, "家长端 App 稳定性优化").id)
    tab = window.findChild(QWidget, "specsTab")
    window.findChild(QWidget, "mainTabs").setCurrentWidget(tab)
    target = tmp_path / "from-gui.docx"
    asker.queue(str(target), "Close")
    assert tab.export("spec") is not None
    head = ctx.repos.history.head()
    assert docx.Document(str(target)).core_properties.identifier.endswith(f":{head[0]}:{head[1]}")
    window.close()
