"""One workspace-wide undo history: an undo never destroys later work made on another tab, a failed
step leaves the history where it was, and redo restores exactly what undo removed."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QWidget

from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as req_ops
from consultdesk.ops.base import InsertRow, push


def _dump(ctx) -> dict[str, list[tuple]]:
    # The search index is derived from these rows (and checked against them by its own tests).
    db = ctx.store.db
    return {t: [tuple(r.values()) for r in db.query(f"select * from [{t}] order by rowid")] for t in db.table_names()
            if not t.startswith(("_", "search_")) and t != "sqlite_sequence"}


def _show(window, name: str) -> None:
    window.tabs.setCurrentWidget(window.findChild(QWidget, name))


def test_undo_on_clients_does_not_delete_requirements_typed_on_the_board(window, qtbot) -> None:
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Acme")
    _show(window, "clientsTab")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    _show(window, "boardTab")
    board = window.findChild(QWidget, "boardTab")
    ids = [board.create_in_cell(4, 4, f"Need {n}") for n in range(5)]
    assert all(ids)
    _show(window, "clientsTab")
    # Edit ▸ Undo names the newest step and its tab, whichever tab is showing.
    assert window.undo_action.text() == "Undo Add requirement (Board)"
    window.undo_action.trigger()
    assert window.tabs.currentWidget() is board, "the undo shows the tab it happened in"
    assert [r.id for r in ctx.repos.requirements.for_engagement(engagement)] == ids[:4]
    assert ctx.repos.clients.get_engagement(engagement) is not None


def test_undo_all_then_redo_all_restores_same_ids_and_timestamps(ctx) -> None:
    start = _dump(ctx)
    client = client_ops.create_client(ctx, "Acme")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    client_ops.create_contact(ctx, client, "Mia")
    for n in range(3):
        req_ops.create_requirement(ctx, engagement, f"R{n}", value=5, urgency=n + 1)
    end = _dump(ctx)
    while ctx.history.canUndo():
        assert ctx.history.undo()
    assert _dump(ctx) == start
    while ctx.history.canRedo():
        assert ctx.history.redo()
    assert _dump(ctx) == end  # created_at included


def test_redo_of_an_insert_restores_what_its_undo_cascaded(ctx) -> None:
    command = InsertRow(ctx, "Add client", "clients", {"name": "Acme"})
    push(ctx, "clients", command)
    client_ops.create_contact(ctx, command.row_id, "Mia")
    before = _dump(ctx)
    command.carry_out(undoing=True)  # reverting the insert takes its contact with it (foreign keys)
    assert ctx.repos.clients.get_client(command.row_id) is None
    command.carry_out(undoing=False)
    assert _dump(ctx) == before


@pytest.mark.parametrize("undoing", [True, False])
def test_a_failed_step_does_not_move_the_history(ctx, monkeypatch, undoing: bool) -> None:
    client = client_ops.create_client(ctx, "Acme")
    client_ops.update_client(ctx, client, {"name": "Acme Ltd"})
    if not undoing:
        ctx.history.undo()
    index, stored = ctx.history.index(), _dump(ctx)
    command = ctx.history.command(index - 1 if undoing else index)

    def disk_full() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(command, "revert" if undoing else "apply", disk_full)
    told: list[str] = []
    ctx.bus.failed.connect(told.append)
    assert not (ctx.history.undo() if undoing else ctx.history.redo())
    assert ctx.history.index() == index
    assert _dump(ctx) == stored
    assert told and "disk is full" in told[0] and "Nothing was changed" in told[0]
    monkeypatch.undo()
    assert ctx.history.undo() if undoing else ctx.history.redo()  # once there is room, it goes through


def test_failed_undo_is_shown_in_the_status_bar(window, monkeypatch) -> None:
    ctx = window.ctx
    client_ops.create_client(ctx, "Acme")
    command = ctx.history.command(ctx.history.index() - 1)
    monkeypatch.setattr(command, "revert", lambda: (_ for _ in ()).throw(sqlite3.OperationalError("disk is full")))
    window.undo_action.trigger()
    assert "disk is full" in window.statusBar().currentMessage()
    assert ctx.history.canUndo()


def test_every_tab_page_is_what_main_tabs_holds(window) -> None:
    for name in ("clientsTab", "boardTab", "diagnosisTab", "evidenceTab", "specsTab"):
        page = window.findChild(QWidget, name)
        assert page is not None and window.tabs.indexOf(page) >= 0, name
        window.tabs.setCurrentWidget(page)
        assert window.tabs.currentWidget() is page
