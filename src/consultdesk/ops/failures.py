"""One sentence for why a write did not happen, whatever layer raised it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultdesk.ops.errors import OpError
from consultdesk.store.archive_guard import ArchivedError
from consultdesk.store.errors import StoreError, WorkspaceError
from consultdesk.store.failures import write_failure_sentence


def archived_text(exc: ArchivedError) -> str:
    """The sentence for a write refused under an archived engagement or client."""
    text = (QCoreApplication.translate("ops", "The engagement “%1” is archived and read-only; restore it to change it.")
            if exc.kind == "engagement" else
            QCoreApplication.translate("ops", "The client “%1” is archived and read-only; restore it to change it."))
    return text.replace("%1", exc.title)


def describe_failure(exc: BaseException) -> str:
    """A sentence a person can act on; never a traceback or a raw exception name."""
    if isinstance(exc, ArchivedError):
        return archived_text(exc)
    storage = write_failure_sentence(exc)
    if storage is not None:
        return storage
    if isinstance(exc, (OpError, StoreError)):
        return str(exc)
    if isinstance(exc, WorkspaceError):
        return exc.message
    return QCoreApplication.translate("ops", "The workspace refused the change ({detail}).").format(detail=type(exc).__name__)
