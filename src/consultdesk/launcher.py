"""Opening workspaces into main windows: the app's start and File ▸ New/Open/Open recent.

Bootstrap level, like app.py: it may open the store; the File menu (ui/file_menu.py) asks it to.
A workspace held by another computer (synced or copied folder) is explained and taken over only
after the user confirms that ConsultDesk no longer runs there. Recent workspaces are kept in the
user's settings (not in a workspace), most recent first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from consultdesk import APP_NAME

RECENT_KEY = "recent/workspaces"
RECENT_LIMIT = 8


def user_settings() -> QSettings:
    """Per-user settings shared by every workspace (the recent list), in the platform's config folder.

    An explicit file (not QSettings' own per-scope location, which Qt fixes at the first use in a
    process) so the folder follows the environment, as the workspace default does.
    """
    import platformdirs

    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


class Launcher:
    def __init__(self, translations: Any, asker: Any, lang: str | None = None,
                 settings: QSettings | None = None) -> None:
        self.translations = translations
        self.asker = asker
        self.lang = lang  # --lang: wins over the workspace's own choice for the first window
        self.settings = settings if settings is not None else user_settings()
        self.windows: list[Any] = []

    # -- recent workspaces ---------------------------------------------------------------------------
    def recent(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY) or []
        items = [value] if isinstance(value, str) else list(value)
        return [Path(item) for item in items if item]

    def remember(self, root: Path) -> None:
        root = Path(root)
        items = [root] + [p for p in self.recent() if p != root]
        self.settings.setValue(RECENT_KEY, [str(p) for p in items[:RECENT_LIMIT]])
        self.settings.sync()

    def forget(self, root: Path) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in self.recent() if p != Path(root)])
        self.settings.sync()

    # -- opening ---------------------------------------------------------------------------------------
    def build_context(self, data_dir: Path, parent: Any = None) -> Any:
        """The AppContext of *data_dir*; None when it cannot be opened (the user was told why)."""
        from consultdesk.app import build_context
        from consultdesk.store.errors import WorkspaceError
        from consultdesk.store.lock import WorkspaceLockedError

        try:
            return build_context(data_dir, self.asker)
        except WorkspaceLockedError as exc:
            holder = exc.holder
            if holder is None or not holder.other_host:
                self.asker.warn(parent, APP_NAME, exc.message)
                return None
            question = QCoreApplication.translate(
                "Launcher",
                "This workspace is in use on another computer:\n\n{host}, user {user}, since {since}.\n\n"
                "This happens when the folder is synced or copied between computers. If ConsultDesk is "
                "still open there, close it there first: two computers writing one workspace can lose "
                "work.\n\nTake the workspace over on this computer?"
            ).format(host=holder.host, user=holder.user or "?", since=holder.since_text())
            title = QCoreApplication.translate("Launcher", "Workspace in use on another computer")
            if not self.asker.confirm(parent, title, question):
                return None
            try:
                return build_context(data_dir, self.asker, take_over=True)
            except WorkspaceError as again:
                self.asker.warn(parent, APP_NAME, again.message)
                return None
        except WorkspaceError as exc:
            self.asker.warn(parent, APP_NAME, exc.message)
            return None

    def open(self, data_dir: Path, replacing: Any = None, defer_tabs: bool = False) -> Any:
        """Open *data_dir* in a new main window (closing *replacing* once it is up); None if refused."""
        from consultdesk.ui.main_window import MainWindow

        data_dir = Path(data_dir).expanduser().absolute()
        if replacing is not None and Path(replacing.ctx.workspace.root) == data_dir:
            replacing.raise_()
            return replacing
        ctx = self.build_context(data_dir, replacing)
        if ctx is None:
            return None
        if replacing is None:  # a workspace opened from the File menu keeps the language in use
            saved = ctx.settings.value("language") if ctx.settings is not None else None
            self.translations.install(self.lang or saved or None)
        window = MainWindow(ctx, self.translations, defer_tabs)
        window.launcher = self
        self.windows.append(window)
        if replacing is not None and replacing.isMaximized():
            window.showMaximized()
        else:
            window.show()
        self.remember(data_dir)
        if replacing is not None:
            if not replacing.close():  # saves its state and releases its workspace, unless refused
                window.close()
                self.windows.remove(window)
                return None
            if replacing in self.windows:
                self.windows.remove(replacing)
            replacing.deleteLater()
        return window


def is_workspace(folder: Path) -> bool:
    from consultdesk.store.workspace import DB_NAME

    return (Path(folder) / DB_NAME).is_file()
