"""Generic row operations with cascade snapshots, so a delete can be undone exactly (same ids).

Tables are addressed by name; only names from the schema are accepted (never user input), and every
statement uses bound parameters for values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from consultdesk.store import seals
from consultdesk.store.archive_guard import ArchiveGuard
from consultdesk.store.database import Store
from consultdesk.store.errors import StoreError


@dataclass(frozen=True)
class RowSnapshot:
    """A row and every row that depends on it through foreign keys, parents first."""

    rows: tuple[tuple[str, dict[str, Any]], ...]
    # Rows that survive the delete with a reference set to NULL (ON DELETE SET NULL):
    # (table, id, column, old value), put back on restore.
    nulled: tuple[tuple[str, int, str, Any], ...] = ()

    def ids(self, table: str) -> set[int]:
        return {row["id"] for name, row in self.rows if name == table}


class RowStore:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._children: dict[str, list[tuple[str, str, str]]] | None = None
        self.guard = ArchiveGuard(store)

    @property
    def db(self) -> Any:
        return self._store.db

    def _check_table(self, table: str) -> None:
        if table not in self._table_names():
            raise StoreError(f"Unknown table {table!r}")

    def _table_names(self) -> set[str]:
        return set(self.db.table_names())

    def _child_links(self) -> dict[str, list[tuple[str, str, str]]]:
        # parent table -> [(child table, child column, on-delete action)], read once from the schema.
        if self._children is None:
            links: dict[str, list[tuple[str, str, str]]] = {}
            for name in self.db.table_names():
                for fk in self.db.execute(f"PRAGMA foreign_key_list([{name}])").fetchall():
                    # columns: id, seq, table, from, to, on_update, on_delete, match
                    links.setdefault(fk[2], []).append((name, fk[3], str(fk[6]).upper()))
            self._children = links
        return self._children

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        self._check_table(table)
        rows = list(self.db.query(f"select * from [{table}] where id = ?", [row_id]))
        return rows[0] if rows else None

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        self._check_table(table)
        self.guard.refuse_if_archived(table, values)
        cols = list(values)
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' * len(cols))})"
        row_id = int(self.db.execute(sql, [values[c] for c in cols]).lastrowid)
        seals.seal(self._store, table, row_id)
        return row_id

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        self._check_table(table)
        if not values:
            return
        if self.guard.applies(table, set(values)):
            current = self._store.query(f"select * from [{table}] where id = ?", [row_id])
            if current:
                self.guard.refuse_if_archived(table, current[0], set(values))
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        cursor = self.db.execute(f"update [{table}] set {assignments} where id = ?", [*values.values(), row_id])
        if cursor.rowcount != 1:
            raise StoreError(f"{table} row {row_id} no longer exists")
        seals.seal(self._store, table, row_id)

    def snapshot(self, table: str, row_id: int) -> RowSnapshot:
        """The row plus its dependants (recursively), in an order that can be re-inserted."""
        self._check_table(table)
        collected: list[tuple[str, dict[str, Any]]] = []
        nulled: list[tuple[str, int, str, Any]] = []
        self._collect(table, [row_id], collected, nulled)
        deleted = {(name, row["id"]) for name, row in collected}
        kept = tuple(entry for entry in nulled if (entry[0], entry[1]) not in deleted)
        return RowSnapshot(tuple(collected), kept)

    def _collect(
        self, table: str, ids: list[int], out: list[tuple[str, dict[str, Any]]], nulled: list[tuple[str, int, str, Any]]
    ) -> None:
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        rows = list(self.db.query(f"select * from [{table}] where id in ({marks}) order by id", ids))
        seen = {(name, row["id"]) for name, row in out}
        out.extend((table, row) for row in rows if (table, row["id"]) not in seen)
        for child, column, on_delete in self._child_links().get(table, []):
            children = self.db.execute(
                f"select id, [{column}] from [{child}] where [{column}] in ({marks})", ids
            ).fetchall()
            if on_delete == "SET NULL":
                nulled.extend((child, child_id, column, old) for child_id, old in children)
            else:
                self._collect(child, [child_id for child_id, _old in children], out, nulled)

    def delete(self, table: str, row_id: int) -> RowSnapshot:
        snap = self.snapshot(table, row_id)
        if not snap.rows:
            raise StoreError(f"{table} row {row_id} no longer exists")
        self.guard.refuse_if_archived(table, snap.rows[0][1])
        self.db.execute(f"delete from [{table}] where id = ?", [row_id])
        # Every protected record the cascade removed is recorded as deleted, so check can tell a delete
        # made here from one made behind the app's back.
        for name, row in snap.rows:
            seals.seal_deleted(self._store, name, row)
        for name, child_id, _column, _old in snap.nulled:
            seals.seal(self._store, name, child_id)
        return snap

    def restore(self, snap: RowSnapshot) -> None:
        # A row with two parents may come before one of them; check the keys at commit instead.
        self.db.execute("PRAGMA defer_foreign_keys=ON")
        for table, row in snap.rows:
            self.insert(table, row)
        for table, row_id, column, old in snap.nulled:
            self.db.execute(f"update [{table}] set [{column}] = ? where id = ?", [old, row_id])
            seals.seal(self._store, table, row_id)
