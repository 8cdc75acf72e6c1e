"""The append-only history table; triggers refuse UPDATE and DELETE."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.history")


@migrations(name="001_history")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            engagement_id INTEGER,
            action TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old TEXT NOT NULL DEFAULT '',
            new TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX history_entity ON history(entity, entity_id);
        CREATE INDEX history_engagement ON history(engagement_id);
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        """,
    )
