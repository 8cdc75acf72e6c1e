"""Change requests of an engagement with the requirements they touch."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.change_requests import ChangeRequest, CRLink, CRStatus, Scope, format_code
from consultdesk.store.database import Store

_FIELDS = [name for name in ChangeRequest.__dataclass_fields__ if name != "links"]
_COLUMNS = ", ".join(_FIELDS)


def _from_row(row: dict[str, Any], links: tuple[CRLink, ...]) -> ChangeRequest:
    return ChangeRequest(
        **{
            **row,
            "scope": Scope(row["scope"]),
            "status": CRStatus(row["status"]),
            "meeting_held": bool(row["meeting_held"]),
            "links": links,
        }
    )


class ChangeRequestsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _links(self, cr_ids: list[int]) -> dict[int, list[CRLink]]:
        out: dict[int, list[CRLink]] = {i: [] for i in cr_ids}
        if not cr_ids:
            return out
        # Current title when the requirement still exists (same id and code); the stored snapshot and no id
        # when it was deleted, so the link reads as "deleted" rather than vanishing.
        rows = self._store.query(
            f"""
            select l.change_request_id as cr, r.id as rid,
                   coalesce(r.code, l.requirement_code) as code, coalesce(r.title, l.requirement_title) as title
            from change_request_requirements l join change_requests c on c.id = l.change_request_id
            left join requirements r on r.id = l.requirement_id and r.code = l.requirement_code
                 and r.engagement_id = c.engagement_id
            where l.change_request_id in ({", ".join("?" * len(cr_ids))}) order by l.id
            """,
            cr_ids,
        )
        for row in rows:
            out[row["cr"]].append(CRLink(row["rid"], row["code"], row["title"]))
        return out

    def for_engagement(self, engagement_id: int) -> list[ChangeRequest]:
        rows = self._store.query(
            f"select {_COLUMNS} from change_requests where engagement_id = ? order by seq", [engagement_id]
        )
        links = self._links([r["id"] for r in rows])
        return [_from_row(r, tuple(links[r["id"]])) for r in rows]

    def get(self, change_request_id: int) -> ChangeRequest | None:
        rows = self._store.query(f"select {_COLUMNS} from change_requests where id = ?", [change_request_id])
        if not rows:
            return None
        return _from_row(rows[0], tuple(self._links([change_request_id])[change_request_id]))

    def link_ids(self, change_request_id: int) -> list[int]:
        rows = self._store.query(
            "select id from change_request_requirements where change_request_id = ? order by id", [change_request_id]
        )
        return [r["id"] for r in rows]

    def next_code(self, engagement_id: int) -> tuple[int, str]:
        seq = int(
            self._store.scalar(
                "select coalesce(max(seq), 0) + 1 from change_requests where engagement_id = ?", [engagement_id]
            )
        )
        return seq, format_code(seq)
