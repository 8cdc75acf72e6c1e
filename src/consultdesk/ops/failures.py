"""One sentence for why a write did not happen, whatever layer raised it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultdesk.ops.errors import OpError
from consultdesk.store.errors import StoreError, WorkspaceError, is_disk_full, is_read_only


def describe_failure(exc: BaseException) -> str:
    """A sentence a person can act on; never a traceback or a raw exception name."""
    if is_disk_full(exc):
        return QCoreApplication.translate("ops", "The disk is full: free some space and try again.")
    if isinstance(exc, (OpError, StoreError)):
        return str(exc)
    if isinstance(exc, WorkspaceError):
        return exc.message
    if is_read_only(exc):
        return QCoreApplication.translate("ops", "The workspace cannot be written to (it is read-only).")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("ops", "Permission was refused for {name}.").format(name=exc.filename or "")
    return QCoreApplication.translate("ops", "The workspace refused the change ({detail}).").format(detail=type(exc).__name__)
