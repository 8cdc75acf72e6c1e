"""Baselines (frozen, signed specification content), sign-off records and change requests.

Baselines and sign-offs are immutable: triggers refuse UPDATE and DELETE. The only DELETE allowed is the
cascade when the whole engagement is removed (the parent row is already gone when the trigger fires),
so deleting a client still works. `consultdesk check` recomputes the hashes, catching edits made with
the triggers dropped.
"""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.baselines")


@migrations(name="001_baselines")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE baselines (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version >= 1),
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            -- JSON list of {"id", "code", "title"} of the approved change requests this version contains
            change_requests TEXT NOT NULL DEFAULT '[]',
            UNIQUE (engagement_id, version)
        );
        CREATE TABLE signoffs (
            id INTEGER PRIMARY KEY,
            baseline_id INTEGER NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
            signer TEXT NOT NULL CHECK (length(trim(signer)) > 0),
            side TEXT NOT NULL CHECK (side IN ('client', 'us')),
            meaning TEXT NOT NULL CHECK (meaning IN ('approved', 'reviewed', 'authored')),
            signed_at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX signoffs_baseline ON signoffs(baseline_id);

        CREATE TRIGGER baselines_no_update BEFORE UPDATE ON baselines
        BEGIN SELECT RAISE(ABORT, 'baselines are immutable'); END;
        CREATE TRIGGER baselines_no_delete BEFORE DELETE ON baselines
        WHEN EXISTS (SELECT 1 FROM engagements WHERE id = OLD.engagement_id)
        BEGIN SELECT RAISE(ABORT, 'baselines are immutable'); END;
        CREATE TRIGGER signoffs_no_update BEFORE UPDATE ON signoffs
        BEGIN SELECT RAISE(ABORT, 'sign-offs are immutable'); END;
        CREATE TRIGGER signoffs_no_delete BEFORE DELETE ON signoffs
        WHEN EXISTS (SELECT 1 FROM baselines WHERE id = OLD.baseline_id)
        BEGIN SELECT RAISE(ABORT, 'sign-offs are immutable'); END;

        CREATE TABLE change_requests (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            code TEXT NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            requested_by TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT 'small' CHECK (scope IN ('small', 'large')),
            impact_schedule TEXT NOT NULL DEFAULT '',
            impact_cost TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN
                ('submitted', 'assessing', 'approved', 'rejected', 'implemented')),
            submitted_at TEXT NOT NULL,
            meeting_held INTEGER NOT NULL DEFAULT 0 CHECK (meeting_held IN (0, 1)),
            written_confirmation TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            decision_note TEXT NOT NULL DEFAULT '',
            UNIQUE (engagement_id, code),
            UNIQUE (engagement_id, seq)
        );
        CREATE INDEX change_requests_engagement ON change_requests(engagement_id, seq);
        CREATE TABLE change_request_requirements (
            id INTEGER PRIMARY KEY,
            change_request_id INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
            -- NULL: "new requirement". Deliberately no foreign key: deleting a requirement keeps the link
            -- (reported as "deleted"), and undoing the delete restores the same id, so the link resolves again.
            requirement_id INTEGER,
            requirement_code TEXT NOT NULL DEFAULT '',
            requirement_title TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX crr_change_request ON change_request_requirements(change_request_id);
        CREATE INDEX crr_requirement ON change_request_requirements(requirement_id);
        """,
    )
