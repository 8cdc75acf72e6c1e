"""AppContext: everything a piece of the app needs, passed explicitly (nothing global)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, Sequence

from PySide6.QtCore import QObject, Signal

from consultdesk.bus import ChangeBus
from consultdesk.ops.undo_history import UndoHistory

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from consultdesk.store.database import Store
    from consultdesk.store.repos import Repos
    from consultdesk.store.workspace import Workspace


class Questions(Protocol):
    """What the app asks the user through: ui.asker.Asker in the GUI, ScriptedAsker in tests.

    Spelled out here because nothing below the ui may import it; parents are QWidgets (or None).
    """

    def confirm(self, parent: Any, title: str, text: str) -> bool: ...
    def inform(self, parent: Any, title: str, text: str) -> None: ...
    def warn(self, parent: Any, title: str, text: str) -> None: ...
    def open_file(self, parent: Any, title: str, filters: str = "") -> str | None: ...
    def open_files(self, parent: Any, title: str, filters: str = "") -> list[str]: ...
    def save_file(self, parent: Any, title: str, suggested: str = "", filters: str = "") -> str | None: ...
    def choose_folder(self, parent: Any, title: str, start: str = "") -> str | None: ...
    def get_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None: ...
    def choose(self, parent: Any, title: str, label: str, items: Sequence[str]) -> str | None: ...
    def run_dialog(self, dialog: Any) -> bool: ...


log = logging.getLogger(__name__)


class NoQuestions:
    """The asker of a headless context (the CLI, benchmarks): there is nobody to answer. What would be
    shown goes to the log; a question is a programming error, raised so it never passes unnoticed."""

    def _unanswerable(self, title: str) -> NoReturn:
        raise RuntimeError(f"A headless command asked the user a question ({title!r}).")

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self._unanswerable(title)

    def inform(self, parent: Any, title: str, text: str) -> None:
        log.info("%s: %s", title, text)

    def warn(self, parent: Any, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)

    def open_file(self, parent: Any, title: str, filters: str = "") -> str | None:
        self._unanswerable(title)

    def open_files(self, parent: Any, title: str, filters: str = "") -> list[str]:
        self._unanswerable(title)

    def save_file(self, parent: Any, title: str, suggested: str = "", filters: str = "") -> str | None:
        self._unanswerable(title)

    def choose_folder(self, parent: Any, title: str, start: str = "") -> str | None:
        self._unanswerable(title)

    def get_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self._unanswerable(title)

    def choose(self, parent: Any, title: str, label: str, items: Sequence[str]) -> str | None:
        self._unanswerable(title)

    def run_dialog(self, dialog: Any) -> bool:
        self._unanswerable(str(dialog))


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
    asker: Questions = field(default_factory=NoQuestions)  # ui.asker.Asker in the GUI; scripted in tests
    settings: QSettings | None = None  # in the GUI only
    history: UndoHistory = field(init=False)

    def __post_init__(self) -> None:
        self.history = UndoHistory(self.bus)

    @property
    def store(self) -> Store:
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
            client_id = self.selection.client_id
            first_engagement = next(iter(clients.engagements(client_id)), None) if client_id is not None else None
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
