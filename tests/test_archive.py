"""Signed or evidential records never vanish: such an engagement (or client) is archived, not deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.ops import archive, clients, requirements
from consultdesk.ops import baselines as bl_ops
from consultdesk.ops import evidence as ev_ops
from consultdesk.ops.errors import OpError


def _engagement_with_case(ctx):
    client = clients.create_client(ctx, "Acme")
    engagement = clients.create_engagement(ctx, client, "Portal")
    ev_ops.create_case(ctx, engagement, "Monthly users differ", computed_value="1180")
    return client, engagement


def test_delete_is_refused_with_a_sentence_and_archive_is_offered(ctx) -> None:
    client, engagement = _engagement_with_case(ctx)
    with pytest.raises(OpError, match="dispute case.*Archive it instead"):
        clients.delete_engagement(ctx, engagement)
    with pytest.raises(OpError, match="Portal"):
        clients.delete_client(ctx, client)
    # The database itself refuses too (a cascade from the client included).
    with pytest.raises(sqlite3.DatabaseError, match="archive it"):
        ctx.store.conn.execute("delete from clients where id = ?", [client])
    assert ctx.repos.evidence.cases(engagement)


def test_a_plain_engagement_is_still_deleted(ctx) -> None:
    client = clients.create_client(ctx, "Acme")
    engagement = clients.create_engagement(ctx, client, "Scratch")
    requirements.create_requirement(ctx, engagement, "A requirement")
    clients.delete_engagement(ctx, engagement)
    assert ctx.repos.clients.get_engagement(engagement) is None


def test_archived_engagement_is_hidden_read_only_checked_and_restorable(ctx, cli) -> None:
    client, engagement = _engagement_with_case(ctx)
    requirement = requirements.create_requirement(ctx, engagement, "Export orders")
    bl_ops.sign_off(ctx, engagement, "Anna")
    archive.archive_engagement(ctx, engagement)
    assert ctx.repos.clients.engagements(client) == []
    assert [e.id for e in ctx.repos.clients.engagements(client, include_archived=True)] == [engagement]
    for attempt in (
        lambda: requirements.update_requirement(ctx, requirement, {"title": "Changed"}),
        lambda: requirements.create_requirement(ctx, engagement, "New"),
        lambda: clients.update_engagement(ctx, engagement, {"title": "Renamed"}),
        lambda: ev_ops.create_case(ctx, engagement, "Another"),
        lambda: bl_ops.sign_off(ctx, engagement, "Bob"),
    ):
        with pytest.raises(OpError, match="“Portal” is archived and read-only"):
            attempt()
    with pytest.raises(OpError, match="Archive it instead"):
        clients.delete_engagement(ctx, engagement)
    assert cli("check", data_dir=ctx.workspace.root)[0] == 0
    actions = [(e.entity, e.action) for e in ctx.repos.history.entries("engagement", engagement)]
    assert ("engagement", "archive") in actions
    archive.restore_engagement(ctx, engagement)
    requirements.update_requirement(ctx, requirement, {"title": "Changed"})
    assert ("engagement", "restore") in [(e.entity, e.action) for e in ctx.repos.history.entries("engagement")]


def test_archived_client_hides_and_locks_its_engagements_and_undo_restores(ctx) -> None:
    client, engagement = _engagement_with_case(ctx)
    archive.archive_client(ctx, client)
    assert ctx.repos.clients.list_clients() == []
    with pytest.raises(OpError, match="“Acme” is archived"):
        requirements.create_requirement(ctx, engagement, "New")
    ctx.undo_stack("clients").undo()
    assert [c.id for c in ctx.repos.clients.list_clients()] == [client]
    assert ("client", "undo_archive") in [(e.entity, e.action) for e in ctx.repos.history.entries("client")]


def _tab(window):
    return window.findChild(QWidget, "clientsTab")


def test_clients_tab_offers_archive_then_show_archived_and_restore(qtbot, data_dir: Path, asker) -> None:
    from consultdesk.app import open_main_window
    from consultdesk.context import AppContext
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir)
    _engagement_with_case(AppContext(workspace=ws))
    ws.close()
    window = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    tab = _tab(window)
    client_list = tab.client_list
    client_list.table.selectRow(0)
    assert client_list.archive_button.text() == "Archive"
    asker.queue(True)  # "cannot be deleted ... Archive it now?" -> yes
    qtbot.mouseClick(client_list.delete_button, Qt.LeftButton)
    kind, _title, text = asker.asked[-1]
    assert kind == "confirm" and "cannot be deleted" in text and "Archive it now?" in text
    assert client_list.proxy.rowCount() == 0  # hidden from the list
    assert window.ctx.repos.clients.find_client("Acme").archived_at
    qtbot.mouseClick(client_list.show_archived, Qt.LeftButton)
    assert client_list.proxy.index(0, 0).data() == "Acme (archived)"
    client_list.table.selectRow(0)
    assert not tab.client_page.isEnabled() and not tab.engagements_page.details.isEnabled()
    assert client_list.archive_button.text() == "Restore"
    qtbot.mouseClick(client_list.archive_button, Qt.LeftButton)
    assert not window.ctx.repos.clients.find_client("Acme").archived_at
    # The engagement page: archive the engagement with its own button, then it leaves the list.
    client_list.table.selectRow(0)
    page = tab.engagements_page
    assert page.list.count() == 1
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.archive_button, Qt.LeftButton)
    assert page.list.count() == 0
    qtbot.mouseClick(page.show_archived, Qt.LeftButton)
    assert page.list.item(0).text() == "Portal (archived)"
    page.list.setCurrentRow(0)
    assert not page.details.isEnabled()  # read-only
    window.close()
    QApplication.processEvents()


def test_cli_refuses_writes_under_an_archived_engagement_and_list_hides_it(ctx, tmp_path) -> None:
    import json
    import subprocess
    import sys

    client, engagement = _engagement_with_case(ctx)
    archive.archive_engagement(ctx, engagement)
    root = ctx.workspace.root
    ctx.workspace.close()
    cli = Path(sys.executable).with_name("consultdesk-cli")
    source = tmp_path / "reqs.csv"
    source.write_text("title,value,urgency\nExport orders,4,4\n", encoding="utf-8")
    done = subprocess.run([str(cli), "--data-dir", str(root), "import", "requirements", str(source), "--client", "Acme",
                           "--engagement", "Portal"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "archived and read-only" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run([str(cli), "--data-dir", str(root), "list", "--json"], capture_output=True, text=True,
                          timeout=120)
    assert json.loads(done.stdout) == {"clients": [{"name": "Acme", "engagements": []}]}
    done = subprocess.run([str(cli), "--data-dir", str(root), "check", "--json"], capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, json.loads(done.stdout)) == (0, {"ok": True, "problems": []})
