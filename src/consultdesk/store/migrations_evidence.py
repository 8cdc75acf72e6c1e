"""Dispute cases and their evidence chain: items, attachments (content-addressed files), links,
reviewers, meetings and action items. Every child row cascades with its case so one undo restores all."""

from __future__ import annotations

from typing import Any

from consultdesk.store.database import new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.evidence")


@migrations(name="001_evidence")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        CREATE TABLE dispute_cases (
            id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            report TEXT NOT NULL DEFAULT '',
            metric TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            expected_value REAL,
            computed_value REAL,
            unit TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'investigating' CHECK (status IN
                ('investigating','consensus','meeting_held','resolved')),
            status_override_reason TEXT NOT NULL DEFAULT '',
            root_cause TEXT NOT NULL DEFAULT '' CHECK (root_cause IN
                ('','client_data_error','rule_misunderstanding','rule_update','business_change','other')),
            root_cause_text TEXT NOT NULL DEFAULT '',
            conclusion TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX dispute_cases_engagement ON dispute_cases(engagement_id);
        CREATE TABLE evidence_items (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES dispute_cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('raw_data','processing_logic','business_rule','comparison','test_case','other')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            captured_at TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            ref_document TEXT NOT NULL DEFAULT '',
            ref_section TEXT NOT NULL DEFAULT '',
            ref_url TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX evidence_items_case ON evidence_items(case_id, seq);
        -- The file itself lives in attachments/<sha256>; the row records what was attached and when.
        CREATE TABLE evidence_attachments (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            name TEXT NOT NULL CHECK (length(name) > 0),
            size INTEGER NOT NULL CHECK (size >= 0),
            captured_at TEXT NOT NULL,
            UNIQUE (item_id, sha256)
        );
        CREATE INDEX evidence_attachments_item ON evidence_attachments(item_id);
        CREATE INDEX evidence_attachments_sha ON evidence_attachments(sha256);
        CREATE TABLE evidence_links (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES dispute_cases(id) ON DELETE CASCADE,
            from_item_id INTEGER NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
            to_item_id INTEGER NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
            CHECK (from_item_id <> to_item_id),
            UNIQUE (from_item_id, to_item_id)
        );
        CREATE INDEX evidence_links_case ON evidence_links(case_id);
        CREATE TABLE evidence_reviewers (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES dispute_cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            reviewed_on TEXT NOT NULL DEFAULT '',
            agreed INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
            remark TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX evidence_reviewers_case ON evidence_reviewers(case_id);
        CREATE TABLE evidence_meetings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES dispute_cases(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL DEFAULT '',
            our_attendees TEXT NOT NULL DEFAULT '',
            client_attendees TEXT NOT NULL DEFAULT '',
            confirmed_facts TEXT NOT NULL DEFAULT '',
            agreed_root_cause TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX evidence_meetings_case ON evidence_meetings(case_id);
        CREATE TABLE evidence_actions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES dispute_cases(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES evidence_meetings(id) ON DELETE SET NULL,
            side TEXT NOT NULL DEFAULT 'ours' CHECK (side IN ('ours','client')),
            who TEXT NOT NULL DEFAULT '',
            what TEXT NOT NULL CHECK (length(trim(what)) > 0),
            due_on TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped'))
        );
        CREATE INDEX evidence_actions_case ON evidence_actions(case_id);
        """,
    )


@migrations(name="002_one_agreed_root_cause")
def _one_agreed_root_cause(db: Any) -> None:
    """The agreed root cause was stored twice, on the case and on its meeting, and the two could disagree
    (the status rules read the case's). The case's stays: a case without one takes its latest meeting's,
    and the meeting's column goes. Both tables are sealed: rows that matched their seal are resealed."""
    from pathlib import Path

    from consultdesk.store import seals, search_ddl
    from consultdesk.store.database import Store

    store = Store(db.conn, Path(""))
    sealed = "chain_head" in search_ddl.existing_tables(db.conn)  # else the integrity set seals them all later
    intact = {t: seals.intact(store, t) for t in ("dispute_cases", "evidence_meetings")} if sealed else {}
    taken = [
        (cause, case_id) for case_id, cause in db.conn.execute(
            "SELECT c.id, (SELECT m.agreed_root_cause FROM evidence_meetings m WHERE m.case_id = c.id "
            "AND m.agreed_root_cause <> '' ORDER BY m.held_on DESC, m.id DESC LIMIT 1) FROM dispute_cases c "
            "WHERE c.root_cause = ''"
        ).fetchall() if cause
    ]
    db.conn.executemany("UPDATE dispute_cases SET root_cause = ? WHERE id = ?", taken)
    # The search triggers name the column; they are re-created from the registry right after.
    for (name,) in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence_meetings' "
        "AND sql LIKE '%agreed_root_cause%'"
    ).fetchall():
        db.execute(f"DROP TRIGGER [{name}]")
    db.execute("ALTER TABLE evidence_meetings DROP COLUMN agreed_root_cause")
    if "search_meta" in search_ddl.existing_tables(db.conn):
        search_ddl.rebuild(db.conn)
    changed_cases = {case_id for _cause, case_id in taken}
    for table, ids in intact.items():
        for row_id in sorted(ids if table == "evidence_meetings" else ids & changed_cases):
            seals.seal(store, table, row_id)
