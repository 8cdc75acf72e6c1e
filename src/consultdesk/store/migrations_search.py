"""The workspace search index (search_docs + the FTS5 trigram index search_fts), built for the
records a workspace already has. Its triggers come from the registry (store/search_ddl.py); when the
registry or the set of tables changes, search_sync.ensure_current rebuilds them on the next open."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script
from consultdesk.store.search_ddl import INDEX_TABLES, rebuild

migrations = new_migrations("consultdesk.search")


@migrations(name="001_search_index")
def _create(db: Any) -> None:
    run_script(db, INDEX_TABLES)
    rebuild(db.conn)
