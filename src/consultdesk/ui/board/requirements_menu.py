"""Right-click menu and Delete key of the requirements table: open, set status of many, delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from consultdesk.domain.requirements import RequirementStatus
from consultdesk.ops.errors import OpError
from consultdesk.ops.requirements import set_status
from consultdesk.ui.board.deletion import delete_with_notice
from consultdesk.ui.board.labels import status_name

if TYPE_CHECKING:
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

_CONTEXT = "RequirementsMenu"



def delete_selected(panel: "RequirementsPanel") -> None:
    """Delete the selected requirements: one undo step, said in the status bar (asked first if many)."""
    delete_with_notice(panel.ctx, panel, panel.selected_ids(), initiator=panel)


def set_selected_status(panel: "RequirementsPanel", status: RequirementStatus) -> None:
    ids = panel.selected_ids()
    if ids:
        _guarded(panel, lambda: set_status(panel.ctx, ids, status, initiator=panel))


def _guarded(panel: "RequirementsPanel", step: Callable[[], object]) -> None:
    try:
        step()
    except OpError as exc:
        panel.ctx.asker.warn(panel, QCoreApplication.translate("RequirementsMenu", "Requirements not changed"), str(exc))


def build_menu(panel: "RequirementsPanel") -> QMenu:
    ids = panel.selected_ids()
    menu = QMenu(panel)
    menu.setObjectName("requirementsMenu")
    open_action = menu.addAction(QCoreApplication.translate("RequirementsMenu", "&Open"))
    open_action.setEnabled(len(ids) == 1)
    open_action.triggered.connect(lambda: panel.open_editor(ids[0]))
    status_menu = menu.addMenu(QCoreApplication.translate("RequirementsMenu", "Set &status"))
    status_menu.setEnabled(bool(ids))
    for status in RequirementStatus:
        action = status_menu.addAction(status_name(status))
        action.triggered.connect(lambda _checked=False, s=status: set_selected_status(panel, s))
    menu.addSeparator()
    count = len(ids)  # a plain name: lupdate drops a translate call whose count is an expression
    delete_action = menu.addAction(QCoreApplication.translate("RequirementsMenu", "&Delete %n requirement(s)", "", count))
    delete_action.setShortcut(QKeySequence.StandardKey.Delete)
    delete_action.setEnabled(bool(ids))
    delete_action.triggered.connect(lambda: delete_selected(panel))
    return menu


def show_menu(panel: "RequirementsPanel", pos: QPoint) -> None:
    menu = build_menu(panel)
    menu.popup(panel.table.viewport().mapToGlobal(pos))
