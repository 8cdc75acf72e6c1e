"""consultdesk search TEXT [--json] [--limit N]: the whole workspace, Chinese included (a reader:
works while the GUI has the workspace open)."""

from __future__ import annotations

import argparse
import json

from consultdesk.cli_commands.common import CommandFailed, run_guarded, workspace_for


def _limit(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the limit must be at least 1")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("search", help="find text anywhere in the workspace")
    parser.add_argument("text", help="words to find (every word must occur)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--limit", type=_limit, default=50, help="at most this many hits (default 50)")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.domain.search import SearchQuery

    if not args.text.split():
        raise CommandFailed("Give some text to search for.")
    with workspace_for(args, writing=False) as workspace:
        hits = workspace.repos.search.search(SearchQuery(args.text, limit=args.limit))
    if args.json:
        print(json.dumps({"query": args.text, "hits": [hit.to_json() for hit in hits]}, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f'Nothing found for "{args.text}".')
        return 0
    for hit in hits:
        where = " / ".join(part for part in (hit.client, hit.engagement) if part)
        archived = " (archived)" if hit.archived else ""
        print(f"{hit.kind}: {hit.title}{archived}" + (f"  [{where}]" if where else ""))
        if hit.snippet and hit.snippet != hit.title:
            print(f"    {hit.snippet}")
    return 0
