"""One sentence for why a write did not happen, whatever layer raised it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultdesk.ops.errors import OpError
from consultdesk.store.errors import StoreError, WorkspaceError
from consultdesk.store.failures import write_failure_sentence


def describe_failure(exc: BaseException) -> str:
    """A sentence a person can act on; never a traceback or a raw exception name."""
    storage = write_failure_sentence(exc)
    if storage is not None:
        return storage
    if isinstance(exc, (OpError, StoreError)):
        return str(exc)
    if isinstance(exc, WorkspaceError):
        return exc.message
    return QCoreApplication.translate("ops", "The workspace refused the change ({detail}).").format(detail=type(exc).__name__)
