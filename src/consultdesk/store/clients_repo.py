"""Clients, contacts and engagements: rows <-> domain objects (reads; writes go through RowStore via ops)."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.clients import (
    Classification,
    Client,
    Contact,
    CounterpartKind,
    Engagement,
    EngagementStatus,
    field_names,
)
from consultdesk.store.database import Store

_CLIENT_COLS = ", ".join(field_names(Client))
_CONTACT_COLS = ", ".join(field_names(Contact))
_ENGAGEMENT_COLS = ", ".join(field_names(Engagement))


class ClientsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def list_clients(self, include_archived: bool = False) -> list[Client]:
        """Clients by name; archived ones only when asked (pickers and lists hide them)."""
        where = "" if include_archived else "where archived_at = '' "
        rows = self._store.query(f"select {_CLIENT_COLS} from clients {where}order by name collate nocase, id")
        return [Client(**r) for r in rows]

    def get_client(self, client_id: int) -> Client | None:
        rows = self._store.query(f"select {_CLIENT_COLS} from clients where id = ?", [client_id])
        return Client(**rows[0]) if rows else None

    def find_client(self, name: str) -> Client | None:
        rows = self._store.query(f"select {_CLIENT_COLS} from clients where name = ? order by id limit 1", [name])
        return Client(**rows[0]) if rows else None

    def contacts(self, client_id: int) -> list[Contact]:
        rows = self._store.query(
            f"select {_CONTACT_COLS} from contacts where client_id = ? order by id", [client_id]
        )
        return [Contact(**{**r, "kind": CounterpartKind(r["kind"])}) for r in rows]

    def engagements(self, client_id: int, include_archived: bool = False) -> list[Engagement]:
        archived = "" if include_archived else " and archived_at = ''"
        rows = self._store.query(
            f"select {_ENGAGEMENT_COLS} from engagements where client_id = ?{archived} order by id", [client_id]
        )
        return [_engagement(r) for r in rows]

    def get_engagement(self, engagement_id: int) -> Engagement | None:
        rows = self._store.query(f"select {_ENGAGEMENT_COLS} from engagements where id = ?", [engagement_id])
        return _engagement(rows[0]) if rows else None

    def find_engagement(self, client_id: int, title: str) -> Engagement | None:
        rows = self._store.query(
            f"select {_ENGAGEMENT_COLS} from engagements where client_id = ? and title = ? order by id limit 1",
            [client_id, title],
        )
        return _engagement(rows[0]) if rows else None

    def kept_records(self, engagement_id: int) -> dict[str, int]:
        """What makes an engagement impossible to delete: signed baselines, dispute cases (evidence),
        decided change requests. Mirrors the engagements_keep_records trigger."""
        counts = {
            "baselines": "select count(*) from baselines where engagement_id = ?",
            "cases": "select count(*) from dispute_cases where engagement_id = ?",
            "decisions": "select count(*) from change_requests where engagement_id = ? and decided_by <> ''",
        }
        return {k: int(self._store.scalar(sql, [engagement_id])) for k, sql in counts.items()}

    def engagements_with_kept_records(self, client_id: int) -> list[Engagement]:
        return [e for e in self.engagements(client_id, include_archived=True)
                if e.id is not None and any(self.kept_records(e.id).values())]


def _engagement(row: dict[str, Any]) -> Engagement:
    return Engagement(
        **{
            **row,
            "classification": Classification(row["classification"]),
            "status": EngagementStatus(row["status"]),
        }
    )
