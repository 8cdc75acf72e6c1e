"""Bootstrap only: QApplication, workspace, AppContext, MainWindow."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from consultdesk import APP_NAME, __version__
from consultdesk.context import AppContext
from consultdesk.paths import APP_ID
from consultdesk.store.workspace import open_workspace

UI_STATE_FILE = "ui-state.ini"


def build_context(data_dir: Path, asker: Any = None, take_over: bool = False) -> AppContext:
    from consultdesk.ui.asker import Asker

    workspace = open_workspace(Path(data_dir), take_over=take_over)
    # UI state lives with the workspace: per-workspace geometry/selection, and tests stay hermetic.
    settings = QSettings(str(workspace.root / UI_STATE_FILE), QSettings.Format.IniFormat)
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
    translations.install(lang or (ctx.settings.value("language") if ctx.settings is not None else None) or None)
    window = MainWindow(ctx, translations, defer_tabs)
    window.show()
    return window


def identify_application(app: QApplication) -> None:
    """Names and icon the desktop uses to group windows, pin the app and find its .desktop entry."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from consultdesk.paths import resource

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland app id / .desktop file without ".desktop"
    app.setWindowIcon(QIcon(str(resource("icons", "consultdesk.svg"))))


def set_windows_app_id() -> None:
    """Windows groups taskbar buttons and pins by AppUserModelID; the installer's shortcut sets the same."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


class _FirstPaint(QObject):
    """--smoke-test: report the time to the window's first paint, then quit (bundle checks, bench)."""

    def __init__(self, window: QMainWindow, started: float) -> None:
        super().__init__(window)
        self.started = started
        window.installEventFilter(self)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            elapsed = time.perf_counter() - self.started
            from consultdesk.store.sqlite_info import describe

            loaded = ", ".join(watched.translations.loaded()) or "none"
            print(f"first paint after {elapsed:.3f} s; translations: {loaded}; {describe()}", flush=True)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, watched.close)
        return False


def run_gui(data_dir: Path, lang: str | None, demo: bool, asker: Any = None, smoke_test: bool = False) -> int:
    started = time.perf_counter()
    set_windows_app_id()
    # instance() is typed as the QCoreApplication base; the GUI only ever makes a QApplication.
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv)
    identify_application(app)
    from consultdesk.launcher import Launcher
    from consultdesk.ui.asker import Asker
    from consultdesk.ui.i18n import Translations

    temp = None
    if demo:
        temp = tempfile.TemporaryDirectory(prefix="consultdesk-demo-")
        data_dir = Path(temp.name)
    from consultdesk import last_resort

    asker = asker or Asker()
    launcher = Launcher(Translations(), asker, lang=lang)
    try:
        window = launcher.open(data_dir, defer_tabs=True)  # a WorkspaceError is told by the launcher
    except Exception as exc:  # noqa: BLE001 - logged; the user gets one sentence
        asker.warn(None, APP_NAME, last_resort.report(exc, Path(data_dir)))
        window = None
    if window is None:
        return 2
    last_resort.install_gui_hook(lambda text: asker.warn(window if window.isVisible() else None, APP_NAME, text),
                                 lambda: window.ctx.workspace.root)
    if demo:
        window.welcome.open_demo()
    if smoke_test:
        _FirstPaint(window, started)
    code = app.exec()
    if temp is not None:
        temp.cleanup()
    return code
