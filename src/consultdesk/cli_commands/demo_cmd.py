"""consultdesk demo: fill an empty workspace with the demo data."""

from __future__ import annotations

import argparse

from consultdesk.cli_commands.common import EXIT_PROBLEMS, CommandFailed, run_guarded, workspace_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty workspace with the demo data")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.demo import DemoError, load_demo

    with workspace_for(args, writing=True) as workspace:
        try:
            load_demo(workspace)
        except DemoError as exc:
            raise CommandFailed(str(exc), EXIT_PROBLEMS) from exc
        clients = workspace.store.scalar("select count(*) from clients")
    print(f"Demo data loaded into {workspace.root} ({clients} clients).")
    return 0
