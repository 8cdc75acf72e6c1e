"""Specification sections of an engagement: key -> text (missing sections read as "")."""

from __future__ import annotations

from consultdesk.domain.spec_sections import SECTION_ORDER, SectionKey
from consultdesk.store.database import Store


class SpecSectionsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_engagement(self, engagement_id: int) -> dict[SectionKey, str]:
        rows = self._store.query(
            "select key, text from spec_sections where engagement_id = ?", [engagement_id]
        )
        stored = {SectionKey(r["key"]): r["text"] for r in rows}
        return {key: stored.get(key, "") for key in SECTION_ORDER}

    def row_id(self, engagement_id: int, key: SectionKey) -> int | None:
        value = self._store.scalar(
            "select id from spec_sections where engagement_id = ? and key = ?", [engagement_id, key.value]
        )
        return int(value) if value is not None else None
