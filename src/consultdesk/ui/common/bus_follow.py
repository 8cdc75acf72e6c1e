"""How a view follows the change bus: the tables it watches, its refresh, its own echo, its visibility.

follow_bus(ctx, owner, tables, refresh) connects *refresh(changes)* to every notice that touches one of
*tables* (None: every notice). The Changes are passed through, so a view that updates only the rows
that changed can go on doing so.

- Stale while hidden: when *owner* is a widget of a window on screen but is not visible itself (a
  background tab or page), a notice only marks it stale; the notices it missed are merged and refreshed
  once when it is shown again. A view whose window is not on screen (being built, or driven headless)
  refreshes at once: there is no later showing to count on.
- Its own echo: a commit made inside ``follower.own_edit()`` (or through ``follower.own(commit)``) with
  the owner as initiator does not refresh the view that made it — the form already shows what it stored,
  and reloading it mid-typing would only cost time. An undo or redo of that edit comes later, outside
  the commit, and refreshes as any other notice does.
- Refreshes run when the notice arrives, never deferred to a later turn of the event loop: whoever made
  an edit may read the views right after it (a jump to a new row, the tests).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from consultdesk.bus import Changes

if TYPE_CHECKING:
    from consultdesk.context import AppContext

Refresh = Callable[[Changes], None]
T = TypeVar("T")


def merged(first: Changes, second: Changes) -> Changes:
    """Both notices as one; a table one of them names without ids ("some rows") stays without ids."""
    touched = dict(first.touched)
    for table, ids in second.touched.items():
        known = touched.get(table)
        touched[table] = ids if known is None else (known | ids if known and ids else frozenset())
    return Changes(touched)


class BusFollower(QObject):
    def __init__(
        self, ctx: "AppContext", owner: QObject, tables: Iterable[str] | None, refresh: Refresh,
        initiator: object | None = None,
    ) -> None:
        super().__init__(owner)  # lives and dies with its view
        self._bus = ctx.bus
        self._owner = owner
        self._tables = None if tables is None else tuple(tables)
        self._refresh = refresh
        self._initiator = owner if initiator is None else initiator
        self._own_depth = 0
        self._missed: Changes | None = None  # merged notices not yet shown (stale while hidden)
        self._bus.changed.connect(self._on_changed)
        self._following = True
        if isinstance(owner, QWidget):
            owner.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._missed is not None

    def stop(self) -> None:
        """Follow no more (a window that is closed but kept); stopping twice is harmless."""
        if self._following:
            self._following = False
            self._bus.changed.disconnect(self._on_changed)
        self._missed = None

    def invalidate(self, changes: Changes | None = None) -> None:
        """Something besides a notice made the view out of date (another engagement picked)."""
        self._offer(changes or Changes())

    @contextmanager
    def own_edit(self) -> Iterator[None]:
        self._own_depth += 1
        try:
            yield
        finally:
            self._own_depth -= 1

    def own(self, commit: Callable[..., T]) -> Callable[..., T]:
        """*commit*, with its echo skipped (for a FieldBinder's commit callback)."""
        def wrapped(*args: Any, **kwargs: Any) -> T:
            with self.own_edit():
                return commit(*args, **kwargs)
        return wrapped

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self._tables is not None and not changes.touches(*self._tables):
            return
        if self._own_depth and initiator is self._initiator:
            return
        self._offer(changes)

    def _offer(self, changes: Changes) -> None:
        if not self._following:
            return
        if self._hidden():
            self._missed = changes if self._missed is None else merged(self._missed, changes)
            return
        if self._missed is not None:  # missed while hidden, and the window has gone since
            changes, self._missed = merged(self._missed, changes), None
        self._refresh(changes)

    def _hidden(self) -> bool:
        owner = self._owner
        return isinstance(owner, QWidget) and not owner.isVisible() and owner.window().isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._owner and event.type() == QEvent.Type.Show and self._missed is not None:
            missed, self._missed = self._missed, None
            self._refresh(missed)
        return False


def follow_bus(
    ctx: "AppContext", owner: QObject, tables: Iterable[str] | None, refresh: Refresh,
    initiator: object | None = None,
) -> BusFollower:
    """*owner* follows the notices touching *tables*; *initiator* (default: the owner) is what its own
    commits pass to the ops, for own_edit() to recognise their echo."""
    return BusFollower(ctx, owner, tables, refresh, initiator)
