"""Loading and switching translations: ours plus Qt's own (qtbase) for standard dialogs and buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from consultdesk.paths import resource

SUPPORTED = ("en", "zh_CN")


def normalise(lang: str | None) -> str:
    if not lang:
        return preferred_language(QLocale.system().uiLanguages())
    return "zh_CN" if lang.lower().replace("-", "_").startswith("zh") else "en"


def preferred_language(ui_languages: list[str]) -> str:
    """The first supported language in the user's display-language preference order.

    uiLanguages() is the display language list (on Windows QLocale.system().name() is the regional
    format instead, so a Chinese Windows set to an English date format would get Chinese menus).
    """
    for tag in ui_languages:
        tag = tag.lower().replace("_", "-")
        if tag.startswith("zh"):
            return "zh_CN"
        if tag == "en" or tag.startswith("en-"):
            return "en"
    return "en"


class Translations:
    """Owns the installed QTranslators; switching language posts LanguageChange to every widget."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def loaded(self) -> list[str]:
        """The translation files in use (ours, Qt's own), e.g. for the bundle's smoke test."""
        return [Path(t.filePath()).name for t in self._installed]

    def install(self, lang: str | None) -> str:
        app = QCoreApplication.instance()
        for translator in self._installed:
            assert app is not None  # a translator was installed, so the application exists
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = normalise(lang)
        if self.language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ours = QTranslator(app)
            if ours.load(str(resource("i18n", f"consultdesk_{self.language}.qm"))):
                self._installed.append(ours)
            qtbase = QTranslator(app)
            if qtbase.load(f"qtbase_{self.language}", qt_dir):
                self._installed.append(qtbase)
            for translator in self._installed:
                assert app is not None  # loading a translator needs the application
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese if self.language == "zh_CN" else QLocale.Language.English))
        return self.language
