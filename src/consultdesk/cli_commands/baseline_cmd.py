"""consultdesk baseline create --client C --engagement E --signer NAME --meaning M [--side S] [--comment TEXT]."""

from __future__ import annotations

import argparse

from consultdesk.cli_commands.common import (
    EXIT_PROBLEMS,
    CommandFailed,
    find_engagement,
    headless_context,
    run_guarded,
    workspace_for,
)

MEANINGS = ("approved", "reviewed", "authored")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("baseline", help="sign off a specification as a new immutable baseline")
    parser.add_argument("action", choices=["create"])
    parser.add_argument("--client", required=True, help="client name")
    parser.add_argument("--engagement", required=True, help="engagement title")
    parser.add_argument("--signer", required=True, help="name of the person signing")
    parser.add_argument("--meaning", required=True, choices=MEANINGS, help="what the signature means")
    parser.add_argument("--side", choices=["client", "us"], default="client", help="who signs (default: client)")
    parser.add_argument("--comment", default="", help="comment stored with the sign-off")
    parser.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args: argparse.Namespace) -> int:
    from consultdesk.ops.baselines import sign_off
    from consultdesk.ops.errors import OpError

    with workspace_for(args, writing=True) as workspace:
        repos = workspace.repos
        engagement = find_engagement(repos, args.client, args.engagement)
        try:
            baseline = sign_off(
                headless_context(workspace), engagement.id, args.signer, args.side, args.meaning, args.comment
            )
        except OpError as exc:
            raise CommandFailed(str(exc), EXIT_PROBLEMS) from exc
    print(f"Baseline v{baseline.version} of \"{args.engagement}\" signed by {args.signer.strip()} ({args.meaning}).")
    print(f"version: {baseline.version}")
    print(f"sha256: {baseline.sha256}")
    if baseline.change_requests:
        print("contains: " + ", ".join(c.code for c in baseline.change_requests))
    return 0
