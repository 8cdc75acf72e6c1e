"""Requirements of an engagement (codes REQ-001… assigned per engagement in creation/import order)."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.requirements")


@migrations(name="001_requirements")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE requirements (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            code TEXT NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            goal TEXT NOT NULL DEFAULT '',
            current_state TEXT NOT NULL DEFAULT '',
            success_criteria TEXT NOT NULL DEFAULT '',
            time_resources TEXT NOT NULL DEFAULT '',
            risks TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT 'business' CHECK (type IN ('business','experience','strategic','technical')),
            why TEXT NOT NULL DEFAULT '',
            what TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            "when" TEXT NOT NULL DEFAULT '',
            "where" TEXT NOT NULL DEFAULT '',
            how TEXT NOT NULL DEFAULT '',
            value INTEGER NOT NULL DEFAULT 3 CHECK (value BETWEEN 1 AND 5),
            urgency INTEGER NOT NULL DEFAULT 3 CHECK (urgency BETWEEN 1 AND 5),
            cost INTEGER CHECK (cost IS NULL OR cost BETWEEN 1 AND 5),
            status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN
                ('proposed','to_confirm','confirmed','rejected','in_progress','done')),
            is_core INTEGER NOT NULL DEFAULT 1 CHECK (is_core IN (0, 1)),
            source TEXT NOT NULL DEFAULT '',
            source_interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
            acceptance TEXT NOT NULL DEFAULT '',
            tag TEXT NOT NULL DEFAULT '',
            UNIQUE (engagement_id, code),
            UNIQUE (engagement_id, seq)
        );
        CREATE INDEX requirements_engagement ON requirements(engagement_id, seq);
        """,
    )


@migrations(name="002_notes")
def _notes(db: Any) -> None:
    # Remarks column of the intake sheets (备注) and the reasons written beside scores; empty for old rows.
    run_script(db, "ALTER TABLE requirements ADD COLUMN notes TEXT NOT NULL DEFAULT '';")
