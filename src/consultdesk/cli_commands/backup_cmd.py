"""consultdesk backup [--out FILE]: a consistent copy through SQLite's backup API."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultdesk.cli_commands.common import EXIT_PROBLEMS, CommandFailed, run_guarded, workspace_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup", help="write a consistent copy of the database")
    parser.add_argument("--out", type=Path, default=None, help="target file (default: the workspace's backups/)")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.store.backup import BackupError, timestamped_backup_path, write_backup

    with workspace_for(args, writing=False) as workspace:
        target = args.out or timestamped_backup_path(workspace.root, "manual")
        target = Path(target).absolute()
        if target.exists():
            raise CommandFailed(f"{target} already exists; choose another name with --out.", EXIT_PROBLEMS)
        try:
            write_backup(workspace.store.conn, target)  # via target.partial, removed on any failure
        except BackupError as exc:
            raise CommandFailed(f"No backup written: {exc}", EXIT_PROBLEMS) from exc
        from consultdesk.store.history_repo import short_head

        head = short_head(workspace.repos.history.head())
    print(f"Backup written to {target} (history head {head}).")
    return 0
