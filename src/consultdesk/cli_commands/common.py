"""Opening the workspace for a sub-command, with the exit-code contract (2 = cannot open or use it)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

EXIT_OK, EXIT_PROBLEMS, EXIT_WORKSPACE = 0, 1, 2


class CommandFailed(Exception):
    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str) -> None:
    print(message, file=sys.stderr)


@contextmanager
def workspace_for(args: Any, writing: bool) -> Iterator[Any]:
    """Readers share the workspace with a running GUI (WAL); writers take the lock or refuse."""
    from consultdesk.store.errors import WorkspaceError, WorkspaceProblem
    from consultdesk.store.workspace import open_workspace

    try:
        workspace = open_workspace(args.data_dir, take_lock=writing)
    except WorkspaceError as exc:
        message = exc.message
        if writing and exc.problem is WorkspaceProblem.LOCKED:
            holder = getattr(exc, "holder", None)
            where = f" ({holder.describe()})" if holder is not None else ""
            message = (f"The workspace is open in the ConsultDesk window{where}; close it there before "
                       "changing data from the command line.")
        raise CommandFailed(message, EXIT_WORKSPACE) from exc
    try:
        yield workspace
    finally:
        close_contexts()
        workspace.close()


def run_guarded(body: Callable[[Any], int], args: Any) -> int:
    """Run a command body; CommandFailed becomes one sentence on stderr and its exit code."""
    try:
        return body(args)
    except CommandFailed as exc:
        fail(str(exc))
        return exc.code


def lookup_client(repos: Any, name: str) -> Any:
    """The client a command-line name means (case, width and spacing ignored), or None."""
    from consultdesk.domain.names import find_by_name

    return find_by_name(repos.clients.list_clients(), name, lambda c: c.name)


def lookup_engagement(repos: Any, client_id: int, title: str) -> Any:
    from consultdesk.domain.names import find_by_name

    return find_by_name(repos.clients.engagements(client_id), title, lambda e: e.title)


def _did_you_mean(wanted: str, names: list[str]) -> str:
    from consultdesk.domain.names import near_names

    near = near_names(wanted, names)
    return (" Did you mean " + " or ".join(f'"{n}"' for n in near) + "?") if near else ""


def find_engagement(repos: Any, client_name: str, engagement_title: str) -> Any:
    """The engagement named on the command line (names matched case-, width- and space-insensitively), or
    CommandFailed (exit 1) saying which name is unknown and naming the near matches."""
    client = lookup_client(repos, client_name)
    if client is None:
        names = [c.name for c in repos.clients.list_clients()]
        raise CommandFailed(f'There is no client named "{client_name}".{_did_you_mean(client_name, names)}')
    engagement = lookup_engagement(repos, client.id, engagement_title)
    if engagement is None:
        titles = [e.title for e in repos.clients.engagements(client.id)]
        hint = _did_you_mean(engagement_title, titles) or (
            " Its engagements: " + ", ".join(f'"{t}"' for t in titles) + "." if titles else " It has no engagements.")
        raise CommandFailed(f'Client "{client.name}" has no engagement titled "{engagement_title}".{hint}')
    return engagement


_contexts: list[Any] = []


def headless_context(workspace: Any) -> Any:
    """An AppContext without widgets, so CLI writes go through the same ops (and rules) as the GUI.

    Its Qt objects are deleted when the workspace is closed (close_contexts), never at interpreter exit."""
    from consultdesk.context import AppContext

    ctx = AppContext(workspace=workspace)
    _contexts.append(ctx)
    return ctx


def close_contexts() -> None:
    while _contexts:
        _contexts.pop().close()

