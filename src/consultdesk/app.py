"""Bootstrap only: QApplication, workspace, AppContext, MainWindow."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from consultdesk import APP_NAME, __version__
from consultdesk.context import AppContext
from consultdesk.store.errors import WorkspaceError
from consultdesk.store.workspace import open_workspace

UI_STATE_FILE = "ui-state.ini"


def build_context(data_dir: Path, asker: Any = None) -> AppContext:
    from consultdesk.ui.asker import Asker

    workspace = open_workspace(Path(data_dir))
    # UI state lives with the workspace: per-workspace geometry/selection, and tests stay hermetic.
    settings = QSettings(str(workspace.root / UI_STATE_FILE), QSettings.IniFormat)
    return AppContext(workspace=workspace, asker=asker or Asker(), settings=settings)


def open_main_window(
    data_dir: str | Path, lang: str | None = None, asker: Any = None, defer_tabs: bool = False
) -> QMainWindow:
    """Build and show the main window inside an existing QApplication (embedding and tests).

    Every tab exists when this returns, unless defer_tabs (the app's own start: hidden tabs are
    built right after the first paint).
    """
    from consultdesk.ui.i18n import Translations
    from consultdesk.ui.main_window import MainWindow

    ctx = build_context(Path(data_dir), asker)
    translations = Translations()
    translations.install(lang or ctx.settings.value("language") or None)
    window = MainWindow(ctx, translations, defer_tabs)
    window.show()
    return window


def run_gui(data_dir: Path, lang: str | None, demo: bool, asker: Any = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from consultdesk.paths import resource
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("icons", "consultdesk.svg"))))
    temp = None
    if demo:
        temp = tempfile.TemporaryDirectory(prefix="consultdesk-demo-")
        data_dir = Path(temp.name)
    from consultdesk import last_resort
    from consultdesk.ui.asker import Asker

    asker = asker or Asker()
    try:
        window = open_main_window(data_dir, lang, asker, defer_tabs=True)
    except Exception as exc:  # noqa: BLE001 - WorkspaceError is a sentence; anything else is logged too
        message = exc.message if isinstance(exc, WorkspaceError) else last_resort.report(exc, Path(data_dir))
        asker.warn(None, APP_NAME, message)
        return 2
    last_resort.install_gui_hook(lambda text: asker.warn(window if window.isVisible() else None, APP_NAME, text),
                                 lambda: window.ctx.workspace.root)
    if demo:
        window.welcome.open_demo()
    code = app.exec()
    if temp is not None:
        temp.cleanup()
    return code
