"""Editable specification sections, one row per engagement and section key."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.specs")


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


@migrations(name="002_more_sections_and_samples")
def _more_sections(db: Any) -> None:
    """Scope, assumptions and glossary sections (the key CHECK widens: SQLite rebuilds the table), and
    UI samples: pictures stored as workspace attachments, placed in a section with a caption."""
    run_script(
        db,
        """
        CREATE TABLE spec_sections_v2 (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            key TEXT NOT NULL CHECK (key IN
                ('background','goals','delivery_standards','acceptance_procedure','change_rules',
                 'scope_in','scope_out','assumptions','glossary')),
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (engagement_id, key)
        );
        INSERT INTO spec_sections_v2 (id, engagement_id, key, text)
            SELECT id, engagement_id, key, text FROM spec_sections;
        DROP TABLE spec_sections;
        ALTER TABLE spec_sections_v2 RENAME TO spec_sections;
        CREATE TABLE spec_samples (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            seq INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX spec_samples_engagement ON spec_samples(engagement_id, section, seq);
        """,
    )
