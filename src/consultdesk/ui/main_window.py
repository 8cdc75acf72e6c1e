"""The shell: tabs, menus, undo/redo, status bar. Areas live in their own packages (see tabs.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.about import HelpMenu
from consultdesk.ui.file_menu import FileMenu
from consultdesk.ui.i18n import Translations
from consultdesk.ui.tabs import TABS
from consultdesk.ui.undo_actions import UndoRedoActions
from consultdesk.ui.welcome import WelcomePanel
from consultdesk.ui.window_size import fit_to_screen


class MainWindow(QMainWindow):
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
        self.tab_pages: list[QWidget | None] = [None] * len(TABS)
        for _spec in TABS:
            self.tabs.addTab(_scrollable(self.tabs), "")
        self._build_menus()
        self.ctx.bus.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
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

    def ensure_tab(self, index: int) -> QWidget:
        """The page of tab *index*, built on first need (each area's imports cost start-up time)."""
        page = self.tab_pages[index]
        if page is None:
            area = self.tabs.widget(index)
            page = TABS[index].create(self.ctx, area)
            area.setWidget(page)
            self.tab_pages[index] = page
            contribute = getattr(page, "contribute_menus", None)
            if contribute is not None:
                contribute(self.menuBar())
                self.help_menu.keep_last()
        return page

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
        self.quit_action.setShortcut(QKeySequence.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_redo = UndoRedoActions(self.ctx.undo_group, self)
        self.undo_action, self.redo_action = self.undo_redo.undo_action, self.undo_redo.redo_action
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
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

    def set_language(self, lang: str) -> None:
        self.translations.install(lang)
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("language", self.translations.language)
        self.language_actions[self.translations.language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        tr = lambda text: QCoreApplication.translate("MainWindow", text)  # noqa: E731
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, tr(spec.title))
        self.file_menu.setTitle(tr("&File"))
        self.quit_action.setText(tr("&Quit"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.view_menu.setTitle(tr("&View"))
        self.language_menu.setTitle(tr("&Language"))
        self.undo_redo.refresh()
        self.setWindowTitle(tr("ConsultDesk — {path}").format(path=str(self.ctx.workspace.root)))
        self.statusBar().showMessage(tr("Workspace: {path} · every change is saved as you make it").format(
            path=str(self.ctx.workspace.root)))

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self.ensure_tab(index)
            self.ctx.activate_area(TABS[index].area)

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
        for page in filter(None, self.tab_pages):
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()
        super().closeEvent(event)
        if event.isAccepted() and self.ctx.workspace.lock is not None:
            self.ctx.workspace.close()


def _scrollable(parent: QWidget) -> QScrollArea:
    """A tab whose minimum size exceeds a small screen scrolls instead of forcing the window wider."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidgetResizable(True)
    return area
