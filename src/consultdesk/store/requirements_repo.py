"""Requirements: rows <-> domain objects, and per-engagement code numbering."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.requirements import Requirement, RequirementStatus, RequirementType, format_code
from consultdesk.store.database import Store

_COLUMNS = ", ".join(f'"{name}"' for name in Requirement.__dataclass_fields__)


def requirement_from_row(row: dict[str, Any]) -> Requirement:
    return Requirement(
        **{
            **row,
            "type": RequirementType(row["type"]),
            "status": RequirementStatus(row["status"]),
            "is_core": bool(row["is_core"]),
        }
    )


class RequirementsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_engagement(self, engagement_id: int) -> list[Requirement]:
        rows = self._store.conn.execute(
            f"select {_COLUMNS} from requirements where engagement_id = ? order by seq", [engagement_id]
        )
        names = [d[0] for d in rows.description]
        return [requirement_from_row(dict(zip(names, r, strict=True))) for r in rows.fetchall()]

    def get(self, requirement_id: int) -> Requirement | None:
        rows = self._store.query(f"select {_COLUMNS} from requirements where id = ?", [requirement_id])
        return requirement_from_row(rows[0]) if rows else None

    def by_code(self, engagement_id: int, code: str) -> Requirement | None:
        rows = self._store.query(
            f"select {_COLUMNS} from requirements where engagement_id = ? and code = ?", [engagement_id, code]
        )
        return requirement_from_row(rows[0]) if rows else None

    def next_seq(self, engagement_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(seq), 0) + 1 from requirements where engagement_id = ?", [engagement_id]
        ))

    def next_code(self, engagement_id: int) -> tuple[int, str]:
        # An import may have kept codes from its file (e.g. REQ-007 at seq 1): skip numbers already taken.
        seq = number = self.next_seq(engagement_id)
        while self._store.scalar(
            "select 1 from requirements where engagement_id = ? and code = ?", [engagement_id, format_code(number)]
        ):
            number += 1
        return seq, format_code(number)
