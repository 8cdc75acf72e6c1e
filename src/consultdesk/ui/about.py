"""Help menu: About ConsultDesk, with the licence and the third-party notices of what is shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultdesk import APP_NAME, __version__
from consultdesk.paths import APP_ID, resource, resources_dir

if TYPE_CHECKING:
    from consultdesk.ui.main_window import MainWindow


def license_text() -> str:
    """ConsultDesk's own licence: shipped in the package; in a source checkout, the repository's."""
    for path in (resource("licenses", "LICENSE"), resources_dir().parent / "LICENSE"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return "MIT License"


def notices_text() -> str:
    return resource("licenses", "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About ConsultDesk"))
        header = QLabel(self)
        header.setWordWrap(True)
        header.setText(self.tr(
            "<h3>{name} {version}</h3><p>An offline workbench for independent consultants.</p>"
            "<p>Application id: {app_id}. Released under the MIT License; the libraries it ships are "
            "listed under Third-party notices with their licences.</p>").format(
                name=APP_NAME, version=__version__, app_id=APP_ID))
        self.pages = QTabWidget(self)
        self.license_view = QTextBrowser(self.pages)
        self.license_view.setObjectName("aboutLicense")
        self.license_view.setPlainText(license_text())
        self.notices_view = QTextBrowser(self.pages)
        self.notices_view.setObjectName("aboutNotices")
        self.notices_view.setOpenExternalLinks(True)
        self.notices_view.setMarkdown(notices_text())
        self.pages.addTab(self.license_view, self.tr("Licence"))
        self.pages.addTab(self.notices_view, self.tr("Third-party notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)


class HelpMenu(QObject):
    def __init__(self, window: MainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.menu = bar.addMenu("")
        self.menu.setObjectName("helpMenu")
        self.about_action = QAction(window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # the application menu on macOS
        self.about_action.triggered.connect(lambda _checked=False: self.show_about())
        self.menu.addAction(self.about_action)
        window.installEventFilter(self)
        self.retranslate()

    def keep_last(self) -> None:
        """Menus contributed by tabs are appended; Help stays at the end of the menu bar."""
        bar = self.window.menuBar()
        bar.removeAction(self.menu.menuAction())
        bar.addAction(self.menu.menuAction())

    def show_about(self) -> bool:
        dialog = AboutDialog(self.window)
        try:
            return bool(self.window.ctx.asker.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About ConsultDesk"))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
