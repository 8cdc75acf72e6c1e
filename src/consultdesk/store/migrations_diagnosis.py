"""Problem diagnoses: the problem in three layers, fishbone bones and causes, the solution plan."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.diagnosis")


@migrations(name="001_diagnosis")
def _create(db: Any) -> None:
    # solution_tasks.root_cause_id is deliberately not a foreign key: a task keeps pointing at a cause
    # that was deleted, so undoing the delete restores the link too (the generic cascade snapshot would
    # otherwise re-insert the task rows it never deleted). Readers treat a dangling id as "no link".
    run_script(
        db,
        """
        CREATE TABLE diagnoses (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            phenomenon TEXT NOT NULL DEFAULT '',
            impact TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            impact_client TEXT NOT NULL DEFAULT '',
            impact_us TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX diagnoses_engagement ON diagnoses(engagement_id);
        CREATE TABLE diagnosis_bones (
            id INTEGER PRIMARY KEY,
            diagnosis_id INTEGER NOT NULL REFERENCES diagnoses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0)
        );
        CREATE INDEX diagnosis_bones_diagnosis ON diagnosis_bones(diagnosis_id, position);
        CREATE TABLE diagnosis_causes (
            id INTEGER PRIMARY KEY,
            bone_id INTEGER NOT NULL REFERENCES diagnosis_bones(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES diagnosis_causes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            kind TEXT NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'root')),
            verification_method TEXT NOT NULL DEFAULT '',
            verification_result TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified', 'confirmed', 'ruled_out')),
            is_root INTEGER NOT NULL DEFAULT 0 CHECK (is_root IN (0, 1)),
            CHECK (parent_id IS NULL OR parent_id <> id)
        );
        CREATE INDEX diagnosis_causes_bone ON diagnosis_causes(bone_id, position);
        CREATE INDEX diagnosis_causes_parent ON diagnosis_causes(parent_id);
        CREATE TABLE solution_phases (
            id INTEGER PRIMARY KEY,
            diagnosis_id INTEGER NOT NULL REFERENCES diagnoses(id) ON DELETE CASCADE,
            term TEXT NOT NULL CHECK (term IN ('short_term', 'long_term')),
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0)
        );
        CREATE INDEX solution_phases_diagnosis ON solution_phases(diagnosis_id, position);
        CREATE TABLE solution_tasks (
            id INTEGER PRIMARY KEY,
            phase_id INTEGER NOT NULL REFERENCES solution_phases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            owner TEXT NOT NULL DEFAULT '',
            deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            root_cause_id INTEGER,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
        );
        CREATE INDEX solution_tasks_phase ON solution_tasks(phase_id, position);
        """,
    )


@migrations(name="002_one_root_cause_flag")
def _one_root_flag(db: Any) -> None:
    """A cause said "root" twice (a kind direct/root and the root-cause flag) and the two could disagree.
    The flag stays: a cause marked root by either becomes root (unless ruled out, which no root cause may
    be), and the kind column goes."""
    run_script(
        db,
        """
        UPDATE diagnosis_causes SET is_root = 1 WHERE kind = 'root' AND status <> 'ruled_out';
        ALTER TABLE diagnosis_causes DROP COLUMN kind;
        """,
    )
