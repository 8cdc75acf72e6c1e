"""The search index's SQL, generated from the registry (store/search_registry.py).

search_docs holds one row per searchable record: its kind, its engagement (or client) and its text
folded for comparison (`folded`, domain.text_fold.fold: NFKC and casefold). Triggers on every source table
keep it exact inside the writer's own transaction — undo, redo, import, archive
and a plain sqlite3 session included. They are plain SQL: no application function is needed to write
to the database.

search_fts is an FTS5 trigram index over search_docs.folded (external content: the text is stored
once; detail=none: no positions, a third of the size). It is brought in step by flush_pending(), which
Store.transaction runs before every commit, so the index is written in the record's own transaction:
it folds the new rows (their `typed` text) in Python and indexes them. Indexing from the triggers
themselves would cost ~3x per row (FTS5 flushes its pending terms at every statement savepoint, which
a statement with triggers opens), and plain SQL cannot do NFKC or case folding beyond ASCII. A new row waits
with `folded` NULL; a deleted row that was indexed leaves what the index holds in search_dirty. Queries
compare waiting rows in Python, so results are right even before a flush (after a session
without ConsultDesk's code; the next open flushes them).
"""

from __future__ import annotations

import hashlib
from typing import Any

from consultdesk.domain.text_fold import fold
from consultdesk.store.search_registry import ROWID_BASE, SOURCES, SearchSource

TRIGGER_PREFIX = "search_src_"
FINGERPRINT_KEY = "fingerprint"

INDEX_TABLES = """
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,      -- source number * 10^12 + the record's id (search_registry)
    kind TEXT NOT NULL,
    engagement_id INTEGER,       -- the owning engagement (its client is read through it) ...
    client_id INTEGER,           -- ... or, for clients and contacts, the owning client
    typed TEXT,                  -- every text column as typed, one per line; NULL once flushed ...
    folded TEXT                  -- ... into this: the same text folded (domain.text_fold.fold), as
                                 -- search_fts indexed it; NULL until flushed
);
CREATE INDEX search_docs_engagement ON search_docs(engagement_id);
CREATE INDEX search_docs_waiting ON search_docs(id) WHERE folded IS NULL;
-- Indexed documents deleted since the last flush, with what search_fts holds for them.
CREATE TABLE search_dirty (id INTEGER PRIMARY KEY, indexed_body TEXT NOT NULL);
CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_docs', content_rowid='id',
    tokenize='trigram', detail=none);
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_DOCS_TRIGGERS = {
    "search_docs_ad": """CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs WHEN OLD.folded IS NOT NULL BEGIN
  INSERT OR IGNORE INTO search_dirty(id, indexed_body) VALUES (OLD.id, OLD.folded);
END""",
}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def raw_body_sql(source: SearchSource, row: str) -> str:
    """Every text column of the record, one per line, as typed."""
    return " || char(10) || ".join(f'coalesce({row}."{column}", \'\')' for column in source.columns)


def _values(source: SearchSource, row: str) -> str:
    engagement = source.engagement.format(row=row) if source.engagement else "NULL"
    client = source.client.format(row=row) if source.client else "NULL"
    return (f"{row}.id + {source.no * ROWID_BASE}, {_literal(source.kind)}, {engagement}, {client}, "
            f"{raw_body_sql(source, row)}")


_INSERT = "INSERT INTO search_docs(id, kind, engagement_id, client_id, typed)"


def source_triggers(source: SearchSource) -> dict[str, str]:
    """name -> CREATE TRIGGER statement, for one source table."""
    name, table, key = f"{TRIGGER_PREFIX}{source.table}", source.table, source.no * ROWID_BASE
    watched = ", ".join(f'"{c}"' for c in dict.fromkeys((*source.columns, *source.watch)))
    return {
        f"{name}_ai": f"""CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN
  {_INSERT} SELECT {_values(source, "NEW")};
END""",
        f"{name}_au": f"""CREATE TRIGGER {name}_au AFTER UPDATE OF {watched} ON {table} BEGIN
  DELETE FROM search_docs WHERE id = OLD.id + {key};
  {_INSERT} SELECT {_values(source, "NEW")};
END""",
        f"{name}_ad": f"""CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN
  DELETE FROM search_docs WHERE id = OLD.id + {key};
END""",
    }


def expected_rows_sql(source: SearchSource) -> str:
    """SELECT of the rows *source* gives search_docs (id, kind, engagement_id, client_id, body)."""
    return f"SELECT {_values(source, 'r')} FROM {source.table} AS r"


def existing_tables(conn: Any) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def active_sources(tables: set[str]) -> list[SearchSource]:
    """The registry's sources whose table this workspace has (a table another area adds later is picked
    up when it appears)."""
    return [source for source in SOURCES if source.table in tables]


def expected_triggers(tables: set[str]) -> dict[str, str]:
    triggers = dict(_DOCS_TRIGGERS)
    for source in active_sources(tables):
        triggers.update(source_triggers(source))
    return triggers


def fingerprint(tables: set[str]) -> str:
    text = "\n".join(f"{name}\n{sql}" for name, sql in sorted(expected_triggers(tables).items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def installed_triggers(conn: Any) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
        "(name LIKE 'search\\_src\\_%' ESCAPE '\\' OR name LIKE 'search\\_docs\\_%' ESCAPE '\\')"
    )
    return {name: sql for name, sql in rows}


def is_current(conn: Any) -> bool:
    """Cheap: do the installed triggers match this release's registry? (two small queries)"""
    tables = existing_tables(conn)
    if "search_meta" not in tables:
        return True  # the search migration has not run yet; nothing to keep in step
    row = conn.execute("SELECT value FROM search_meta WHERE key = ?", [FINGERPRINT_KEY]).fetchone()
    return row is not None and row[0] == fingerprint(tables)


def has_waiting(conn: Any) -> bool:
    """Rows not yet in search_fts (new ones, or deleted ones still in it)?"""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM search_docs WHERE folded IS NULL) "
                             "OR EXISTS (SELECT 1 FROM search_dirty)").fetchone()[0])


def _fold_waiting(conn: Any) -> list[tuple[int, str]]:
    # The typed text is dropped once folded: search_docs would otherwise hold every text twice.
    folded = [(i, fold(typed)) for i, typed in conn.execute("SELECT id, typed FROM search_docs WHERE folded IS NULL")]
    conn.executemany("UPDATE search_docs SET folded = ?, typed = NULL WHERE id = ?", [(text, i) for i, text in folded])
    return folded


def flush_pending(conn: Any) -> int:
    """Bring search_fts in step with search_docs (inside the caller's transaction); returns how many
    documents it indexed. Cheap when nothing waits: two indexed lookups."""
    if not has_waiting(conn):
        return 0
    conn.execute("INSERT INTO search_fts(search_fts, rowid, folded) "
                 "SELECT 'delete', id, indexed_body FROM search_dirty")
    conn.execute("DELETE FROM search_dirty")
    folded = _fold_waiting(conn)
    conn.executemany("INSERT INTO search_fts(rowid, folded) VALUES (?, ?)", folded)
    return len(folded)


def rebuild(conn: Any) -> int:
    """Re-create every search trigger and refill the index from the records; returns the rows indexed.
    Runs inside the caller's transaction (a savepoint), so a failure leaves the old index untouched."""
    tables = existing_tables(conn)
    conn.execute("SAVEPOINT search_rebuild")
    try:
        for name in installed_triggers(conn):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DELETE FROM search_docs")
        conn.execute("DELETE FROM search_dirty")
        for source in active_sources(tables):
            conn.execute(f"{_INSERT} {expected_rows_sql(source)}")
        _fold_waiting(conn)
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for sql in expected_triggers(tables).values():
            conn.execute(sql)
        conn.execute("INSERT OR REPLACE INTO search_meta(key, value) VALUES (?, ?)",
                     [FINGERPRINT_KEY, fingerprint(tables)])
        count = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    except BaseException:
        conn.execute("ROLLBACK TO search_rebuild")
        conn.execute("RELEASE search_rebuild")
        raise
    conn.execute("RELEASE search_rebuild")
    return int(count)
