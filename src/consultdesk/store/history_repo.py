"""Append to and read the hash-chained, keyed history. Appends join the caller's transaction.

Each entry carries the public SHA-256 chain (anyone can recompute it) and an HMAC-SHA256 of its hash with
this installation's key (store/keyring.py); the single chain_head row names the last entry, MAC'd too,
so deleting the last entries shows. docs/integrity.md explains what each layer proves.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime, timezone
from typing import Any

from consultdesk.domain.history import GENESIS, HistoryEntry, entry_hash
from consultdesk.store import keyring
from consultdesk.store.database import Store


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def head_text(workspace_uuid: str, entry_id: int, entry_hash_: str) -> str:
    return f"head:{workspace_uuid}:{entry_id}:{entry_hash_}"


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
        kid, key = keyring.current_key(create=True)  # type: ignore[misc]
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
        digest = entry_hash(entry, prev)
        entry = replace(entry, hash=digest, key_id=kid, mac=keyring.mac(key, digest))
        values = {k: v for k, v in asdict(entry).items() if k != "id"}
        cols = ", ".join(values)
        cursor = self._store.conn.execute(
            f"insert into history ({cols}) values ({', '.join('?' * len(values))})", list(values.values())
        )
        entry = replace(entry, id=cursor.lastrowid)
        uuid = self.workspace_uuid()
        self._store.conn.execute(
            "update chain_head set last_id = ?, last_hash = ?, key_id = ?, mac = ? where id = 1",
            [entry.id, digest, kid, keyring.mac(key, head_text(uuid, entry.id or 0, digest))],
        )
        return entry

    def workspace_uuid(self) -> str:
        return str(self._store.scalar("select workspace_uuid from chain_head where id = 1") or "")

    def head(self) -> tuple[int, str] | None:
        """(id, hash) of the last entry: what documents and backups are anchored to."""
        row = self._store.conn.execute("select id, hash from history order by id desc limit 1").fetchone()
        return (int(row[0]), str(row[1])) if row else None

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
        """Every problem of the chain itself, as sentences (the history panel's Verify)."""
        from consultdesk.store.chain_check import chain_problems

        return [message for _kind, message in chain_problems(self._store)]


def short_head(head: tuple[int, str] | None) -> str:
    """The form printed on documents: entry number and the first 12 hex digits of its hash."""
    return "—" if head is None else f"#{head[0]}·{head[1][:12]}"
