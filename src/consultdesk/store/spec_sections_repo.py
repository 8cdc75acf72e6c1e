"""Specification sections of an engagement (key -> text, missing sections read as "") and the UI
samples (pictures) placed in them."""

from __future__ import annotations

from pathlib import Path

from consultdesk.domain.spec_sections import SECTION_ORDER, SectionKey, SpecSample
from consultdesk.store.attachments import AttachmentStore
from consultdesk.store.database import Store

_SAMPLE_COLS = "id, engagement_id, section, seq, name, sha256, caption, added_at"


class SpecSectionsRepo:
    def __init__(self, store: Store, attachments_dir: Path | None = None) -> None:
        self._store = store
        self.files = AttachmentStore(attachments_dir) if attachments_dir is not None else None

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

    # -- UI samples ------------------------------------------------------------------------------
    def samples(self, engagement_id: int, section: SectionKey | None = None) -> list[SpecSample]:
        sql = f"select {_SAMPLE_COLS} from spec_samples where engagement_id = ?"
        args: list[object] = [engagement_id]
        if section is not None:
            sql += " and section = ?"
            args.append(section.value)
        rows = self._store.query(sql + " order by section, seq, id", args)
        return [SpecSample(**r) for r in rows]

    def next_sample_seq(self, engagement_id: int, section: SectionKey) -> int:
        value = self._store.scalar("select max(seq) from spec_samples where engagement_id = ? and section = ?",
                                   [engagement_id, section.value])
        return int(value or 0) + 1

    def sample_bytes(self, sample: SpecSample) -> bytes | None:
        """The stored picture, or None when its file is missing from the attachments store."""
        if self.files is None:
            return None
        path = self.files.path_for(sample.sha256)
        try:
            return path.read_bytes()
        except OSError:
            return None
