"""A comparable picture of a workspace database, for the undo property tests.

Every table, every column, every row (ids and timestamps included) goes into the dump, except the
tables the schema itself makes append-only: an unconditional trigger refuses DELETE on them (the
hash-chained `history`). Undoing an evidence change or a change-request decision is recorded there as a
*new* entry by design — never by erasing the entry it undoes — so after "undo everything" such a table
is longer than at the start, not equal. Those tables are checked separately: they may only grow, and
what they held before stays exactly as it was (`assert_only_grew`).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

Dump = dict[str, list[tuple[Any, ...]]]

# "BEFORE DELETE ON <table>" with no WHEN clause before the BEGIN: the delete is refused always.
_NO_DELETE = re.compile(r"BEFORE\s+DELETE\s+ON\s+\[?(\w+)\]?\s+BEGIN\s+SELECT\s+RAISE", re.IGNORECASE)


# The signed pointer at the newest history entry: one row that moves with every entry appended, so it
# follows the history (and is verified by `check`) rather than undo.
HISTORY_HEAD = frozenset({"chain_head"})


def append_only_tables(conn: sqlite3.Connection) -> frozenset[str]:
    """Tables an unconditional trigger keeps append-only (their rows can never be deleted)."""
    sqls = [row[0] or "" for row in conn.execute("select sql from sqlite_master where type = 'trigger'")]
    return frozenset(match.group(1) for sql in sqls for match in _NO_DELETE.finditer(sql)) - HISTORY_HEAD


def _compared_tables(conn: sqlite3.Connection, skip: frozenset[str]) -> list[str]:
    # PRAGMA table_list marks the internal tables of a virtual table (e.g. an FTS index) as "shadow":
    # their b-tree layout may differ after a delete and re-insert while the indexed content is equal,
    # so they are compared through the virtual table itself.
    rows = conn.execute("PRAGMA table_list").fetchall()  # schema, name, type, ncol, wr, strict
    return sorted(
        name for schema, name, kind, *_rest in rows
        if schema == "main" and kind in ("table", "virtual") and not name.startswith("sqlite_") and name not in skip
    )


def column_counts(conn: sqlite3.Connection, skip: frozenset[str]) -> dict[str, int]:
    """The tables a dump compares and their number of columns (read once: the schema does not change)."""
    counts = {}
    for table in _compared_tables(conn, skip):
        cursor = conn.execute(f"select * from [{table}] limit 0")
        counts[table] = len(cursor.description or ())
        cursor.close()
    return counts


def dump(conn: sqlite3.Connection, skip: frozenset[str], columns: dict[str, int] | None = None) -> Dump:
    """Every row of every table but *skip*, all columns, in a stable order (sorted by every column)."""
    out: Dump = {}
    for table, count in (columns or column_counts(conn, skip)).items():
        order = ", ".join(str(n) for n in range(1, count + 1))
        out[table] = [tuple(row) for row in conn.execute(f"select * from [{table}] order by {order}")]
    return out


def rows_of(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in conn.execute(f"select * from [{table}] order by rowid")]


def assert_only_grew(before: list[tuple[Any, ...]], after: list[tuple[Any, ...]], table: str) -> None:
    assert len(after) >= len(before), f"{table} lost rows: {len(before)} -> {len(after)}"
    assert after[: len(before)] == before, f"{table}: an existing entry was changed"


def difference(expected: Dump, actual: Dump) -> str:
    """A short description of how two dumps differ (for assertion messages)."""
    lines = []
    for table in sorted(set(expected) | set(actual)):
        want, got = expected.get(table, []), actual.get(table, [])
        if want != got:
            missing = [r for r in want if r not in got][:3]
            extra = [r for r in got if r not in want][:3]
            lines.append(f"{table}: missing {missing} extra {extra}")
    return "; ".join(lines) or "equal"
