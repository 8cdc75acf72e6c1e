"""Archived engagements and clients are read-only: RowStore asks here before every write.

The owner of any row is found by following its foreign keys up to `engagements` or `clients` (the path is
read from the schema once per table), so a table added later is covered without being listed here. The
only write allowed under an archived record is setting or clearing `archived_at` itself (restore).
"""

from __future__ import annotations

from typing import Any, Mapping

from consultdesk.store.errors import StoreError

ARCHIVE_COLUMN = "archived_at"
_OWNERS = ("engagements", "clients")


class ArchivedError(StoreError):
    """A write under an archived engagement or client; `title` names it (ops turn this into a sentence)."""

    def __init__(self, kind: str, title: str) -> None:
        super().__init__(f"The {kind} “{title}” is archived and read-only; restore it to change it.")
        self.kind = kind
        self.title = title


class ArchiveGuard:
    def __init__(self, store: Any) -> None:
        self._store = store
        self._paths: dict[str, list[tuple[str, str]]] = {}

    def _path(self, table: str) -> list[tuple[str, str]]:
        """[(column, parent table), ...] from *table* up to engagements or clients ([] if none)."""
        if table not in self._paths:
            path: list[tuple[str, str]] = []
            current, seen = table, {table}
            while current not in _OWNERS:
                links = [(fk[3], fk[2]) for fk in self._store.conn.execute(f"PRAGMA foreign_key_list([{current}])")]
                link = next((fk for fk in links if fk[1] in _OWNERS), None) or next(
                    (fk for fk in links if fk[1] not in seen), None)
                if link is None:
                    path = []
                    break
                path.append(link)
                current = link[1]
                seen.add(current)
            self._paths[table] = path
        return self._paths[table]

    def _owner_rows(self, table: str, row: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        out: list[tuple[str, dict[str, Any]]] = []
        current_table, current = table, dict(row)
        if table in _OWNERS:
            out.append((table, current))
        for column, parent in self._path(table):
            parent_id = current.get(column)
            if parent_id is None:
                return out
            rows = self._store.query(f"select * from [{parent}] where id = ?", [parent_id])
            if not rows:
                return out
            current_table, current = parent, rows[0]
            out.append((current_table, current))
        if current_table == "engagements":
            rows = self._store.query("select * from clients where id = ?", [current.get("client_id")])
            out.extend(("clients", r) for r in rows)
        return out

    def applies(self, table: str, changed: set[str] | None = None) -> bool:
        """Whether a write to *table* needs looking at (cheap: most workspaces archive nothing)."""
        if table in _OWNERS and changed is not None and changed <= {ARCHIVE_COLUMN}:
            return False  # archiving or restoring itself
        if table not in _OWNERS and not self._path(table):
            return False
        return bool(self._store.conn.execute(
            "select exists(select 1 from engagements where archived_at <> '')"
            " or exists(select 1 from clients where archived_at <> '')").fetchone()[0] == 1)

    def refuse_if_archived(self, table: str, row: Mapping[str, Any], changed: set[str] | None = None) -> None:
        """Raise ArchivedError when *row* (its values) belongs to an archived engagement or client."""
        if not self.applies(table, changed):
            return
        for owner_table, owner in self._owner_rows(table, row):
            if owner.get(ARCHIVE_COLUMN):
                if owner_table == "engagements":
                    raise ArchivedError("engagement", str(owner.get("title", "")))
                raise ArchivedError("client", str(owner.get("name", "")))
