"""consultdesk key export FILE | key import FILE: carry the history key to a new computer.

The key signs the workspace's history (docs/integrity.md); it lives in the user's config folder, never in
the workspace, so a copied workspace is verified fully only where the key was imported.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from consultdesk.cli_commands.common import CommandFailed, run_guarded


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("key", help="export or import the history key (for a new computer)")
    actions = parser.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write this computer's history key(s) to FILE (keep it safe)")
    export.add_argument("file", type=Path)
    export.set_defaults(func=lambda args: run_guarded(_export, args))
    imported = actions.add_parser("import", help="add the history key(s) from FILE to this computer")
    imported.add_argument("file", type=Path)
    imported.set_defaults(func=lambda args: run_guarded(_import, args))


def _export(args: argparse.Namespace) -> int:
    from consultdesk.store import keyring

    if args.file.exists():
        raise CommandFailed(f"{args.file} already exists; choose another name.")
    try:
        count = keyring.export_keys(args.file)
    except keyring.KeyFileError as exc:
        raise CommandFailed(str(exc)) from None
    print(f"Exported {count} history key(s) to {args.file}; keep it as safe as the workspace itself.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from consultdesk.store import keyring

    try:
        count = keyring.import_keys(args.file)
    except keyring.KeyFileError as exc:
        raise CommandFailed(str(exc)) from None
    print(f"Imported {count} new history key(s) from {args.file}.")
    return 0
