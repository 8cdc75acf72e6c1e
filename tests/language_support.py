"""Switching the interface language inside one test.

A language change reaches every top-level widget of the process, also the hidden ones that earlier
tests left behind with their workspaces closed: those are deleted first (their tests are over)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import shiboken6
from PySide6.QtWidgets import QApplication


def _drop_stale_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        # deleting one may delete others of the list with it (its child windows)
        if shiboken6.isValid(widget) and widget.parent() is None and not widget.isVisible():
            shiboken6.delete(widget)


@contextmanager
def interface_language(lang: str) -> Iterator[None]:
    from consultdesk.ui.i18n import Translations

    _drop_stale_windows()
    translations = Translations()
    translations.install(lang)
    try:
        yield
    finally:
        translations.install("en")
