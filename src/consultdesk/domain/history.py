"""The append-only, hash-chained audit history (evidence cases, sign-offs, change decisions).

Each entry's hash covers its own canonical content and the previous entry's hash, so editing or
deleting any entry breaks the chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class HistoryEntry:
    id: int | None
    at: str  # UTC ISO-8601
    entity: str  # e.g. "dispute_case", "evidence_item", "baseline", "change_request"
    entity_id: int | None
    engagement_id: int | None
    action: str  # "create" | "update" | "delete" | "sign" | "decide" | "undo" | ...
    field: str = ""
    old: str = ""
    new: str = ""
    prev_hash: str = GENESIS
    hash: str = ""
    # HMAC-SHA256 of `hash` with the installation key `key_id` (empty on entries older than the keying):
    # the public hash shows the chain is consistent; the MAC shows who could have written it.
    key_id: str = ""
    mac: str = ""


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(entry: HistoryEntry, prev_hash: str) -> str:
    payload = canonical(
        {
            "at": entry.at,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "engagement_id": entry.engagement_id,
            "action": entry.action,
            "field": entry.field,
            "old": entry.old,
            "new": entry.new,
            "prev": prev_hash,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def verify_chain(entries: list[HistoryEntry]) -> list[str]:
    """Problems in id order: a changed entry, a missing entry, or a broken link."""
    problems = []
    prev = GENESIS
    expected_id = None
    for entry in entries:
        if expected_id is not None and entry.id is not None and entry.id != expected_id:
            problems.append(f"History entries {expected_id}–{entry.id - 1} are missing (deleted).")
        if entry.prev_hash != prev:
            problems.append(f"History entry {entry.id} does not follow the entry before it (chain broken).")
        if entry_hash(entry, entry.prev_hash) != entry.hash:
            problems.append(f"History entry {entry.id} ({entry.entity} {entry.action}) was altered.")
        prev = entry.hash
        expected_id = (entry.id or 0) + 1
    return problems
