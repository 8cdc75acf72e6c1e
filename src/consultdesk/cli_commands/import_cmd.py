"""consultdesk import requirements FILE --client C --engagement E [--map FIELD=COLUMN ...] [--sheet NAME]
[--header-row N] [--skip-invalid]."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultdesk.cli_commands.common import run_guarded


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import", help="import requirements from .csv/.tsv/.txt or .xlsx")
    parser.add_argument("kind", choices=["requirements"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--client", required=True, help="client name (created if missing)")
    parser.add_argument("--engagement", required=True, help="engagement title (created if missing)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="map a requirement field to a column header (repeatable)")
    parser.add_argument("--sheet", default=None, metavar="NAME",
                        help="workbook sheet to read (default: the first naming requirement fields)")
    parser.add_argument("--header-row", type=int, default=None, metavar="N",
                        help="row holding the column headers (default: found within the first 10 rows)")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid rows, list the rest")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.cli_commands.import_requirements import run

    return run(args)
