"""Rebuilding the search index on request. The index holds no data of its own (it is derived from the
records by triggers), so a rebuild changes nothing a user could undo: it is not an undo command."""

from __future__ import annotations

from consultdesk.bus import Changes
from consultdesk.context import AppContext


def rebuild_index(ctx: AppContext, initiator: object = None) -> int:
    """Re-create the index from every record; returns how many records it holds."""
    count = ctx.repos.search.rebuild()
    ctx.bus.changed.emit(Changes.of("search_docs"), initiator)
    return count
