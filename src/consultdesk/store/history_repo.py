"""Append to and read the hash-chained history. Appends join the caller's transaction."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime, timezone
from typing import Any

from consultdesk.domain.history import GENESIS, HistoryEntry, entry_hash, verify_chain
from consultdesk.store.database import Store


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class HistoryRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def append(
        self,
        entity: str,
        entity_id: int | None,
        action: str,
        *,
        engagement_id: int | None = None,
        field: str = "",
        old: Any = "",
        new: Any = "",
    ) -> HistoryEntry:
        prev = self._store.scalar("select hash from history order by id desc limit 1") or GENESIS
        entry = HistoryEntry(
            id=None,
            at=datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            entity=entity,
            entity_id=entity_id,
            engagement_id=engagement_id,
            action=action,
            field=field,
            old=_text(old),
            new=_text(new),
            prev_hash=prev,
        )
        entry = replace(entry, hash=entry_hash(entry, prev))
        values = {k: v for k, v in asdict(entry).items() if k != "id"}
        cols = ", ".join(values)
        cursor = self._store.conn.execute(
            f"insert into history ({cols}) values ({', '.join('?' * len(values))})", list(values.values())
        )
        return replace(entry, id=cursor.lastrowid)

    def entries(self, entity: str | None = None, entity_id: int | None = None) -> list[HistoryEntry]:
        sql, params = "select * from history", []
        if entity is not None:
            sql += " where entity = ?" + (" and entity_id = ?" if entity_id is not None else "")
            params = [entity] + ([entity_id] if entity_id is not None else [])
        return [HistoryEntry(**row) for row in self._store.query(sql + " order by id", params)]

    def for_engagement(self, engagement_id: int) -> list[HistoryEntry]:
        rows = self._store.query("select * from history where engagement_id = ? order by id", [engagement_id])
        return [HistoryEntry(**row) for row in rows]

    def verify(self) -> list[str]:
        return verify_chain(self.entries())


def check_history(workspace: Any) -> list[str]:
    """For `consultdesk check`: the whole chain, including entries edited with triggers dropped."""
    return HistoryRepo(workspace.store).verify()
