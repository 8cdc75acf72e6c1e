"""consultdesk check [--json]: every integrity check (docs/integrity.md); exit 1 on any problem."""

from __future__ import annotations

import argparse
import json

from consultdesk.cli_commands.common import run_guarded, workspace_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="verify the workspace: database, protections, history, baselines, evidence rows and files")
    parser.add_argument("--json", action="store_true", help='print {"ok": bool, "problems": [{"kind", "message"}]}')
    parser.add_argument("--repair-search", action="store_true",
                        help="rebuild the search index from the records first (it holds no data of its own)")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.integrity import run_checks

    with workspace_for(args, writing=args.repair_search) as workspace:
        if args.repair_search:
            count = workspace.repos.search.rebuild()
            if not args.json:  # stdout stays one JSON document
                print(f"Search index rebuilt: {count} records.")
        problems = run_checks(workspace)
    if args.json:
        print(json.dumps({"ok": not problems, "problems": [p.as_json() for p in problems]}, ensure_ascii=False))
        return 1 if problems else 0
    if problems:
        for problem in problems:
            print(problem.message)
        print(f"{len(problems)} problem(s) found.")
        return 1
    print("Workspace OK: database, protections, history (keyed), records, baselines and evidence files verified.")
    return 0
