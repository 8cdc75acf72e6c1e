"""One SQLite connection with the pragmas a file people cannot afford to lose needs."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

APPLICATION_ID = 0x43444B31  # "CDK1": marks the file as ConsultDesk's
BUSY_TIMEOUT_MS = 5000


def _import_sqlite_utils():
    # sqlite_utils imports numpy when present (0.1-0.2 s) only to map numpy column types, which we never
    # insert; hide numpy during that import so the app starts fast. matplotlib imports numpy later as usual.
    if "numpy" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]
    return sqlite_utils


def connect(path: Path) -> Any:
    """Open the DB with foreign keys on, WAL and synchronous=FULL; returns a sqlite_utils.Database."""
    sqlite_utils = _import_sqlite_utils()
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    apply_connection_pragmas(db)
    return db


def apply_connection_pragmas(db: Any) -> None:
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA synchronous=FULL")


class Store:
    """The open database of a workspace; repos get their connection here."""

    def __init__(self, db: Any, path: Path) -> None:
        self.db = db
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All writes of one operation commit together or not at all (nested calls become savepoints)."""
        with self.db.atomic():
            yield self.db

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        return list(self.db.query(sql, params))

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.db.close()
