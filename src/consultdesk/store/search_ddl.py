"""The search index's SQL, generated from the registry (store/search_registry.py).

search_docs holds one row per searchable record: its kind, its engagement (or client), and its text
folded for comparison. search_fts is an FTS5 trigram index over search_docs.body (external content, so
the text is stored once). Triggers on every source table keep search_docs exact inside the writer's own
transaction — undo, redo, import, archive and a plain sqlite3 session included; a trigger on
search_docs folds the new row (replace() chains built from domain.text_fold.WIDTH_PAIRS) and adds it to
search_fts. The folding is pure SQL: no application function is needed to write to the database.
"""

from __future__ import annotations

import hashlib
from typing import Any

from consultdesk.domain.text_fold import WIDTH_PAIRS
from consultdesk.store.search_registry import ROWID_BASE, SOURCES, SearchSource

TRIGGER_PREFIX = "search_src_"
FINGERPRINT_KEY = "fingerprint"

INDEX_TABLES = """
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,      -- source number * 10^12 + the record's id (search_registry)
    kind TEXT NOT NULL,
    engagement_id INTEGER,       -- the owning engagement (its client is read through it) ...
    client_id INTEGER,           -- ... or, for clients and contacts, the owning client
    body TEXT NOT NULL           -- every text column, width-folded, one per line
);
CREATE INDEX search_docs_engagement ON search_docs(engagement_id);
CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_docs', content_rowid='id', tokenize='trigram');
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# SQLite's parser refuses a replace() chain much deeper than ~30, so the folding runs as a few UPDATEs
# of the new search_docs row, each a chain of at most _CHUNK replacements.
_CHUNK = 24


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fold_steps(column: str = "body") -> list[str]:
    """SQL expressions that, applied one after the other to *column*, compute
    domain.text_fold.fold_width (sequential replacement equals the simultaneous table: no replacement's
    output contains a character another one replaces)."""
    steps = []
    for start in range(0, len(WIDTH_PAIRS), _CHUNK):
        expression = column
        for wide, narrow in WIDTH_PAIRS[start:start + _CHUNK]:
            expression = f"replace({expression}, {_literal(wide)}, {_literal(narrow)})"
        steps.append(expression)
    return steps


def _docs_triggers() -> dict[str, str]:
    folds = "\n".join(f"  UPDATE search_docs SET body = {step} WHERE id = NEW.id;" for step in fold_steps())
    return {
        "search_docs_ai": f"""CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
{folds}
  INSERT INTO search_fts(rowid, body) SELECT id, body FROM search_docs WHERE id = NEW.id;
END""",
        "search_docs_ad": """CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END""",
    }


def raw_body_sql(source: SearchSource, row: str) -> str:
    """Every text column of the record, one per line, as typed (search_docs_ai folds it)."""
    return " || char(10) || ".join(f'coalesce({row}."{column}", \'\')' for column in source.columns)


def _values(source: SearchSource, row: str) -> str:
    engagement = source.engagement.format(row=row) if source.engagement else "NULL"
    client = source.client.format(row=row) if source.client else "NULL"
    return (f"{row}.id + {source.no * ROWID_BASE}, {_literal(source.kind)}, {engagement}, {client}, "
            f"{raw_body_sql(source, row)}")


_INSERT = "INSERT INTO search_docs(id, kind, engagement_id, client_id, body)"


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
    """SELECT of the rows *source* gives search_docs before folding (id, kind, engagement_id, client_id,
    raw body)."""
    return f"SELECT {_values(source, 'r')} FROM {source.table} AS r"


def existing_tables(conn: Any) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def active_sources(tables: set[str]) -> list[SearchSource]:
    """The registry's sources whose table this workspace has (a table another area adds later is picked
    up when it appears)."""
    return [source for source in SOURCES if source.table in tables]


def expected_triggers(tables: set[str]) -> dict[str, str]:
    triggers = _docs_triggers()
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


def rebuild(conn: Any) -> int:
    """Re-create every search trigger and refill the index from the records; returns the rows indexed.
    Runs inside the caller's transaction (a savepoint), so a failure leaves the old index untouched."""
    tables = existing_tables(conn)
    conn.execute("SAVEPOINT search_rebuild")
    try:
        for name in installed_triggers(conn):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DELETE FROM search_docs")
        for source in active_sources(tables):
            conn.execute(f"{_INSERT} {expected_rows_sql(source)}")
        for step in fold_steps():
            conn.execute(f"UPDATE search_docs SET body = {step}")
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
