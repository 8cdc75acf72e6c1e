"""Integrity: the keyed history (key id + MAC per entry, the signed chain head), archiving, and the
rule that an engagement holding signed or evidential records is never deleted (it is archived instead).

Existing workspaces are adopted here: every protected record is sealed into the history as it stands,
signed with this installation's key (see docs/integrity.md for what that does and does not prove).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from consultdesk.store.database import Store, new_migrations
from consultdesk.store.ddl import run_script

migrations = new_migrations("consultdesk.integrity")

KEEP_RECORDS = """
CREATE TRIGGER engagements_keep_records BEFORE DELETE ON engagements
WHEN EXISTS (SELECT 1 FROM baselines WHERE engagement_id = OLD.id)
  OR EXISTS (SELECT 1 FROM dispute_cases WHERE engagement_id = OLD.id)
  OR EXISTS (SELECT 1 FROM change_requests WHERE engagement_id = OLD.id AND decided_by <> '')
BEGIN SELECT RAISE(ABORT, 'an engagement with signed or evidential records cannot be deleted; archive it'); END;
"""


@migrations(name="001_keyed_history_and_archive")
def _create(db: Any) -> None:
    run_script(
        db,
        """
        ALTER TABLE history ADD COLUMN key_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE history ADD COLUMN mac TEXT NOT NULL DEFAULT '';
        CREATE TABLE chain_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            workspace_uuid TEXT NOT NULL,
            last_id INTEGER,
            last_hash TEXT NOT NULL DEFAULT '',
            key_id TEXT NOT NULL DEFAULT '',
            mac TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
        BEGIN SELECT RAISE(ABORT, 'the chain head is kept'); END;
        ALTER TABLE clients ADD COLUMN archived_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE engagements ADD COLUMN archived_at TEXT NOT NULL DEFAULT '';
        """ + KEEP_RECORDS,
    )
    db.execute("insert into chain_head (id, workspace_uuid) values (1, ?)", [uuid.uuid4().hex])
    _adopt(db)


def _adopt(db: Any) -> None:
    from consultdesk.store.history_repo import HistoryRepo
    from consultdesk.store.seals import seal_all

    store = Store(db.conn, Path(""))
    earlier = store.scalar("select count(*) from history")
    if earlier:
        # One keyed entry vouches for every unkeyed one before it (its hash covers theirs through the chain).
        HistoryRepo(store).append("history", None, "key", new=f"{earlier} earlier entries adopted")
    seal_all(store)
