"""The chain head written with every backup: a sidecar file beside it and the issued-heads record."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from consultdesk.store import keyring

SIDECAR_SUFFIX = ".head.json"


def read_head(conn: Any) -> tuple[str, int, str] | None:
    """(workspace id, entry id, hash) of a database's history, or None (empty, or an older schema)."""
    try:
        uuid = conn.execute("select workspace_uuid from chain_head where id = 1").fetchone()
        last = conn.execute("select id, hash from history order by id desc limit 1").fetchone()
    except sqlite3.Error:
        return None
    if not uuid or not last:
        return None
    return str(uuid[0]), int(last[0]), str(last[1])


def anchor_backup(conn: Any, backup: Path) -> tuple[int, str] | None:
    head = read_head(conn)
    if head is None:
        return None
    uuid, entry_id, entry_hash = head
    sidecar = backup.with_name(backup.name + SIDECAR_SUFFIX)
    sidecar.write_text(json.dumps({"workspace": uuid, "history_entry": entry_id, "history_hash": entry_hash},
                                  indent=1), encoding="utf-8")
    # The folder the backup belongs to is not known here; the workspace id identifies it.
    keyring.record_issued_head(uuid, Path(""), entry_id, entry_hash, f"the backup {backup.name}")
    return entry_id, entry_hash
