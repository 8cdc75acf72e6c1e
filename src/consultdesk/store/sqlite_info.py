"""What the SQLite library in use can do: the workspace search needs FTS5 with the trigram tokenizer.

A desktop bundle carries whichever SQLite its Python was built with, so its smoke test asks here.
"""

from __future__ import annotations

import sqlite3


def has_fts5_trigram() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("create virtual table probe using fts5(text, tokenize='trigram')")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def describe() -> str:
    return f"SQLite {sqlite3.sqlite_version}, " + ("FTS5 trigram" if has_fts5_trigram() else "no FTS5 trigram")
