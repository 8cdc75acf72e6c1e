"""consultdesk export requirements|spec|summary|diagnosis|dispute ... (handlers live in their own modules)."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from consultdesk.cli_commands.common import run_guarded

HANDLERS = {
    "requirements": "consultdesk.cli_commands.export_requirements",
    "spec": "consultdesk.cli_commands.export_documents",
    "summary": "consultdesk.cli_commands.export_documents",
    "diagnosis": "consultdesk.cli_commands.export_documents",
    "dispute": "consultdesk.cli_commands.export_documents",
    "minutes": "consultdesk.cli_commands.export_documents",
    "status": "consultdesk.cli_commands.export_documents",
    "acceptance": "consultdesk.cli_commands.export_documents",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help="export requirements (.csv/.xlsx) or a Word document (.docx)")
    parser.add_argument("kind", choices=list(HANDLERS), help="what to export")
    parser.add_argument("--client", required=True, help="client name")
    parser.add_argument("--engagement", required=True, help="engagement title")
    parser.add_argument("--out", required=True, type=Path, help="target file")
    # SUPPRESS: without it this default would overwrite a global "consultdesk --lang zh_CN export ...".
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="document language")
    parser.add_argument("--interview", default=None, help="summary: interview title or id (default: the latest)")
    parser.add_argument("--diagnosis", default=None, help="diagnosis: title or id (default: the latest)")
    parser.add_argument("--case", default=None, help="dispute: case title or id (default: the latest)")
    parser.add_argument("--meeting", default=None, help="minutes: meeting number (1 = oldest) or title (default: the latest)")
    parser.add_argument("--template", type=Path, default=None, help="company .docx template for styles")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    code: int = importlib.import_module(HANDLERS[args.kind]).run(args)
    return code
