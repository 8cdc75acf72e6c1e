"""SQLite's own checks, reported in plain words."""

from __future__ import annotations

from typing import Any


def check_database(workspace: Any) -> list[str]:
    db = workspace.store.db
    problems: list[str] = []
    results = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if results != ["ok"]:
        problems.extend(f"Database damage: {line}" for line in results)
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"Table {table} row {rowid} refers to a missing {parent} row.")
    return problems
