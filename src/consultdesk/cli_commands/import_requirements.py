"""consultdesk import requirements FILE --client C --engagement E [--map FIELD=COLUMN ...] [--skip-invalid].

The file is read and every row checked before anything is written. Any invalid row: nothing is imported,
each invalid row is listed on stderr (row numbers as a spreadsheet shows them, header = row 1), exit 1.
With --skip-invalid the valid rows are imported, the rejected ones still listed, exit 0. The client and
the engagement are created (through the same ops as the GUI) only when rows are actually imported.
"""

from __future__ import annotations

import sys
from typing import Any

from consultdesk.cli_commands.common import CommandFailed, headless_context, workspace_for


def run(args: Any) -> int:
    from consultdesk.ops.errors import OpError
    from consultdesk.transfer import TransferError, apply_overrides, guess_mapping, read_table, validate

    try:
        table = read_table(args.file, display_name=str(args.file))
        mapping = apply_overrides(table, guess_mapping(table.headers), args.map)
    except TransferError as exc:
        raise CommandFailed(str(exc)) from None
    with workspace_for(args, writing=True) as workspace:
        ctx = headless_context(workspace)
        engagement_id = _find_engagement(ctx, args.client, args.engagement)
        taken = ctx.repos.requirements_import.taken_codes(engagement_id) if engagement_id else set()
        try:
            plan = validate(table, mapping, taken)
        except TransferError as exc:
            raise CommandFailed(str(exc)) from None
        for problem in plan.problems:
            print(problem.text(), file=sys.stderr)
        if plan.problems and not args.skip_invalid:
            raise CommandFailed(
                f"Nothing imported: {plan.rejected_rows} of {plan.rejected_rows + len(plan.rows)} rows are invalid "
                "(fix them, or use --skip-invalid to import the valid rows)."
            )
        created: list[str] = []
        try:
            from consultdesk.ops.requirement_import import import_into_named

            # Client, engagement and rows in one transaction: a refused write leaves none of them.
            if plan.rows:
                _, ids, created = import_into_named(ctx, args.client, args.engagement, plan.rows)
            else:
                ids = []
        except OpError as exc:
            raise CommandFailed(f"Nothing imported: {exc}") from None
    skipped = f", skipped {plan.rejected_rows} invalid rows" if plan.rejected_rows else ""
    print(f"Imported {len(ids)} requirements into {args.client} / {args.engagement}{skipped}.")
    if "clients" in created:
        print(f'Created the client "{args.client}" and its engagement "{args.engagement}".')
    elif "engagements" in created:
        print(f'Created the engagement "{args.engagement}" for "{args.client}".')
    return 0


def _find_engagement(ctx: Any, client_name: str, title: str) -> int | None:
    client = ctx.repos.clients.find_client(client_name)
    if client is None:
        return None
    engagement = ctx.repos.clients.find_engagement(client.id, title)
    return engagement.id if engagement else None
