"""Dispute cases and their evidence: rows <-> domain objects (reads; writes go through RowStore via ops)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any, Callable

from consultdesk.domain.evidence import (
    ActionItem,
    Attachment,
    DisputeCase,
    EvidenceItem,
    Link,
    Meeting,
    Reviewer,
)
from consultdesk.store.attachments import AttachmentStore
from consultdesk.store.database import Store


def _cols(cls: type, skip: tuple[str, ...] = ()) -> str:
    return ", ".join(f"[{f.name}]" for f in fields(cls) if f.name not in skip)


_CASE = _cols(DisputeCase)
_ITEM = _cols(EvidenceItem, ("attachments",))
_ATT = _cols(Attachment)
_ACTION = _cols(ActionItem)

class EvidenceRepo:
    def __init__(self, store: Store, attachments_dir: Path) -> None:
        self._store = store
        self.files = AttachmentStore(attachments_dir)

    # -- cases -------------------------------------------------------------------------------------
    def cases(self, engagement_id: int) -> list[DisputeCase]:
        rows = self._store.query(f"select {_CASE} from dispute_cases where engagement_id = ? order by id", [engagement_id])
        return [DisputeCase(**r) for r in rows]

    def get_case(self, case_id: int) -> DisputeCase | None:
        rows = self._store.query(f"select {_CASE} from dispute_cases where id = ?", [case_id])
        return DisputeCase(**rows[0]) if rows else None

    def find_case(self, engagement_id: int, key: str) -> DisputeCase | None:
        """By id or title; the latest case when *key* is empty (the CLI's --case)."""
        cases = self.cases(engagement_id)
        if not key:
            return cases[-1] if cases else None
        for case in cases:
            if case.title == key or str(case.id) == key:
                return case
        return None

    # -- items -------------------------------------------------------------------------------------
    def items(self, case_id: int) -> list[EvidenceItem]:
        rows = self._store.query(f"select {_ITEM} from evidence_items where case_id = ? order by seq, id", [case_id])
        atts: dict[int, list[Attachment]] = {}
        for row in self._store.query(
            f"select a.{_ATT.replace(', ', ', a.')} from evidence_attachments a join evidence_items i on i.id = a.item_id "
            "where i.case_id = ? order by a.id",
            [case_id],
        ):
            atts.setdefault(row["item_id"], []).append(Attachment(**row))
        return [EvidenceItem(**r, attachments=tuple(atts.get(r["id"], ()))) for r in rows]

    def get_item(self, item_id: int) -> EvidenceItem | None:
        rows = self._store.query(f"select {_ITEM} from evidence_items where id = ?", [item_id])
        if not rows:
            return None
        atts = self._store.query(f"select {_ATT} from evidence_attachments where item_id = ? order by id", [item_id])
        return EvidenceItem(**rows[0], attachments=tuple(Attachment(**a) for a in atts))

    def next_item_seq(self, case_id: int) -> int:
        return int(self._store.scalar("select coalesce(max(seq), 0) + 1 from evidence_items where case_id = ?", [case_id]))

    def attachment(self, item_id: int, sha256: str) -> Attachment | None:
        rows = self._store.query(f"select {_ATT} from evidence_attachments where item_id = ? and sha256 = ?", [item_id, sha256])
        return Attachment(**rows[0]) if rows else None

    # -- chain, consensus, meeting ----------------------------------------------------------------
    def links(self, case_id: int) -> list[Link]:
        rows = self._store.query(
            "select id, case_id, from_item_id, to_item_id from evidence_links where case_id = ? order by id", [case_id]
        )
        return [Link(**r) for r in rows]

    def reviewers(self, case_id: int) -> list[Reviewer]:
        rows = self._store.query("select * from evidence_reviewers where case_id = ? order by id", [case_id])
        return [Reviewer(**{**r, "agreed": bool(r["agreed"])}) for r in rows]

    def meetings(self, case_id: int) -> list[Meeting]:
        rows = self._store.query("select * from evidence_meetings where case_id = ? order by held_on, id", [case_id])
        return [Meeting(**r) for r in rows]

    def actions(self, case_id: int) -> list[ActionItem]:
        rows = self._store.query(f"select {_ACTION} from evidence_actions where case_id = ? order by due_on, id", [case_id])
        return [ActionItem(**r) for r in rows]

    def engagement_actions(self, engagement_id: int) -> list[tuple[str, ActionItem]]:
        """Every action item of the engagement with its case title, soonest due first."""
        rows = self._store.query(
            f"select c.title as case_title, {', '.join('a.' + c.strip() for c in _ACTION.split(','))} "
            "from evidence_actions a join dispute_cases c on c.id = a.case_id "
            "where c.engagement_id = ? order by a.due_on = '', a.due_on, a.id",
            [engagement_id],
        )
        return [(r.pop("case_title"), ActionItem(**r)) for r in rows]

    # -- helpers for ops and history ---------------------------------------------------------------
    def engagement_for(self, table: str, values: dict[str, Any]) -> int | None:
        """The engagement a row belongs to (for history entries), from the row's own values."""
        if table == "dispute_cases":
            engagement_id: int | None = values.get("engagement_id")
            return engagement_id
        if table == "evidence_attachments":
            return self._store.scalar_id(
                "select c.engagement_id from evidence_items i join dispute_cases c on c.id = i.case_id where i.id = ?",
                [values.get("item_id")],
            )
        return self._store.scalar_id("select engagement_id from dispute_cases where id = ?", [values.get("case_id")])

    def sha_references(self, sha256: str) -> int:
        return int(self._store.scalar("select count(*) from evidence_attachments where sha256 = ?", [sha256]))

    # -- integrity -------------------------------------------------------------------------------
    def attachment_rows(self, case_id: int | None = None) -> list[dict[str, Any]]:
        sql = (
            "select a.id, a.sha256, a.name, i.id as item_id, i.title as item_title, c.id as case_id, "
            "c.title as case_title from evidence_attachments a join evidence_items i on i.id = a.item_id "
            "join dispute_cases c on c.id = i.case_id"
        )
        if case_id is not None:
            return self._store.query(sql + " where c.id = ? order by a.id", [case_id])
        return self._store.query(sql + " order by c.id, i.id, a.id")

    def verify(self, case_id: int | None = None, cancelled: Callable[[], bool] | None = None) -> dict[int, str]:
        """Re-hash every attached file once (shared content is hashed once): attachment id → status."""
        status_of_sha: dict[str, str] = {}
        result: dict[int, str] = {}
        for row in self.attachment_rows(case_id):
            sha = row["sha256"]
            if sha not in status_of_sha:
                status_of_sha[sha] = self.files.verify(sha, cancelled)
            result[row["id"]] = status_of_sha[sha]
        return result


def check_evidence(workspace: Any) -> list[tuple[str, str]]:
    """For `consultdesk check`: every attached file still exists and still has its recorded SHA-256."""
    repo = workspace.repos.evidence
    rows = {row["id"]: row for row in repo.attachment_rows()}
    problems = []
    for attachment_id, status in repo.verify().items():
        if status == "ok":
            continue
        row = rows[attachment_id]
        what = "has been changed since it was attached" if status == "changed" else "is missing from the attachments store"
        problems.append((
            f"file_{status}",
            f"Evidence file “{row['name']}” (SHA-256 {row['sha256']}) of item “{row['item_title']}” "
            f"in case “{row['case_title']}” {what}.",
        ))
    return problems
