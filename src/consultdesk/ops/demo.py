"""Loading the demo is a bulk load, not an edit: it is not undoable, and every view refreshes afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from consultdesk.bus import Changes
from consultdesk.demo import load_demo

if TYPE_CHECKING:
    from consultdesk.context import AppContext

def fill_with_demo(ctx: "AppContext", initiator: Any = None) -> dict[str, int]:
    ids = load_demo(ctx.workspace)
    tables = ctx.store.db.table_names()
    ctx.bus.changed.emit(Changes({t: frozenset() for t in tables}), initiator)
    return ids
