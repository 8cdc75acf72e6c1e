"""Deleting cards from the board or rows from the list: never silent.

A few cards go at once (one undo step) and the status bar says how many and how to bring them back;
more than CONFIRM_ABOVE (a Ctrl+A, Delete on a full board) are asked about first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from consultdesk.context import AppContext
from consultdesk.ops.errors import OpError
from consultdesk.ops.requirements import delete_requirements

CONFIRM_ABOVE = 10
NOTICE_MS = 10000


def delete_with_notice(ctx: AppContext, widget: QWidget, ids: list[int], initiator: object) -> bool:
    """Delete *ids* in one undo step; True if they were deleted."""
    count = len(ids)
    if not count:
        return False
    if count > CONFIRM_ABOVE and not ctx.asker.confirm(
            widget, QCoreApplication.translate("RequirementDeletion", "Delete requirements"),
            QCoreApplication.translate(
                "RequirementDeletion", "Delete %n requirement(s)? Ctrl+Z brings them back.", None, count)):
        return False
    try:
        delete_requirements(ctx, ids, initiator=initiator)
    except OpError as error:
        ctx.asker.warn(widget, QCoreApplication.translate("RequirementDeletion", "Requirements not deleted"),
                       str(error))
        return False
    notice = QCoreApplication.translate("RequirementDeletion", "%n requirement(s) deleted — Ctrl+Z to undo",
                                        None, count)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(notice, NOTICE_MS)
    return True
