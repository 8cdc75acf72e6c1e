"""`check` of the schema's protections: every trigger this release creates exists with its exact SQL.

The expected SQL comes from running this release's migrations on an empty in-memory database, so the
comparison can never drift from the migrations themselves. A dropped, altered or foreign trigger is
reported: a trigger added behind the app's back could rewrite rows as they are written.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from typing import Any


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _triggers(conn: Any) -> dict[str, str]:
    rows = conn.execute("select name, sql from sqlite_master where type = 'trigger'").fetchall()
    return {name: _normal(sql) for name, sql in rows}


@cache
def expected_triggers() -> dict[str, str]:
    from consultdesk.store import schema
    from consultdesk.store.database import apply_connection_pragmas, wrap

    conn = sqlite3.connect(":memory:")
    try:
        apply_connection_pragmas(conn)
        schema.apply_all(wrap(conn))
        return _triggers(conn)
    finally:
        conn.close()


def check_protections(workspace: Any) -> list[tuple[str, str]]:
    actual = _triggers(workspace.store.conn)
    problems = []
    for name, sql in expected_triggers().items():
        if name not in actual:
            problems.append(("protection_missing", f"The protective trigger {name} has been removed from the "
                             "database: the rows it guards could be changed without notice."))
        elif actual[name] != sql:
            problems.append(("protection_altered", f"The protective trigger {name} has been altered: it no longer "
                             "reads as this version of ConsultDesk created it."))
    for name in sorted(set(actual) - set(expected_triggers())):
        problems.append(("protection_foreign", f"The database holds a trigger {name} that ConsultDesk did not "
                         "create: it could change rows as they are written."))
    return problems
