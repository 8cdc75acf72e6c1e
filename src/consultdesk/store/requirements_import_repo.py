"""Bulk writes for requirement import: many rows with one executemany, removal by id (undo of an import).

Row-by-row inserts through the generic RowStore cost one statement preparation each; an import of 5,000
rows must take well under 2 s, so it binds all rows to one prepared statement.
"""

from __future__ import annotations

from typing import Any, Sequence

from consultdesk.domain.requirements import CONTENT_FIELDS
from consultdesk.store.archive_guard import ArchiveGuard
from consultdesk.store.database import Store

# Stored columns an import writes (source_interview_id stays empty: a file names no interview).
_COLUMNS = ("id", "engagement_id", "seq", *CONTENT_FIELDS)
_DEFAULTS: dict[str, Any] = {
    "type": "business", "status": "proposed", "value": 3, "urgency": 3, "cost": None, "is_core": 1,
}


class RequirementsImportRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def taken_codes(self, engagement_id: int) -> set[str]:
        rows = self._store.conn.execute("select code from requirements where engagement_id = ?", [engagement_id])
        return {r[0] for r in rows.fetchall()}

    def next_seq(self, engagement_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(seq), 0) + 1 from requirements where engagement_id = ?", [engagement_id]
        ))

    def next_id(self) -> int:
        return int(self._store.scalar("select coalesce(max(id), 0) + 1 from requirements"))

    def insert_many(self, engagement_id: int, first_id: int, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows (each with seq and code) with ids first_id, first_id+1, …; returns the ids.

        Fixed ids let redo after undo re-create exactly the rows other commands may refer to."""
        ArchiveGuard(self._store).refuse_if_archived("requirements", {"engagement_id": engagement_id})
        ids = list(range(first_id, first_id + len(rows)))
        params = [
            [ids[i], engagement_id, *(row.get(c, _DEFAULTS.get(c, "")) for c in _COLUMNS[2:])]
            for i, row in enumerate(rows)
        ]
        names = ", ".join(f'"{c}"' for c in _COLUMNS)
        marks = ", ".join("?" * len(_COLUMNS))
        self._store.conn.executemany(f"insert into requirements ({names}) values ({marks})", params)
        return ids

    def delete_many(self, ids: Sequence[int]) -> None:
        if ids:
            row = self._store.query("select engagement_id from requirements where id = ?", [ids[0]])
            if row:
                ArchiveGuard(self._store).refuse_if_archived("requirements", row[0])
        self._store.conn.executemany("delete from requirements where id = ?", [[i] for i in ids])
