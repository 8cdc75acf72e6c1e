"""AppContext: everything a piece of the app needs, passed explicitly (nothing global)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from consultdesk.bus import ChangeBus
from consultdesk.ops.undo_history import UndoHistory

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
    selection: CurrentSelection = field(default_factory=CurrentSelection)
    asker: Any = None  # ui.asker.Asker in the GUI; scripted fakes in tests; None headless
    settings: Any = None  # QSettings in the GUI
    history: UndoHistory = field(init=False)

    def __post_init__(self) -> None:
        self.history = UndoHistory(self.bus)

    @property
    def store(self):
        return self.workspace.store

    @property
    def repos(self) -> "Repos":
        return self.workspace.repos

    def undo_stack(self, area: str) -> UndoHistory:
        """The workspace's one undo history, whichever tab asks (kept so a caller can say where it is)."""
        return self.history

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

    def close(self) -> None:
        """Delete the undo history's Qt objects while Python still runs.

        Left to the interpreter's exit, a QUndoStack made without a QApplication can be destroyed after
        the objects it refers to, and the process crashes after its work is done (exit 139).
        """
        import shiboken6

        if shiboken6.isValid(self.history):
            self.history.clear()
            shiboken6.delete(self.history)
