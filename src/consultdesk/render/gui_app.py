"""Qt needs a QGuiApplication to draw text and pictures; headless callers (the CLI) get an offscreen one."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen QApplication for headless use."""
    app = QGuiApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("Rendering a diagram needs a GUI application; a core application is running.")
        return app
    from PySide6.QtWidgets import QApplication

    # Never a window from a headless command: offscreen unless the caller chose a platform.
    return QApplication(["consultdesk", "-platform", os.environ.get("QT_QPA_PLATFORM") or "offscreen"])
