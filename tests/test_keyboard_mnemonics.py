"""No Alt+letter is claimed twice: every page of every tab and every dialog the app builds, in English
and in Chinese, against each other and against the menu bar; no menu names two entries with one letter."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from keyboard_scan import app_dialogs, clashes, menu_clashes, mnemonic, pages  # noqa: E402


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Verification res&ult") == "u"
    assert mnemonic("验证结果(&U)") == "u"
    assert mnemonic("Consensus && meeting") is None
    assert mnemonic("R&&D &plan") == "p"


@pytest.fixture(params=["en", "zh_CN"])
def demo_window(request, qtbot, demo_dir: Path, asker):
    from consultdesk.app import open_main_window

    # Not qtbot.addWidget: qtbot closes its widgets (and the workspace with them) before this
    # fixture's teardown, which must switch back to English while the store is still open.
    # Windows of earlier tests, closed and deleted later, must not hear this one's language change.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    win = open_main_window(demo_dir, lang=request.param, asker=asker)
    win.resize(1366, 768)
    yield win
    # Back to English while the workspace is open: the widgets retranslate from the store.
    win.translations.install("en")
    QApplication.processEvents()
    win.close()
    # Gone for good: a closed window's widgets would still answer the next test's language change.
    Shiboken.delete(win)


def test_no_page_of_the_main_window_claims_a_letter_twice(demo_window) -> None:
    win = demo_window
    found: dict[str, dict[str, list[str]]] = {}
    shown = 0
    for index, page in enumerate(win.tab_pages):
        win.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert page is not None
        for path in pages(page):
            shown += 1
            if clash := clashes(win):
                found[path] = clash
    assert shown > 25, "the scan reaches the sub-pages"
    assert found == {}


def test_no_menu_names_two_entries_with_one_letter(demo_window) -> None:
    found = {}
    for index in range(demo_window.tabs.count()):
        demo_window.tabs.setCurrentIndex(index)  # each tab's own menu is shown with its tab
        for action in demo_window.menuBar().actions():
            if action.menu() is not None and action.isVisible():
                found.update(menu_clashes(action.menu()))
    assert found == {}


def test_no_dialog_claims_a_letter_twice(demo_window, tmp_path: Path) -> None:
    found = {}
    for dialog in app_dialogs(demo_window, tmp_path):
        dialog.show()
        QApplication.processEvents()
        for path in pages(dialog):
            if clash := clashes(dialog):
                found[f"{dialog.objectName()} {path}"] = clash
        dialog.close()
    assert found == {}


def test_the_scan_sees_a_clash(qtbot) -> None:
    """The checker itself: two buddies with one letter in a window are found."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    for text in ("&Root cause", "Verification &result"):
        label, edit = QLabel(text, window), QLineEdit(window)
        label.setBuddy(edit)
        form.addRow(label, edit)
    window.show()
    assert clashes(window) == {"r": ["&Root cause", "Verification &result"]}
