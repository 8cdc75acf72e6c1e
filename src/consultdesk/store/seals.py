"""Fingerprints of every signed or evidential record, written into the history chain at each change.

Every write of a protected row (insert, update, delete, restore) appends a "seal" entry holding the
SHA-256 of the row's canonical content, in the same transaction; a delete appends "seal_delete". The
check then knows, for every record the history ever saw, whether it must still exist and what it must
contain — so a row deleted, inserted or edited in SQL behind the app's back no longer goes unnoticed.
The writers are RowStore (every generic command) and BaselinesRepo's two inserts, so no op can forget.
"""

from __future__ import annotations

import hashlib
from typing import Any

from consultdesk.domain.history import canonical

# table -> what the record is called in a sentence (and the column that names it, if any)
PROTECTED: dict[str, tuple[str, str]] = {
    "baselines": ("Baseline", "version"),
    "signoffs": ("Sign-off", "signer"),
    "dispute_cases": ("Dispute case", "title"),
    "evidence_items": ("Evidence item", "title"),
    "evidence_attachments": ("Attachment", "name"),
    "change_requests": ("Change request", "code"),
    "evidence_meetings": ("Meeting", "held_on"),
}
SEAL, SEAL_DELETE = "seal", "seal_delete"


def digest(row: dict[str, Any], columns: list[str] | None = None) -> str:
    """SHA-256 of the row's canonical JSON, over *columns* (default: all of them)."""
    if columns is not None:
        row = {name: row[name] for name in columns if name in row}
    return hashlib.sha256(canonical(row).encode("utf-8")).hexdigest()


def _row(store: Any, table: str, row_id: int) -> dict[str, Any] | None:
    rows = store.query(f"select * from [{table}] where id = ?", [row_id])
    return rows[0] if rows else None


def seal(store: Any, table: str, row_id: int) -> None:
    """Record the row's current content (call after writing it, inside the same transaction)."""
    if table not in PROTECTED:
        return
    row = _row(store, table, row_id)
    if row is not None:
        # The sealed columns are recorded with the digest, so a column a later release adds to the table
        # does not make every existing record read as altered; the next write seals it too.
        _history(store).append(table, row_id, SEAL, field="sha256", old=",".join(sorted(row)), new=digest(row))


def seal_deleted(store: Any, table: str, row: dict[str, Any]) -> None:
    if table in PROTECTED:
        _history(store).append(table, row["id"], SEAL_DELETE, field="sha256", old=digest(row))


def seal_all(store: Any) -> int:
    """Seal every protected row as it stands (adopting a workspace written before seals existed)."""
    count = 0
    for table in PROTECTED:
        for (row_id,) in store.conn.execute(f"select id from [{table}] order by id").fetchall():
            seal(store, table, row_id)
            count += 1
    return count


def intact(store: Any, table: str) -> set[int]:
    """Ids of the table's rows that still match their last seal (a migration reseals only these, so a
    row altered behind the app's back stays reported)."""
    last = _last_seals(store, table)
    return {
        row["id"] for row in store.query(f"select * from [{table}]")
        if (recorded := last.get(row["id"])) is not None and recorded[0] == SEAL
        and digest(row, recorded[2].split(",")) == recorded[1]
    }


def _last_seals(store: Any, table: str) -> dict[int, tuple[str, str, str]]:
    """id -> (action, digest, sealed columns) of the last seal entry of each of the table's records."""
    last: dict[int, tuple[str, str, str]] = {}
    for entity_id, action, old, new in store.conn.execute(
        "select entity_id, action, old, new from history where entity = ? and action in (?, ?) order by id",
        [table, SEAL, SEAL_DELETE],
    ).fetchall():
        last[entity_id] = (action, new if action == SEAL else old, old if action == SEAL else "")
    return last


def _history(store: Any) -> Any:
    from consultdesk.store.history_repo import HistoryRepo

    return HistoryRepo(store)


def _name(table: str, row_id: int, row: dict[str, Any] | None) -> str:
    label, column = PROTECTED[table]
    if row is not None and row.get(column) not in (None, ""):
        shown = f"v{row[column]}" if column == "version" else f"“{row[column]}”"
        return f"{label} {shown} (id {row_id})"
    return f"{label} id {row_id}"


def verify_seals(store: Any) -> list[tuple[str, str]]:
    """(kind, sentence) for each protected record that differs from what the history last recorded."""
    problems: list[tuple[str, str]] = []
    for table in PROTECTED:
        last = _last_seals(store, table)
        present = {r["id"]: r for r in store.query(f"select * from [{table}] order by id")}
        for row_id, row in present.items():
            recorded = last.get(row_id)
            name = _name(table, row_id, row)
            if recorded is None:
                problems.append(("record_unrecorded", f"{name} is not recorded in the history: it was added outside "
                                 "ConsultDesk."))
            elif recorded[0] == SEAL_DELETE:
                problems.append(("record_unrecorded", f"{name} exists although the history records its deletion: it "
                                 "was put back outside ConsultDesk."))
            elif digest(row, recorded[2].split(",")) != recorded[1]:
                problems.append(("record_altered", f"{name} has been altered outside ConsultDesk: its content no "
                                 "longer matches the fingerprint the history recorded."))
        for row_id, (action, _sha, _columns) in last.items():
            if action == SEAL and row_id not in present:
                problems.append(("record_missing", f"{_name(table, row_id, None)} is missing: the history records it, "
                                 "but it was deleted outside ConsultDesk."))
    return problems


def check_records(workspace: Any) -> list[tuple[str, str]]:
    """For `consultdesk check`: every protected record against the fingerprint the history holds."""
    return verify_seals(workspace.store)
