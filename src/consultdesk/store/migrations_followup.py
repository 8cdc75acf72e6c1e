"""Delivery and review: meetings with decisions, action items (meetings' and improvement plans'),
acceptance test cases and runs, quarterly satisfaction reviews with their 5-Why, lessons.

The dispute's meeting stays in evidence_meetings (its rows are part of the hash-chained history);
store/meetings_repo.py reads both tables as one list of meetings.
"""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.followup")

_SCORE = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 1 AND 5)"


@migrations(name="001_followup")
def _create(db: Any) -> None:
    scores = ",\n            ".join(f"{d} {_SCORE.format(d)}" for d in ("speed", "quality", "clarity", "solving"))
    run_script(
        db,
        f"""
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'weekly' CHECK (kind IN
                ('kickoff','weekly','review','change_board','pre_acceptance','dispute','visit','other')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            held_on TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL DEFAULT '' CHECK (phase IN ('','kickoff','development','testing','after_delivery')),
            our_attendees TEXT NOT NULL DEFAULT '',
            client_attendees TEXT NOT NULL DEFAULT '',
            agenda TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            minutes_sent_on TEXT NOT NULL DEFAULT '',
            confirmed_on TEXT NOT NULL DEFAULT '',
            confirmed_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX meetings_engagement ON meetings(engagement_id, held_on);
        CREATE TABLE meeting_decisions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0)
        );
        CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id, position);
        CREATE TABLE satisfaction_reviews (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
            {scores},
            comments TEXT NOT NULL DEFAULT '',
            held_on TEXT NOT NULL DEFAULT '',
            UNIQUE (engagement_id, period)
        );
        CREATE TABLE five_whys (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES satisfaction_reviews(id) ON DELETE CASCADE,
            dimension TEXT NOT NULL CHECK (dimension IN ('speed','quality','clarity','solving')),
            why_1 TEXT NOT NULL DEFAULT '',
            why_2 TEXT NOT NULL DEFAULT '',
            why_3 TEXT NOT NULL DEFAULT '',
            why_4 TEXT NOT NULL DEFAULT '',
            why_5 TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '',
            root_cause TEXT NOT NULL DEFAULT '',
            UNIQUE (review_id, dimension)
        );
        -- Action items of meetings and of improvement plans (a 5-Why's plan). Dispute actions and
        -- solution-plan tasks stay in their own tables; the follow-up lists all of them together.
        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('meeting','improvement')),
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            five_why_id INTEGER REFERENCES five_whys(id) ON DELETE CASCADE,
            what TEXT NOT NULL CHECK (length(trim(what)) > 0),
            owner TEXT NOT NULL DEFAULT '',
            due_on TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            CHECK ((source = 'meeting') = (meeting_id IS NOT NULL)),
            CHECK ((source = 'improvement') = (five_why_id IS NOT NULL))
        );
        CREATE INDEX action_items_engagement ON action_items(engagement_id, status, due_on);
        CREATE INDEX action_items_meeting ON action_items(meeting_id);
        CREATE INDEX action_items_five_why ON action_items(five_why_id);
        CREATE TABLE test_cases (
            id INTEGER PRIMARY KEY,
            requirement_id INTEGER NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            steps TEXT NOT NULL DEFAULT '',
            expected TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX test_cases_requirement ON test_cases(requirement_id, position);
        CREATE TABLE test_runs (
            id INTEGER PRIMARY KEY,
            test_case_id INTEGER NOT NULL REFERENCES test_cases(id) ON DELETE CASCADE,
            result TEXT NOT NULL DEFAULT 'not_run' CHECK (result IN ('not_run','pass','fail')),
            witness TEXT NOT NULL DEFAULT '',
            run_on TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX test_runs_case ON test_runs(test_case_id);
        CREATE TABLE lessons (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'worked' CHECK (kind IN ('worked','avoid')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            tags TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX lessons_engagement ON lessons(engagement_id);
        -- Covers the overview's count of requirements by quadrant and status (no table rows read).
        CREATE INDEX requirements_overview ON requirements(engagement_id, value, urgency, status);
        """,
    )
