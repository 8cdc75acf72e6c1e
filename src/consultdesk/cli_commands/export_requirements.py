"""consultdesk export requirements --client C --engagement E --out FILE.csv|.xlsx [--lang zh_CN|en].

English headers and values, or with --lang zh_CN (also the global option) the Chinese ones."""

from __future__ import annotations

from typing import Any

from consultdesk.cli_commands.common import CommandFailed, find_engagement, workspace_for


def run(args: Any) -> int:
    from consultdesk.export.save import SaveError
    from consultdesk.transfer import TransferError, write_requirements

    with workspace_for(args, writing=False) as workspace:
        repos = workspace.repos
        engagement = find_engagement(repos, args.client, args.engagement)
        requirements = repos.requirements.for_engagement(engagement.id)
    try:
        count = write_requirements(args.out, requirements, getattr(args, "lang", None) or "en")
    except TransferError as exc:
        raise CommandFailed(str(exc)) from None
    except SaveError as exc:
        raise CommandFailed(exc.message) from None
    except OSError as exc:
        raise CommandFailed(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    print(f"Exported {count} requirements to {args.out}.")
    return 0
