"""consultdesk check: integrity of the database, baselines and evidence files (exit 1 on any problem)."""

from __future__ import annotations

from consultdesk.cli_commands.common import run_guarded, workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="verify the workspace: database, baselines, evidence files")
    parser.add_argument("--repair-search", action="store_true",
                        help="rebuild the search index from the records first (it holds no data of its own)")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    from consultdesk.integrity import run_checks

    with workspace_for(args, writing=args.repair_search) as workspace:
        if args.repair_search:
            count = workspace.repos.search.rebuild()
            print(f"Search index rebuilt: {count} records.")
        problems = run_checks(workspace)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found.")
        return 1
    print("Workspace OK: database, baselines and evidence files verified.")
    return 0
