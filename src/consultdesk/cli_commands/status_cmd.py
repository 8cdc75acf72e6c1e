"""consultdesk status --client C --engagement E [--json]: where the engagement's loop stands.

Exit codes: 0 printed; 1 unknown client or engagement; 2 workspace cannot be opened.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from consultdesk.cli_commands.common import find_engagement, run_guarded, workspace_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="the engagement overview (requirements, actions, meetings, ...)")
    parser.add_argument("--client", required=True, help="client name")
    parser.add_argument("--engagement", required=True, help="engagement title")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    with workspace_for(args, writing=False) as workspace:
        engagement = find_engagement(workspace.repos, args.client, args.engagement)
        status = workspace.repos.overview.status(engagement.id)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print("\n".join(text_lines(status)))
    return 0


def text_lines(s: dict[str, Any]) -> list[str]:
    r, b, sat = s["requirements"], s["baseline"], s["satisfaction"]
    q = r["quadrants"]
    baseline = "no signed version yet" if b["version"] is None else (
        f"version {b['version']} ({'signed' if b['signed'] else 'not signed'}), {b['changed_since']} changed since")
    scores = ", ".join(f"{k} {v if v is not None else '-'}" for k, v in sat["scores"].items())
    lines = [
        f"{s['client']} / {s['engagement']}",
        f"  Requirements: {r['total']} (do now {q['do_now']}, plan {q['plan']}, quick {q['quick']}, park {q['park']})"
        + ("; " + ", ".join(f"{k} {n}" for k, n in r["status"].items()) if r["status"] else ""),
        f"  Specification: {baseline}",
        f"  Change requests: {s['change_requests']['open']} open, {s['change_requests']['overdue']} overdue",
        f"  Actions: {s['actions']['open']} open, {s['actions']['overdue']} overdue",
        f"  Causes: {s['causes']['total']} ({s['causes']['unverified']} unverified, {s['causes']['root']} root)",
        f"  Meetings: {s['meetings']['held']} held, last {s['meetings']['last'] or '-'}, "
        f"minutes due {s['meetings']['minutes_due']}",
        f"  Satisfaction: {sat['period'] or 'no review yet'}" + (f" ({scores})" if sat["period"] else "")
        + (f"; under 4: {', '.join(sat['below_4'])}" if sat["below_4"] else "")
        + (f"; {sat['open_reviews']} open 5-Why reviews" if sat["open_reviews"] else ""),
    ]
    return lines
