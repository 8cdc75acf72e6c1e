"""Editable specification sections, one row per engagement and section key."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import _import_sqlite_utils
from consultdesk.store.ddl import run_script

migrations = _import_sqlite_utils().Migrations("consultdesk.specs")


@migrations(name="001_spec_sections")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE spec_sections (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            key TEXT NOT NULL CHECK (key IN
                ('background','goals','delivery_standards','acceptance_procedure','change_rules')),
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (engagement_id, key)
        );
        """,
    )
