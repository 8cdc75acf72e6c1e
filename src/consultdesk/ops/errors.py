"""Refusals of an operation, and the translation of the domain's sentences where they become one."""

from PySide6.QtCore import QCoreApplication


class OpError(Exception):
    """An operation was refused before anything changed; str(error) is a sentence for the user."""


class WriteFailed(OpError):
    """The disk or the database refused the write (disk full, read-only, I/O error); nothing changed."""


def domain_message(text: str) -> str:
    """A sentence the domain marked with domain.texts.QT_TRANSLATE_NOOP("domain", …), in the UI language."""
    return QCoreApplication.translate("domain", text)
