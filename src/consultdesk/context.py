"""AppContext: everything a piece of the app needs, passed explicitly (nothing global)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from consultdesk.bus import ChangeBus

if TYPE_CHECKING:
    from consultdesk.store.repos import Repos
    from consultdesk.store.workspace import Workspace


class CurrentSelection(QObject):
    """The client/engagement the user is working on, shared by all tabs."""

    client_changed = Signal(object)  # client id or None
    engagement_changed = Signal(object)  # engagement id or None

    def __init__(self) -> None:
        super().__init__()
        self.client_id: int | None = None
        self.engagement_id: int | None = None

    def set_client(self, client_id: int | None) -> None:
        if client_id != self.client_id:
            self.client_id = client_id
            self.client_changed.emit(client_id)

    def set_engagement(self, engagement_id: int | None) -> None:
        if engagement_id != self.engagement_id:
            self.engagement_id = engagement_id
            self.engagement_changed.emit(engagement_id)


@dataclass
class AppContext:
    workspace: "Workspace"
    bus: ChangeBus = field(default_factory=ChangeBus)
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    selection: CurrentSelection = field(default_factory=CurrentSelection)
    asker: Any = None  # ui.asker.Asker in the GUI; scripted fakes in tests; None headless
    settings: Any = None  # QSettings in the GUI
    _stacks: dict[str, QUndoStack] = field(default_factory=dict)

    @property
    def store(self):
        return self.workspace.store

    @property
    def repos(self) -> "Repos":
        return self.workspace.repos

    def undo_stack(self, area: str) -> QUndoStack:
        """One undo stack per tab area, all in one QUndoGroup so Edit > Undo follows the visible tab."""
        stack = self._stacks.get(area)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            stack.setObjectName(f"undoStack-{area}")
            self.undo_group.addStack(stack)
            self._stacks[area] = stack
            if self.undo_group.activeStack() is None:
                self.undo_group.setActiveStack(stack)
        return stack

    def ensure_selection(self) -> None:
        """Point the selection at records that exist: a stale id is dropped, and with nothing chosen
        the first client (by name) and its first engagement are, so no tab opens empty."""
        clients = self.repos.clients
        if self.selection.client_id is not None and clients.get_client(self.selection.client_id) is None:
            self.selection.set_client(None)
        if self.selection.client_id is None:
            first = next(iter(clients.list_clients()), None)
            if first is None:
                self.selection.set_engagement(None)
                return
            self.selection.set_client(first.id)
        engagement = (clients.get_engagement(self.selection.engagement_id)
                      if self.selection.engagement_id is not None else None)
        if engagement is None or engagement.client_id != self.selection.client_id:
            first_engagement = next(iter(clients.engagements(self.selection.client_id)), None)
            self.selection.set_engagement(first_engagement.id if first_engagement else None)

    def activate_area(self, area: str) -> None:
        self.undo_group.setActiveStack(self.undo_stack(area))

    def close(self) -> None:
        """Delete the Qt undo objects this context owns, stacks before their groups, while Python still runs.

        Left to the interpreter's exit, a QUndoGroup made without a QApplication can be destroyed before
        the stacks and commands it refers to, and the process crashes after its work is done.
        """
        close_qt_objects(self)


def close_qt_objects(owner: Any) -> None:
    """Delete the QUndoStacks, then the QUndoGroups, then other QObjects held by *owner* (and by its
    `history` attribute, whatever shape it has), clearing each stack's commands first."""
    import shiboken6

    found: list[QObject] = []
    holders = [owner, getattr(owner, "history", None)]
    for holder in holders:
        if holder is None:
            continue
        if isinstance(holder, QObject):
            found.append(holder)
        values = list(vars(holder).values()) if hasattr(holder, "__dict__") else []
        for value in values:
            items = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) \
                else [value]
            found.extend(item for item in items if isinstance(item, QObject))
    rank = lambda obj: 0 if isinstance(obj, QUndoStack) else 1 if isinstance(obj, QUndoGroup) else 2  # noqa: E731
    unique = list({id(obj): obj for obj in found}.values())
    for obj in sorted(unique, key=rank):
        if not shiboken6.isValid(obj):
            continue  # already deleted with its parent
        if isinstance(obj, QUndoStack):
            obj.clear()
            for group in [g for g in unique if isinstance(g, QUndoGroup) and shiboken6.isValid(g)]:
                group.removeStack(obj)
        if isinstance(obj, QUndoGroup):
            for stack in obj.stacks():
                obj.removeStack(stack)
        shiboken6.delete(obj)
    stacks = getattr(owner, "_stacks", None)
    if isinstance(stacks, dict):
        stacks.clear()
