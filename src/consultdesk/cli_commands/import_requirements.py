"""consultdesk import requirements FILE --client C --engagement E [--map FIELD=COLUMN ...] [--sheet NAME]
[--header-row N] [--skip-invalid].

The file is read and every row checked before anything is written. Any invalid row: nothing is imported,
each invalid row is listed on stderr (row numbers as a spreadsheet shows them, header = row 1), exit 1.
With --skip-invalid the valid rows are imported, the rejected ones still listed, exit 0. A file with a
header but no rows is refused (exit 1). The client and the engagement are matched like every --client /
--engagement (case, width and spacing ignored); missing ones are created (through the same ops as the GUI)
only when rows are actually imported, and the output says so. Columns not imported, and rows whose stated
quadrant disagrees with their scores, are listed on stdout.
"""

from __future__ import annotations

import sys
from typing import Any

from consultdesk.cli_commands.common import (
    CommandFailed,
    headless_context,
    lookup_client,
    lookup_engagement,
    workspace_for,
)


def run(args: Any) -> int:
    from consultdesk.transfer import TransferError, apply_overrides, guess_mapping, read_table

    try:
        table = read_table(args.file, display_name=str(args.file), sheet=getattr(args, "sheet", None),
                           header_row=getattr(args, "header_row", None))
        mapping = apply_overrides(table, guess_mapping(table.headers), args.map)
    except TransferError as exc:
        raise CommandFailed(str(exc)) from None
    with workspace_for(args, writing=True) as workspace:
        return _import(args, headless_context(workspace), table, mapping)  # workspace_for closes the context


def _import(args: Any, ctx: Any, table: Any, mapping: dict[str, int]) -> int:
    from consultdesk.ops.errors import OpError
    from consultdesk.transfer import TransferError, validate

    client = lookup_client(ctx.repos, args.client)
    engagement = lookup_engagement(ctx.repos, client.id, args.engagement) if client else None
    taken = ctx.repos.requirements_import.taken_codes(engagement.id) if engagement else set()
    try:
        plan = validate(table, mapping, taken)
    except TransferError as exc:
        hint = " (or name it with --map title=COLUMN)" if "title" not in mapping else ""
        raise CommandFailed(str(exc).rstrip(".") + hint + ".") from None
    for problem in plan.problems:
        print(problem.text(), file=sys.stderr)
    if not plan.rows and not plan.problems:
        raise CommandFailed(f"{table.source}: 0 rows to import: the file has a header row (row {table.header_row}) "
                            "but no requirement rows under it.")
    if plan.problems and not args.skip_invalid:
        raise CommandFailed(
            f"Nothing imported: {plan.rejected_rows} of {plan.rejected_rows + len(plan.rows)} rows are invalid "
            "(fix them, or use --skip-invalid to import the valid rows)."
        )
    client_name = client.name if client else args.client
    engagement_title = engagement.title if engagement else args.engagement
    made: list[str] = []
    try:
        from consultdesk.ops.requirement_import import import_into_named

        # Client, engagement and rows in one transaction: a refused write leaves none of them.
        ids: list[int] = []
        if plan.rows:
            _, ids, made = import_into_named(ctx, client_name, engagement_title, plan.rows)
    except OpError as exc:
        raise CommandFailed(f"Nothing imported: {exc}") from None
    created = ([f'Created client "{client_name}".'] if "clients" in made else []) + (
        [f'Created engagement "{engagement_title}".'] if "engagements" in made else [])
    _report(table, plan, created)
    skipped = f", skipped {plan.rejected_rows} invalid rows" if plan.rejected_rows else ""
    print(f"Imported {len(ids)} requirements into {client_name} / {engagement_title}{skipped}.")
    return 0


def _report(table: Any, plan: Any, created: list[str]) -> None:
    read = [f"sheet \"{table.sheet}\"" if table.sheet else "", f"encoding {table.encoding}" if table.encoding else "",
            f"header on row {table.header_row}"]
    print(f"Read {table.source}: " + ", ".join(p for p in read if p) + ".")
    for line in created:
        print(line)
    if plan.ignored_columns:
        print("Columns not imported: " + ", ".join(f'"{c}"' for c in plan.ignored_columns) + ".")
    for notice in plan.notices:
        print(notice.text())


