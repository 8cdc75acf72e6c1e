"""One SQLite connection with the pragmas a file people cannot afford to lose needs."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from sqlite_utils import Migrations

APPLICATION_ID = 0x43444B31  # "CDK1": marks the file as ConsultDesk's
BUSY_TIMEOUT_MS = 5000


def _import_sqlite_utils() -> ModuleType:
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


def new_migrations(name: str) -> Migrations:
    """A named set of sqlite_utils migrations, imported the fast way."""
    migrations: Migrations = _import_sqlite_utils().Migrations(name)
    return migrations


def open_connection(path: Path) -> sqlite3.Connection:
    """Open the DB with foreign keys on and synchronous=FULL (a file people cannot afford to lose)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    apply_connection_pragmas(conn)
    return conn


def wrap(conn: sqlite3.Connection) -> Any:
    """A sqlite_utils.Database on an open connection (sharing its transactions)."""
    return _import_sqlite_utils().Database(conn, execute_plugins=False)


def connect(path: Path) -> Any:
    """open_connection() wrapped in a sqlite_utils.Database."""
    return wrap(open_connection(path))


def apply_connection_pragmas(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")


class Store:
    """The open database of a workspace; repos get their connection here.

    Reads go straight to the sqlite3 connection; the sqlite_utils view of it (`db`, used for writes
    and migrations) is made on first use, because importing sqlite_utils costs ~70 ms of start-up.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: Any = None
        self._depth = 0
        # Run with the connection at the end of every outermost transaction, before it commits
        # (derived data kept in step in the same transaction: the search index).
        self.before_commit: list[Any] = []

    @property
    def db(self) -> Any:
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All writes of one operation commit together or not at all (nested calls become savepoints)."""
        outermost = self._depth == 0
        self._depth += 1
        try:
            with self.db.atomic():
                yield self.db
                if outermost:
                    for hook in self.before_commit:
                        hook(self.conn)
        finally:
            self._depth -= 1

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def scalar_id(self, sql: str, params: Any = ()) -> int | None:
        """The id the query selects (None: no row, or NULL)."""
        value = self.scalar(sql, params)
        return None if value is None else int(value)

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()
