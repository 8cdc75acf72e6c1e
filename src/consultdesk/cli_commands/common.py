"""Opening the workspace for a sub-command, with the exit-code contract (2 = cannot open or use it)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Iterator

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
            message = "The workspace is open in the ConsultDesk window; close it there before changing data from the command line."
        raise CommandFailed(message, EXIT_WORKSPACE) from exc
    try:
        yield workspace
    finally:
        close_contexts()
        workspace.close()


def run_guarded(body, args: Any) -> int:
    """Run a command body; CommandFailed becomes one sentence on stderr and its exit code."""
    try:
        return body(args)
    except CommandFailed as exc:
        fail(str(exc))
        return exc.code


def find_engagement(repos: Any, client_name: str, engagement_title: str) -> Any:
    """The engagement named on the command line, or CommandFailed (exit 1) saying which name is unknown."""
    client = repos.clients.find_client(client_name)
    if client is None:
        names = [c.name for c in repos.clients.list_clients()]
        raise CommandFailed(f'There is no client named "{client_name}"{_near(client_name, names)}')
    engagement = repos.clients.find_engagement(client.id, engagement_title)
    if engagement is None:
        titles = [e.title for e in repos.clients.engagements(client.id)]
        raise CommandFailed(
            f'Client "{client_name}" has no engagement titled "{engagement_title}"{_near(engagement_title, titles)}')
    return engagement


def _near(name: str, candidates: list[str]) -> str:
    """The end of the sentence: '; did you mean "A" or "B"?'-style: close spellings first, else the names there are (up to 5)."""
    import difflib

    lowered = {c.casefold(): c for c in candidates}
    close = [lowered[c] for c in difflib.get_close_matches(name.casefold(), list(lowered), n=3, cutoff=0.5)]
    close += [c for c in candidates if name.casefold() in c.casefold() and c not in close]
    if close:
        return "; did you mean " + " or ".join(f'"{c}"' for c in close[:3]) + "?"
    if candidates:
        return "; there are: " + ", ".join(f'"{c}"' for c in candidates[:5]) + (", …" if len(candidates) > 5 else ".")
    return " (there are none yet)."


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
