"""File menu: New workspace…, Open workspace…, Open recent, Show workspace folder, Back up now….

Opening goes through the Launcher (it owns workspaces and windows); every question through
ctx.asker. Showing the folder uses the desktop's file manager (`reveal`, replaced in tests).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from consultdesk.ui.main_window import MainWindow


def reveal_in_file_manager(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class FileMenu(QObject):
    """Adds the workspace actions at the top of *menu* (the window's File menu)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.reveal: Callable[[Path], bool] = reveal_in_file_manager
        self.new_action = self._action("newWorkspaceAction", self.new_workspace, QKeySequence("Ctrl+Shift+W"))
        self.open_action = self._action("openWorkspaceAction", self.open_workspace, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(menu)
        self.recent_menu.setObjectName("openRecentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.show_folder_action = self._action("showWorkspaceFolderAction", self.show_folder, None)
        self.backup_action = self._action("backupNowAction", self.back_up_now, None)
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.show_folder_action)
        menu.addAction(self.backup_action)
        menu.addSeparator()
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, slot: Callable[[], Any], shortcut: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    @property
    def launcher(self) -> Any:
        launcher = self.window.launcher
        if launcher is None:  # a window built by open_main_window (embedding, tests)
            from consultdesk.launcher import Launcher

            launcher = self.window.launcher = Launcher(self.window.translations, self.ctx.asker)
            launcher.windows.append(self.window)
            launcher.remember(self.ctx.workspace.root)
        return launcher

    # -- actions -------------------------------------------------------------------------------------
    def new_workspace(self) -> Any:
        title = self.tr("New workspace")
        answer = self.ctx.asker.choose_folder(self.window, title, str(self.ctx.workspace.root.parent))
        if not answer:
            return None
        folder = Path(answer)
        from consultdesk.launcher import is_workspace

        if is_workspace(folder):
            self.ctx.asker.inform(self.window, title, self.tr(
                "{folder} already holds a workspace; it is opened.").format(folder=folder))
        elif folder.exists() and any(folder.iterdir()):
            self.ctx.asker.warn(self.window, title, self.tr(
                "{folder} is not empty. Choose an empty folder for a new workspace (the dialog can "
                "create one).").format(folder=folder))
            return None
        return self.launcher.open(folder, replacing=self.window)

    def open_workspace(self) -> Any:
        title = self.tr("Open workspace")
        answer = self.ctx.asker.choose_folder(self.window, title, str(self.ctx.workspace.root.parent))
        return self.open_folder(Path(answer), title) if answer else None

    def open_folder(self, folder: Path, title: str) -> Any:
        from consultdesk.launcher import is_workspace

        if not is_workspace(folder):
            self.ctx.asker.warn(self.window, title, self.tr(
                "{folder} is not a ConsultDesk workspace (it has no consultdesk.sqlite). Use File ▸ New "
                "workspace… to start one.").format(folder=folder))
            return None
        return self.launcher.open(folder, replacing=self.window)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = Path(self.ctx.workspace.root)
        entries = [p for p in self.launcher.recent() if p != current]
        for number, folder in enumerate(entries, start=1):
            action = self.recent_menu.addAction(f"&{number} {folder}" if number < 10 else str(folder))
            action.setObjectName(f"recentWorkspace-{number}")
            action.setData(str(folder))
            action.triggered.connect(lambda _checked=False, f=folder: self.open_recent(f))
        if entries:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear list"))
            clear.setObjectName("clearRecentAction")
            clear.triggered.connect(self.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No other workspace opened yet")).setEnabled(False)

    def open_recent(self, folder: Path) -> Any:
        title = self.tr("Open recent")
        if not folder.is_dir():
            self.ctx.asker.warn(self.window, title, self.tr(
                "{folder} no longer exists; it is removed from the list.").format(folder=folder))
            self.launcher.forget(folder)
            self.fill_recent()
            return None
        return self.open_folder(folder, title)

    def clear_recent(self) -> None:
        for folder in self.launcher.recent():
            if folder != Path(self.ctx.workspace.root):
                self.launcher.forget(folder)
        self.fill_recent()

    def show_folder(self) -> None:
        root = Path(self.ctx.workspace.root)
        if not self.reveal(root):
            self.ctx.asker.inform(self.window, self.tr("Workspace folder"), self.tr(
                "The workspace is in {folder}").format(folder=root))

    def back_up_now(self) -> Path | None:
        title = self.tr("Back up now")
        workspace = self.ctx.workspace
        workspace.backups_dir.mkdir(exist_ok=True)
        suggested = workspace.backups_dir / f"consultdesk-{datetime.now():%Y%m%d-%H%M%S}-manual.sqlite"
        answer = self.ctx.asker.save_file(self.window, title, str(suggested),
                                          self.tr("ConsultDesk backup (*.sqlite)"))
        if not answer:
            return None
        target = Path(answer)
        if target.suffix.lower() != ".sqlite":
            target = target.with_name(target.name + ".sqlite")
        try:
            written: Path = workspace.backup_to(target)
        except OSError as exc:
            self.ctx.asker.warn(self.window, title, self.tr("Cannot write the backup to {file}: {reason}").format(
                file=target, reason=exc.strerror or str(exc)))
            return None
        self.ctx.asker.inform(self.window, title, self.tr(
            "Backup written to {file}. Open it by copying it into an empty folder as "
            "consultdesk.sqlite and choosing File ▸ Open workspace….").format(file=written))
        return written

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New workspace…"))
        self.new_action.setStatusTip(self.tr("Create an empty workspace in a folder you choose"))
        self.open_action.setText(self.tr("&Open workspace…"))
        self.open_action.setStatusTip(self.tr("Open a workspace folder (the current one is closed)"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.show_folder_action.setText(self.tr("Show workspace &folder"))
        self.show_folder_action.setStatusTip(self.tr("Open the workspace folder in the file manager"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.backup_action.setStatusTip(self.tr("Write a consistent copy of the workspace database"))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
