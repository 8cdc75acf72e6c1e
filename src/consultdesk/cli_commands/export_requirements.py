"""consultdesk export requirements --client C --engagement E --out FILE.csv|.xlsx (English headers)."""

from __future__ import annotations

from typing import Any

from consultdesk.cli_commands.common import CommandFailed, workspace_for


def run(args: Any) -> int:
    from consultdesk.transfer import TransferError, write_requirements

    with workspace_for(args, writing=False) as workspace:
        repos = workspace.repos
        client = repos.clients.find_client(args.client)
        if client is None:
            raise CommandFailed(f'There is no client named "{args.client}".')
        engagement = repos.clients.find_engagement(client.id, args.engagement)
        if engagement is None:
            raise CommandFailed(f'{args.client} has no engagement titled "{args.engagement}".')
        requirements = repos.requirements.for_engagement(engagement.id)
    try:
        count = write_requirements(args.out, requirements)
    except TransferError as exc:
        raise CommandFailed(str(exc)) from None
    except OSError as exc:
        raise CommandFailed(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    print(f"Exported {count} requirements to {args.out}.")
    return 0
