"""consultdesk list [--json]: clients -> engagements -> counts."""

from __future__ import annotations

import argparse
import json

from consultdesk.cli_commands.common import run_guarded, workspace_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("list", help="list clients, engagements and their counts")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.store.summary import workspace_summary

    with workspace_for(args, writing=False) as workspace:
        summary = workspace_summary(workspace.store)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    if not summary["clients"]:
        print("No clients yet.")
    for client in summary["clients"]:
        print(client["name"])
        for engagement in client["engagements"]:
            q = engagement["quadrants"]
            print(
                f"  {engagement['name']}: {engagement['requirements']} requirements "
                f"(do now {q['do_now']}, plan {q['plan']}, quick {q['quick']}, park {q['park']}), "
                f"{engagement['baselines']} baselines"
            )
    return 0
