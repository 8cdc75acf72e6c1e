"""The shell: tabs, menus, undo/redo, status bar. Areas live in their own packages (see tabs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.about import HelpMenu
from consultdesk.ui.file_menu import FileMenu
from consultdesk.ui.i18n import Translations
from consultdesk.ui.search.box import install as install_search
from consultdesk.ui.tab_page import TabPage
from consultdesk.ui.tabs import TABS, TabSpec, area_title
from consultdesk.ui.undo_actions import UndoRedoActions
from consultdesk.ui.welcome import WelcomePanel
from consultdesk.ui.window_size import fit_to_screen

if TYPE_CHECKING:
    from consultdesk.launcher import Launcher


REFUSAL_MS = 10_000  # how long a refused edit is said in the status bar


class MainWindow(QMainWindow):
    # Set by the Launcher that opened the window; None on a window built by open_main_window.
    launcher: Launcher | None = None

    def __init__(self, ctx: AppContext, translations: Translations, defer_tabs: bool = False) -> None:
        """defer_tabs: build only the visible tab now and the others right after the first paint
        (fast start); embedding and tests get every tab at once."""
        super().__init__()
        self.ctx = ctx
        self.translations = translations
        self.setObjectName("mainWindow")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePanel(ctx, central)
        layout.addWidget(self.welcome)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.tab_pages: list[TabPage | None] = [None] * len(TABS)
        self.tab_menus: dict[int, QMenu] = {}
        for _spec in TABS:
            # Stands in for a page until it is built; the page then takes its place in mainTabs.
            self.tabs.addTab(QWidget(self.tabs), "")
        self._build_menus()
        # A refused write (disk full …) replaces "every change is saved" until a write succeeds again.
        self._refused: str | None = None
        self.ctx.bus.failed.connect(self._on_write_failed)
        self.ctx.bus.refused.connect(lambda message: self.statusBar().showMessage(message, REFUSAL_MS))
        # A message shown for a while ends with an empty bar: the workspace line comes back then.
        self.statusBar().messageChanged.connect(self._on_status_message)
        self.ctx.bus.changed.connect(self._on_write_succeeded)
        self.ctx.history.stepped.connect(self._show_step)
        self.search = install_search(self)
        self.retranslate()
        self._restore_state()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if defer_tabs:
            self.ensure_tab(self.tabs.currentIndex())
            QTimer.singleShot(0, self._build_next_tab)
        else:
            for index in range(len(TABS)):
                self.ensure_tab(index)
        self._on_tab_changed(self.tabs.currentIndex())

    def ensure_tab(self, index: int) -> TabPage:
        """The page of tab *index*, built on first need (each area's imports cost start-up time)."""
        page = self.tab_pages[index]
        if page is None:
            page = TABS[index].create(self.ctx, self.tabs)
            self.tab_pages[index] = page
            # The widgets mainTabs holds are the named pages themselves, so setCurrentWidget() on a
            # page found by its objectName shows that tab.
            placeholder, current = self.tabs.widget(index), self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, _tab_title(TABS[index]))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            if placeholder is not None:
                placeholder.deleteLater()
            self._install_menus(index, page)
            self.help_menu.keep_last()
        return page

    def _install_menus(self, index: int, page: TabPage) -> None:
        """File, Edit, View, then the tabs' own menus in tab order (whichever tab was built first),
        each shown only while its tab is current."""
        page.add_file_entries(self.file_menu)
        menu = page.tab_menu()
        if menu is None:
            return
        self.tab_menus[index] = menu
        later = [self.tab_menus[j].menuAction() for j in sorted(self.tab_menus) if j > index]
        before = later[0] if later else self._after_tab_menus()
        if before is None:
            self.menuBar().addMenu(menu)
        else:
            self.menuBar().insertMenu(before, menu)
        menu.menuAction().setVisible(index == self.tabs.currentIndex())

    def _after_tab_menus(self) -> QAction | None:
        """The first menu that follows the tabs' menus (e.g. Help), or None to append."""
        bar_actions = self.menuBar().actions()
        fixed = {self.file_menu.menuAction(), self.edit_menu.menuAction(), self.view_menu.menuAction()}
        own = {m.menuAction() for m in self.tab_menus.values()}
        start = bar_actions.index(self.view_menu.menuAction()) + 1
        return next((a for a in bar_actions[start:] if a not in fixed and a not in own), None)

    def _build_next_tab(self) -> None:
        # One tab per event-loop turn keeps the window responsive while the rest are built.
        if not self.isVisible():  # closed before the rest was built
            return
        for index, page in enumerate(self.tab_pages):
            if page is None:
                self.ensure_tab(index)
                QTimer.singleShot(0, self._build_next_tab)
                return

    # --- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_actions = FileMenu(self, self.file_menu)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_redo = UndoRedoActions(self.ctx.history, self, area_title)
        self.undo_action, self.redo_action = self.undo_redo.undo_action, self.undo_redo.redo_action
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        # Window-wide, so a list or a text box with the focus does not take Ctrl+PgDown for itself.
        self.next_tab_action, self.previous_tab_action = QAction(self), QAction(self)
        for action, key, step in ((self.next_tab_action, "Ctrl+PgDown", 1), (self.previous_tab_action, "Ctrl+PgUp", -1)):
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, s=step: self.step_tab(s))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("en", "English"), ("zh_CN", "中文（简体）")):
            action = QAction(label, self, checkable=True)  # language names are shown in their own language
            action.setObjectName(f"language-{lang}")
            action.setChecked(lang == self.translations.language)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.help_menu = HelpMenu(self, bar)

    def step_tab(self, step: int) -> None:
        """The next (+1) or previous (-1) main tab, going round."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def set_language(self, lang: str) -> None:
        self.translations.install(lang)
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("language", self.translations.language)
        self.language_actions[self.translations.language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, _tab_title(spec))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.next_tab_action.setText(self.tr("&Next tab"))
        self.previous_tab_action.setText(self.tr("&Previous tab"))
        self.undo_redo.refresh()
        self.setWindowTitle(self.tr("ConsultDesk — {path}").format(path=str(self.ctx.workspace.root)))
        self._show_workspace_status()

    def _on_status_message(self, message: str) -> None:
        if not message:
            self._show_workspace_status()

    def _show_workspace_status(self) -> None:
        if self._refused is None:
            status = self.tr("Workspace: {path} · every change is saved as you make it")
        else:
            status = self.tr("Workspace: {path} · NOT SAVED: {reason}").replace("{reason}", self._refused)
        self.statusBar().showMessage(status.replace("{path}", str(self.ctx.workspace.root)))

    def _on_write_failed(self, message: str) -> None:
        self._refused = message
        self.retranslate()

    def _on_write_succeeded(self, *_args: object) -> None:
        if self._refused is not None:
            self._refused = None
            self.retranslate()

    def _on_tab_changed(self, index: int) -> None:
        page = self.ensure_tab(index) if 0 <= index < len(TABS) else None
        for owner, menu in self.tab_menus.items():
            menu.menuAction().setVisible(owner == index)
        if page is not None:
            page.focus_main()

    def _show_step(self, area: str, client_id: int | None, engagement_id: int | None) -> None:
        """After an undo or redo, show where it happened: its tab, client and engagement."""
        clients = self.ctx.repos.clients
        if client_id is not None and clients.get_client(client_id) is not None:
            self.ctx.selection.set_client(client_id)
            engagement = clients.get_engagement(engagement_id) if engagement_id is not None else None
            if engagement is not None and engagement.client_id == client_id:
                self.ctx.selection.set_engagement(engagement_id)
        self.ctx.ensure_selection()
        for index, spec in enumerate(TABS):
            if spec.area == area and self.tabs.currentIndex() != index:
                self.tabs.setCurrentIndex(index)
                break

    # --- state -----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        if settings is None:
            return
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self)
        tab = settings.value("window/tab")
        names = [spec.object_name for spec in TABS]
        if tab in names:
            self.tabs.setCurrentIndex(names.index(tab))
        for key, setter in (("selection/client", self.ctx.selection.set_client),
                            ("selection/engagement", self.ctx.selection.set_engagement)):
            value = settings.value(key)
            if value not in (None, ""):
                setter(int(value))
        self.ctx.ensure_selection()

    def save_state(self) -> None:
        settings = self.ctx.settings
        if settings is None:
            return
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", TABS[self.tabs.currentIndex()].object_name)
        settings.setValue("selection/client", self.ctx.selection.client_id or "")
        settings.setValue("selection/engagement", self.ctx.selection.engagement_id or "")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        # Windows of this one (requirement editors…) store what they hold before the workspace closes.
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        for page in filter(None, self.tab_pages):
            page.shutdown()
        super().closeEvent(event)
        if event.isAccepted():
            # A closed window lives on until Qt deletes it, while another window may switch the language:
            # it must not retranslate from a workspace it no longer has open.
            gate = _NoLanguageChange(self)
            for widget in (self, *self.findChildren(QWidget)):
                widget.installEventFilter(gate)
            if self.ctx.workspace.lock is not None:
                self.ctx.workspace.close()


class _NoLanguageChange(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return event.type() == QEvent.Type.LanguageChange


def _tab_title(spec: TabSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)
