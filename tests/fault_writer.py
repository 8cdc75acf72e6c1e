"""A writer for the fault-injection test: streams edits and acknowledges each one after its op returned.

    python fault_writer.py WORKSPACE [BLOB]

Prints "ready", then one requirement id per line, each only after create_requirement() returned (the
transaction is committed with synchronous=FULL). Every 25 edits it writes a backup and, with BLOB, every
40 edits it copies BLOB into the attachments store, so a kill also lands in those. It never stops: the
test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str, blob: str | None) -> None:
    from consultdesk.context import AppContext
    from consultdesk.ops import clients, requirements
    from consultdesk.store.attachments import AttachmentStore
    from consultdesk.store.backup import timestamped_backup_path, write_backup
    from consultdesk.store.workspace import open_workspace

    workspace = open_workspace(Path(folder))
    ctx = AppContext(workspace=workspace)
    repo = workspace.repos.clients
    client = repo.find_client("Kill test")
    client_id = client.id if client else clients.create_client(ctx, "Kill test")
    engagement = repo.find_engagement(client_id, "Stream")
    engagement_id = engagement.id if engagement else clients.create_engagement(ctx, client_id, "Stream")
    print("ready", flush=True)
    count = 0
    while True:
        requirement_id = requirements.create_requirement(ctx, engagement_id, f"Edit {count}")
        print(requirement_id, flush=True)
        count += 1
        if count % 25 == 0:
            write_backup(workspace.store.conn, timestamped_backup_path(workspace.root, "manual"))
        if blob and count % 40 == 0:
            AttachmentStore(workspace.attachments_dir).add(blob)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
