"""Migrations: an empty DB gets every set; an older DB is backed up before anything is migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consultdesk.store import schema
from consultdesk.store.database import APPLICATION_ID, connect
from consultdesk.store.workspace import DB_NAME, open_workspace


def test_empty_database_gets_every_migration(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    try:
        assert schema.applied_migration_names(ws.store.db) == schema.known_migration_names()
        assert ws.store.scalar("PRAGMA user_version") == len(schema.known_migration_names())
    finally:
        ws.close()


def test_older_workspace_is_backed_up_then_migrated(data_dir: Path) -> None:
    data_dir.mkdir()
    db = connect(data_dir / DB_NAME)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db.execute("PRAGMA journal_mode=WAL")
    core = schema.migration_sets()[0]
    core.apply(db)  # an "old release": only the core set
    db.execute("insert into clients(name) values ('Old client')")
    db.conn.commit()
    db.close()

    ws = open_workspace(data_dir)
    try:
        assert schema.applied_migration_names(ws.store.db) == schema.known_migration_names()
        assert [c.name for c in ws.repos.clients.list_clients()] == ["Old client"]
    finally:
        ws.close()
    backups = list((data_dir / "backups").glob("*before-migration.sqlite"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("select name from clients").fetchall() == [("Old client",)]
    assert "requirements" not in {r[0] for r in conn.execute("select name from sqlite_master")}
    conn.close()


def test_gui_reports_unusable_workspace_without_a_modal(qapp, tmp_path: Path) -> None:
    from consultdesk.app import run_gui
    from consultdesk.ui.asker import ScriptedAsker

    target = tmp_path / "file"
    target.write_text("x")
    asker = ScriptedAsker()
    assert run_gui(target, "en", demo=False, asker=asker) == 2
    assert asker.asked and "is a file" in asker.asked[0][2]


def test_undo_of_a_delete_puts_back_set_null_references(ctx) -> None:
    """Deleting an interview nulls requirements.source_interview_id; undo restores the link, not a copy."""
    from consultdesk.ops import clients, interviews, requirements

    client_id = clients.create_client(ctx, "Acme")
    engagement_id = clients.create_engagement(ctx, client_id, "Portal")
    interview_id = interviews.create_interview(ctx, engagement_id, title="Kick-off")
    requirement_id = requirements.create_requirement(ctx, engagement_id, "Faster login",
                                                     source_interview_id=interview_id)
    interviews.delete_interview(ctx, interview_id)
    assert ctx.repos.requirements.get(requirement_id).source_interview_id is None
    ctx.undo_stack("clients").undo()
    assert ctx.repos.requirements.get(requirement_id).source_interview_id == interview_id
    assert len(ctx.repos.requirements.for_engagement(engagement_id)) == 1
    ctx.undo_stack("clients").redo()
    assert ctx.repos.requirements.get(requirement_id).source_interview_id is None


def test_schema_version_counts_every_migration() -> None:
    assert schema.SCHEMA_VERSION == len(schema.known_migration_names())


def test_opening_a_current_workspace_skips_the_migration_machinery(data_dir: Path) -> None:
    """The common start (nothing to migrate) neither imports sqlite_utils nor touches the file's schema."""
    import os
    import subprocess
    import sys

    open_workspace(data_dir).close()
    code = (
        "import sys; from pathlib import Path; from consultdesk.store.workspace import open_workspace\n"
        f"ws = open_workspace(Path({str(data_dir)!r})); ws.repos.clients.list_clients(); ws.close()\n"
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ)).stdout.strip()
    assert out == "False"


def test_a_workspace_from_before_the_keyed_history_is_adopted_and_checks_ok(data_dir: Path) -> None:
    """Unkeyed history and unsealed records of an older release are sealed and keyed on upgrade."""
    from consultdesk.domain.history import GENESIS, HistoryEntry, entry_hash
    from consultdesk.integrity import run_checks

    data_dir.mkdir()
    db = connect(data_dir / DB_NAME)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for migrations in schema.migration_sets():  # everything but the integrity set
        if migrations.name != "consultdesk.integrity":
            migrations.apply(db)
    db.execute("insert into clients(id, name) values (1, 'Old client')")
    db.execute("insert into engagements(id, client_id, title) values (1, 1, 'Old engagement')")
    db.execute("insert into dispute_cases(id, engagement_id, title, computed_value) values (1, 1, 'Old case', 5)")
    entry = HistoryEntry(None, "2025-01-01T00:00:00+00:00", "dispute_case", 1, 1, "create", new="{}")
    db.execute("insert into history (at, entity, entity_id, engagement_id, action, field, old, new, prev_hash, hash) "
               "values (?,?,?,?,?,?,?,?,?,?)", [entry.at, entry.entity, 1, 1, "create", "", "", "{}", GENESIS,
                                                 entry_hash(entry, GENESIS)])
    db.conn.commit()
    db.close()
    ws = open_workspace(data_dir)
    try:
        assert run_checks(ws) == []
        actions = [(e.entity, e.action) for e in ws.repos.history.entries()]
        assert ("history", "key") in actions and ("dispute_cases", "seal") in actions
        ws.store.conn.execute("drop trigger engagements_keep_records")
        ws.store.conn.execute("update dispute_cases set computed_value = 6")
        ws.store.conn.commit()
        assert "record_altered" in {p.kind for p in run_checks(ws)}
    finally:
        ws.close()


def test_a_column_added_later_to_a_sealed_table_does_not_read_as_tampering(workspace) -> None:
    """Seals cover the columns they recorded; a later release's new column is sealed on the next write."""
    from consultdesk.integrity import run_checks

    rows = workspace.repos.rows
    with workspace.store.transaction():
        client = rows.insert("clients", {"name": "Acme"})
        engagement = rows.insert("engagements", {"client_id": client, "title": "Portal"})
        case = rows.insert("dispute_cases", {"engagement_id": engagement, "title": "Users", "computed_value": 5})
    workspace.store.conn.execute("alter table dispute_cases add column reviewed_by text not null default ''")
    assert run_checks(workspace) == []
    workspace.store.conn.execute("update dispute_cases set computed_value = 6 where id = ?", [case])
    assert "record_altered" in {p.kind for p in run_checks(workspace)}
