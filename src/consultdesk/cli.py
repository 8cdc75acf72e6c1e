"""Command line: no sub-command starts the GUI; sub-commands do headless work (see docs/cli.md).

Exit codes: 0 ok, 1 problems found or input rejected, 2 the workspace cannot be opened or used.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# Each module defines register(subparsers) and sets func=run(args) -> int on its parser.
COMMAND_MODULES = [
    "consultdesk.cli_commands.demo_cmd",
    "consultdesk.cli_commands.list_cmd",
    "consultdesk.cli_commands.check_cmd",
    "consultdesk.cli_commands.backup_cmd",
    "consultdesk.cli_commands.import_cmd",
    "consultdesk.cli_commands.export_cmd",
    "consultdesk.cli_commands.baseline_cmd",
    "consultdesk.cli_commands.key_cmd",
    "consultdesk.cli_commands.status_cmd",
    "consultdesk.cli_commands.search_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="consultdesk", description="ConsultDesk: the consultant's workbench.")
    parser.add_argument("--data-dir", type=Path, default=None, help="workspace folder (env CONSULTDESK_DATA_DIR)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="user interface language")
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo workspace")
    # Start the GUI, print the time to its first paint and quit (bundle smoke test, start-up bench).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version="%(prog)s " + importlib.import_module("consultdesk").__version__)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from consultdesk.paths import is_bundle, prepare_runtime

    prepare_runtime()
    if is_bundle():  # only a bundle can lack a part; say so at once instead of losing a menu later
        from consultdesk.registry import MissingParts, bundled_names, check_parts

        try:
            check_parts(bundled_names())
        except MissingParts as exc:
            print(exc, file=sys.stderr)
            return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    from consultdesk.paths import default_data_dir

    args.data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    if args.command is None:
        from consultdesk.app import run_gui

        return run_gui(args.data_dir, args.lang, args.demo, smoke_test=args.smoke_test)
    from consultdesk.cli_commands.common import close_contexts

    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (`… | head`): nothing to tell anyone; keep exit quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: logged in full, one sentence shown
        from consultdesk import last_resort

        print(last_resort.report(exc, Path(args.data_dir).absolute()), file=sys.stderr)
        return last_resort.exit_code(exc)
    finally:
        # Qt objects are deleted here, in order, never by the interpreter's exit (which can crash).
        close_contexts()
