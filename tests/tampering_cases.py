"""Tampering classes, each done with plain sqlite3 (and file writes) on a closed workspace, the way
someone holding a copy of the folder could; shared by tests/test_tampering.py and bench/tampering_figures.py.

Each case returns the problem kinds `check` must report for it. Protective triggers an attack needs out of
the way are dropped and then put back exactly as they were, so a case is not caught merely by the trigger
check (that has a case of its own).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import stat
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from consultdesk.domain.baseline import content_hash
from consultdesk.domain.history import HistoryEntry, entry_hash

DB = "consultdesk.sqlite"


@contextmanager
def raw(root: Path, *drop: str) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(root / DB)
    saved = {name: sql for name, sql in conn.execute("select name, sql from sqlite_master where type = 'trigger'")
             if name in drop or "*" in drop}
    for name in saved:
        conn.execute(f"drop trigger {name}")
    try:
        yield conn
        if "*" not in drop:
            for sql in saved.values():
                conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _entries(conn: sqlite3.Connection) -> list[HistoryEntry]:
    conn.row_factory = sqlite3.Row
    rows = [HistoryEntry(**dict(r)) for r in conn.execute("select * from history order by id")]
    conn.row_factory = None
    return rows


def _append_unkeyed(conn: sqlite3.Connection, entity: str, entity_id: int, action: str, field: str = "",
                    old: str = "", new: str = "") -> HistoryEntry:
    """What a forger without the key can do: a perfectly chained entry with a made-up signature."""
    last = _entries(conn)[-1]
    entry = HistoryEntry(None, "2026-01-01T00:00:00.000000+00:00", entity, entity_id, None, action, field, old, new,
                         last.hash)
    entry = replace(entry, hash=entry_hash(entry, last.hash), key_id=last.key_id, mac=secrets.token_hex(32))
    cur = conn.execute("insert into history (at, entity, entity_id, engagement_id, action, field, old, new, "
                       "prev_hash, hash, key_id, mac) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                       [entry.at, entry.entity, entry.entity_id, entry.engagement_id, entry.action, entry.field,
                        entry.old, entry.new, entry.prev_hash, entry.hash, entry.key_id, entry.mac])
    conn.execute("update chain_head set last_id = ?, last_hash = ?, mac = ?", [cur.lastrowid, entry.hash,
                 secrets.token_hex(32)])
    return entry


def _seal_digest(conn: sqlite3.Connection, table: str, row_id: int) -> str:
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute(f"select * from {table} where id = ?", [row_id]).fetchone())
    conn.row_factory = None
    text = json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


# -- the classes ---------------------------------------------------------------------------------------
def baseline_and_signoff_deleted(root: Path) -> set[str]:
    with raw(root, "baselines_no_delete", "signoffs_no_delete") as c:
        bid = c.execute("select max(id) from baselines").fetchone()[0]
        c.execute("delete from signoffs where baseline_id = ?", [bid])
        c.execute("delete from baselines where id = ?", [bid])
    return {"record_missing"}


def last_history_rows_deleted(root: Path) -> set[str]:
    with raw(root, "history_no_delete") as c:
        c.execute("delete from history where id > (select max(id) - 3 from history)")
    return {"history_truncated"}


def forged_baseline_with_signoff_and_chained_history(root: Path) -> set[str]:
    with raw(root) as c:
        eid, version, content = c.execute(
            "select engagement_id, version, content from baselines order by id desc limit 1").fetchone()
        forged = content.replace("\"title\":\"", "\"title\":\"(forged) ", 1)
        sha = content_hash(forged)
        bid = c.execute("insert into baselines (engagement_id, version, created_at, content, sha256) "
                        "values (?, ?, '2026-01-01T00:00:00+00:00', ?, ?)", [eid, version + 1, forged, sha]).lastrowid
        sid = c.execute("insert into signoffs (baseline_id, signer, side, meaning, signed_at) values "
                        "(?, 'Client CEO', 'client', 'approved', '2026-01-01T00:00:00+00:00')", [bid]).lastrowid
        _append_unkeyed(c, "baseline", bid, "create", "sha256", new=f"v{version + 1} {sha}")
        _append_unkeyed(c, "baselines", bid, "seal", "sha256", new=_seal_digest(c, "baselines", bid))
        _append_unkeyed(c, "signoff", sid, "sign", "approved", new=f"v{version + 1} Client CEO (client)")
        _append_unkeyed(c, "signoffs", sid, "seal", "sha256", new=_seal_digest(c, "signoffs", sid))
    return {"history_forged", "history_head"}


def signoff_backdated(root: Path) -> set[str]:
    with raw(root, "signoffs_no_update") as c:
        c.execute("update signoffs set signed_at = '2020-01-01T09:00:00+00:00' where id = 1")
    return {"record_altered"}


def history_rewritten_with_chain_recomputed(root: Path) -> set[str]:
    with raw(root, "history_no_update") as c:
        entries = _entries(c)
        target = next(e for e in entries if e.entity == "signoff")
        prev = None
        for e in entries:
            if e.id < target.id:
                prev = e.hash
                continue
            changed = replace(e, new=e.new.replace(")", ") [rewritten]", 1)) if e.id == target.id else e
            changed = replace(changed, prev_hash=prev)
            changed = replace(changed, hash=entry_hash(changed, prev))
            c.execute("update history set new = ?, prev_hash = ?, hash = ? where id = ?",
                      [changed.new, changed.prev_hash, changed.hash, e.id])
            prev = changed.hash
        c.execute("update chain_head set last_hash = ?", [prev])
    return {"history_forged", "history_head"}


def every_trigger_dropped(root: Path) -> set[str]:
    with raw(root, "*"):
        pass
    return {"protection_missing"}


def trigger_altered(root: Path) -> set[str]:
    with raw(root, "*") as c:
        c.execute("CREATE TRIGGER history_no_update BEFORE UPDATE ON history WHEN 0 "
                  "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END")
    return {"protection_missing", "protection_altered"}


def attachment_row_pointed_at_another_file(root: Path) -> set[str]:
    with raw(root) as c:
        sha, size = c.execute("select sha256, size from evidence_attachments where id = 2").fetchone()
        c.execute("update evidence_attachments set sha256 = ?, size = ? where id = 1", [sha, size])
    return {"record_altered"}


def file_and_its_hash_rewritten_together(root: Path) -> set[str]:
    data = b"order_id,amount\n1,99\n"
    sha = hashlib.sha256(data).hexdigest()
    (root / "attachments" / sha).write_bytes(data)
    with raw(root) as c:
        old = c.execute("select sha256 from evidence_attachments where id = 1").fetchone()[0]
        c.execute("update evidence_attachments set sha256 = ?, size = ? where id = 1", [sha, len(data)])
    old_path = root / "attachments" / old
    old_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    old_path.unlink()
    return {"record_altered"}


def attached_file_changed_on_disk(root: Path) -> set[str]:
    with raw(root) as c:
        sha = c.execute("select sha256 from evidence_attachments where id = 1").fetchone()[0]
    path = root / "attachments" / sha
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(path.read_bytes() + b"\n9999,1.00\n")
    return {"file_changed"}


def evidence_item_deleted(root: Path) -> set[str]:
    with raw(root) as c:
        c.execute("pragma foreign_keys = on")
        c.execute("delete from evidence_items where id = 3")
    return {"record_missing"}


def chain_head_removed_after_truncation(root: Path) -> set[str]:
    with raw(root, "history_no_delete", "chain_head_no_delete") as c:
        c.execute("delete from history where id > (select max(id) - 2 from history)")
        c.execute("delete from chain_head")
    return {"history_head"}


def unkeyed_row_inserted_outside(root: Path) -> set[str]:
    with raw(root) as c:
        cid = c.execute("select id from dispute_cases limit 1").fetchone()[0]
        item = c.execute("insert into evidence_items (case_id, kind, title, source, captured_at) values "
                         "(?, 'raw_data', 'Planted export', 'planted', '2025-03-01')", [cid]).lastrowid
    return {"record_unrecorded"} if item else set()


def rolled_back_after_a_document_was_issued(root: Path) -> set[str]:
    """A consistent older copy put back after a document carrying a later head was handed out."""
    import shutil

    from consultdesk.cli import main

    older = root.parent / "older-copy.sqlite"
    shutil.copy(root / DB, older)
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(root)
    with ws.store.transaction():
        case_id = ws.store.scalar("select id from dispute_cases order by id limit 1")
        ws.repos.rows.insert("evidence_items", {"case_id": case_id, "kind": "other", "title": "Late note"})
    ws.close()
    out = root.parent / "dossier.docx"
    assert main(["--data-dir", str(root), "export", "dispute", "--client", "Northwind Logistics Ltd",
                 "--engagement", "WMS architecture rework", "--out", str(out)]) == 0
    for suffix in ("-wal", "-shm"):
        (root / (DB + suffix)).unlink(missing_ok=True)
    shutil.copy(older, root / DB)
    return {"history_rewritten"}


def _one_statement(name: str, sql: str, expected: str) -> Callable[[Path], set[str]]:
    """A case that is a single UPDATE on a record the chain fingerprints."""
    def case(root: Path) -> set[str]:
        with raw(root) as c:
            c.execute(sql)
        return {expected}
    case.__name__ = name
    return case


ONE_STATEMENT_EDITS = [_one_statement(name, sql, "record_altered") for name, sql in (
    ("evidence_item_source_edited", "update evidence_items set source = 'client email (edited)' where id = 1"),
    ("evidence_item_capture_time_edited", "update evidence_items set captured_at = '2025-01-01 08:00' where id = 2"),
    ("case_computed_value_edited", "update dispute_cases set computed_value = 1250 where id = 1"),
    ("change_request_decided_by_edited",
     "update change_requests set decided_by = 'Someone else' where decided_by <> '' and id = 1"),
    ("meeting_confirmation_edited", "update evidence_meetings set confirmed_facts = 'Nothing was agreed.' where id = 1"),
)]


CASES: dict[str, Callable[[Path], set[str]]] = {
    f.__name__: f for f in (
        baseline_and_signoff_deleted, last_history_rows_deleted, forged_baseline_with_signoff_and_chained_history,
        signoff_backdated, history_rewritten_with_chain_recomputed, every_trigger_dropped, trigger_altered,
        *ONE_STATEMENT_EDITS, attachment_row_pointed_at_another_file, file_and_its_hash_rewritten_together,
        attached_file_changed_on_disk, evidence_item_deleted,
        chain_head_removed_after_truncation, unkeyed_row_inserted_outside, rolled_back_after_a_document_was_issued,
    )
}
