"""Upgrading a workspace that stored a cause's root flag and a dispute's agreed root cause twice: the two
copies are reconciled into the one field, the duplicate column goes, search and `check` stay clean."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from consultdesk.domain.search import SearchQuery
from consultdesk.store import schema, seals, search_ddl
from consultdesk.store.database import APPLICATION_ID, Store, connect
from consultdesk.store.search_registry import BY_TABLE
from consultdesk.store.workspace import DB_NAME, open_workspace

CLI = Path(sys.executable).with_name("consultdesk-cli")
NEW = {"002_one_root_cause_flag", "002_one_agreed_root_cause"}


def _old_workspace(data_dir: Path) -> None:
    """A workspace as the release before: every migration but the two, the old search triggers, sealed rows."""
    data_dir.mkdir()
    db = connect(data_dir / DB_NAME)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db.execute("PRAGMA journal_mode=WAL")
    for migrations in schema.migration_sets():
        migrations.apply(db, stop_before=NEW)
    db.execute(f"PRAGMA user_version={len(schema.known_migration_names()) - len(NEW)}")
    conn = db.conn
    # The old release indexed the meeting's root cause too: its triggers name the column.
    old = dataclasses.replace(BY_TABLE["evidence_meetings"], columns=(*BY_TABLE["evidence_meetings"].columns,
                                                                       "agreed_root_cause"))
    for name, sql in search_ddl.source_triggers(old).items():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(sql)
    conn.execute("insert into clients(id, name) values (1, 'Huaxin')")
    conn.execute("insert into engagements(id, client_id, title) values (1, 1, 'Portal')")
    conn.execute("insert into diagnoses(id, engagement_id, title) values (1, 1, 'Login fails')")
    conn.execute("insert into diagnosis_bones(id, diagnosis_id, position, title) values (1, 1, 0, 'Technology')")
    causes = [  # (id, text, kind, is_root, status)
        (1, "Pool exhausted", "direct", 0, "confirmed"),
        (2, "Capacity never estimated", "root", 0, "confirmed"),  # root by kind only
        (3, "No load test", "direct", 1, "confirmed"),  # root by the flag only
        (4, "Cache off", "root", 0, "ruled_out"),  # a ruled-out cause is never a root cause
    ]
    conn.executemany("insert into diagnosis_causes(id, bone_id, position, text, kind, is_root, status) "
                     "values (?, 1, ?, ?, ?, ?, ?)", [(i, i, t, k, r, s) for i, t, k, r, s in causes])
    cases = [(1, "Orders in March", ""), (2, "Pick accuracy", "client_data_error"), (3, "Churn", "")]
    conn.executemany("insert into dispute_cases(id, engagement_id, title, root_cause) values (?, 1, ?, ?)", cases)
    meetings = [  # (id, case, held_on, agreed_root_cause, facts)
        (1, 1, "2025-04-01", "rule_update", "first talk"),
        (2, 1, "2025-04-07", "rule_misunderstanding", "口径确认"),  # the latest meeting's is the one taken
        (3, 2, "2025-05-05", "business_change", "kpi"),  # the case's own choice stays
    ]
    conn.executemany("insert into evidence_meetings(id, case_id, held_on, agreed_root_cause, confirmed_facts) "
                     "values (?, ?, ?, ?, ?)", meetings)
    seals.seal_all(Store(conn, data_dir / DB_NAME))
    conn.commit()
    db.close()


def test_upgrade_reconciles_both_copies_into_the_one_field(data_dir: Path) -> None:
    from consultdesk.integrity import run_checks

    _old_workspace(data_dir)
    ws = open_workspace(data_dir)
    try:
        assert schema.applied_migration_names(ws.store.db) == schema.known_migration_names()
        conn = ws.store.conn
        columns = {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")}
                   for t in ("diagnosis_causes", "evidence_meetings")}
        assert "kind" not in columns["diagnosis_causes"] and "is_root" in columns["diagnosis_causes"]
        assert "agreed_root_cause" not in columns["evidence_meetings"]
        roots = {c.text: c.is_root for c in ws.repos.diagnoses.causes(1)}
        assert roots == {"Pool exhausted": False, "Capacity never estimated": True, "No load test": True,
                         "Cache off": False}
        assert [c.root_cause for c in ws.repos.evidence.cases(1)] == [
            "rule_misunderstanding", "client_data_error", ""]
        # the search index was rebuilt from this release's registry and still finds the meeting
        assert search_ddl.is_current(conn)
        assert any(h.kind == "meeting" for h in ws.repos.search.search(SearchQuery("口径确认")))
        # every sealed row that was intact reads intact after the upgrade
        assert [p for p in run_checks(ws) if p.kind.startswith("record_")] == []
    finally:
        ws.close()
    done = subprocess.run([str(CLI), "--data-dir", str(data_dir), "check", "--json"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ok"] is True


def test_upgrade_keeps_reporting_a_row_altered_before_it(data_dir: Path) -> None:
    from consultdesk.integrity import run_checks

    _old_workspace(data_dir)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("update evidence_meetings set our_attendees = 'someone' where id = 3")  # behind the app's back
    conn.commit()
    conn.close()
    ws = open_workspace(data_dir)
    try:
        altered = [p.message for p in run_checks(ws) if p.kind == "record_altered"]
    finally:
        ws.close()
    assert len(altered) == 1 and "(id 3)" in altered[0]
