"""The hash-chained history: appends chain, triggers refuse edits, check catches tampering anyway."""

from __future__ import annotations

import sqlite3

import pytest


def _fill(workspace, n=3):
    with workspace.store.transaction():
        for i in range(n):
            workspace.repos.history.append("dispute_case", 1, "update", field="status", old=str(i), new=str(i + 1))


def test_chain_verifies_and_triggers_refuse(workspace) -> None:
    _fill(workspace)
    assert workspace.repos.history.verify() == []
    with pytest.raises(sqlite3.DatabaseError):
        workspace.store.db.execute("update history set new = 'x' where id = 2")
    with pytest.raises(sqlite3.DatabaseError):
        workspace.store.db.execute("delete from history where id = 2")


def test_edit_with_triggers_dropped_is_detected(workspace, cli) -> None:
    _fill(workspace)
    db = workspace.store.db
    db.execute("drop trigger history_no_update")
    db.execute("update history set new = 'forged' where id = 2")
    db.conn.commit()
    problems = workspace.repos.history.verify()
    assert any("entry 2" in p and "altered" in p for p in problems)
    code, out, _ = cli("check", data_dir=workspace.root)
    assert code == 1 and "altered" in out


def test_deleted_entry_is_detected(workspace) -> None:
    _fill(workspace, 4)
    db = workspace.store.db
    db.execute("drop trigger history_no_delete")
    db.execute("delete from history where id = 2")
    db.conn.commit()
    assert workspace.repos.history.verify()
