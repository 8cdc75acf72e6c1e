"""One undo history for the whole workspace.

Every tab's commands go on this one stack, in the order they were made. A per-tab stack could undo a
row that another tab's later commands depend on (undo "Add engagement" on Clients would delete the
requirements typed on the Board since); one history can only undo the newest step, so no undo ever
reverts something later work rests on. Each step remembers the tab (area) and the client/engagement it
was made in, so Edit ▸ Undo can name the tab and the main window can show it.

An undo or redo runs the command's revert/apply *before* the stack moves: if it fails (disk full, a row
gone), the stack stays where it was and `failed` carries one sentence for the user.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from consultdesk.ops.failures import describe_failure

if TYPE_CHECKING:
    from consultdesk.bus import ChangeBus
    from consultdesk.ops.base import StoreCommand

log = logging.getLogger(__name__)


class UndoHistory(QUndoStack):
    """QUndoStack whose undo()/redo() refuse to move when the step cannot be carried out.

    Only undo()/redo() of this class are safe: QUndoStack.setIndex() and Qt's own undo actions call the
    C++ methods and would bypass the check, so the app never uses them.
    """

    # area, client id, engagement id of the step just undone or redone (the main window shows it).
    stepped = Signal(str, object, object)

    def __init__(self, bus: "ChangeBus", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistory")
        self._bus = bus

    # --- what Edit ▸ Undo shows --------------------------------------------------------------------
    def undo_command(self) -> QUndoCommand | None:
        return self.command(self.index() - 1) if self.canUndo() else None

    def redo_command(self) -> QUndoCommand | None:
        return self.command(self.index()) if self.canRedo() else None

    @staticmethod
    def area_of(command: QUndoCommand | None) -> str:
        return str(getattr(command, "area", "") or "")

    # --- stepping ----------------------------------------------------------------------------------
    def undo(self) -> bool:  # type: ignore[override]
        command = self.undo_command()
        if command is None:
            return False
        return self._step(command, undoing=True)

    def redo(self) -> bool:  # type: ignore[override]
        command = self.redo_command()
        if command is None:
            return False
        return self._step(command, undoing=False)

    def _step(self, command: QUndoCommand, undoing: bool) -> bool:
        from consultdesk.ops.base import StoreCommand

        if not isinstance(command, StoreCommand):  # nothing of ours to check first
            super().undo() if undoing else super().redo()
            return True
        try:
            changes = command.carry_out(undoing)
        except Exception as exc:  # noqa: BLE001 - the user is told; the stack and the data stay as they were
            log.exception("%s of %r failed", "undo" if undoing else "redo", command.text())
            template = (
                QCoreApplication.translate("UndoHistory", "Could not undo “{step}”: {reason} Nothing was changed.")
                if undoing else
                QCoreApplication.translate("UndoHistory", "Could not redo “{step}”: {reason} Nothing was changed."))
            self._bus.failed.emit(template.format(step=command.text(), reason=describe_failure(exc)))
            return False
        command.skip_next_step()
        super().undo() if undoing else super().redo()
        self._bus.changed.emit(changes, command.initiator)
        self.stepped.emit(command.area, *command.made_in)
        return True

    def push_done(self, command: "StoreCommand") -> None:
        """Put a command that has already run once on the stack (QUndoStack.push would run it again)."""
        command.skip_next_step()
        self.push(command)
