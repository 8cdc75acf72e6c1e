"""Run a multi-statement DDL script inside the caller's transaction.

sqlite3's executescript() COMMITs first, which would break a migration's transaction; this splits the
script with sqlite3.complete_statement (trigger bodies with inner semicolons stay whole).
"""

from __future__ import annotations

import sqlite3
from typing import Any


def run_script(db: Any, script: str) -> None:
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            if statement and statement != ";":
                db.execute(statement)
            pending = ""
    if pending.strip() and pending.strip().strip(";").strip():
        raise ValueError(f"Incomplete SQL statement at end of script: {pending[:80]!r}")
