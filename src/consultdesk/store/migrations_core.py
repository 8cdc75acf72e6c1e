"""Core tables: clients, contacts, engagements, interviews, pre-visit questions."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.core")


@migrations(name="001_clients_engagements_interviews")
def _create_core(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            industry TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT '',
            tech_level TEXT NOT NULL DEFAULT '',
            background TEXT NOT NULL DEFAULT '',
            history TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'business_owner' CHECK (kind IN
                ('decision_maker','business_owner','technical_owner','affected_party')),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            messaging TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contacts_client ON contacts(client_id);
        CREATE TABLE engagements (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            classification TEXT NOT NULL DEFAULT 'feature_optimisation' CHECK (classification IN
                ('feature_optimisation','architecture_rework','new_technology')),
            budget_range TEXT NOT NULL DEFAULT '',
            expected_duration TEXT NOT NULL DEFAULT '',
            compatibility TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN
                ('prospect','active','on_hold','closed')),
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX engagements_client ON engagements(client_id);
        CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            held_on TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            stressed TEXT NOT NULL DEFAULT '',      -- what the client stressed (客户特别关注)
            to_confirm TEXT NOT NULL DEFAULT ''     -- still to be confirmed (待确认)
        );
        CREATE INDEX interviews_engagement ON interviews(engagement_id);
        -- One row per answered outline question; question_key is stable ("need.pain_points"),
        -- and "<part>.notes" holds the free notes of a part.
        CREATE TABLE interview_answers (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            question_key TEXT NOT NULL,
            answer TEXT NOT NULL DEFAULT '',
            UNIQUE (interview_id, question_key)
        );
        CREATE TABLE visit_questions (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            question TEXT NOT NULL CHECK (length(trim(question)) > 0),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','answered')),
            answer TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX visit_questions_engagement ON visit_questions(engagement_id);
        """
    )
