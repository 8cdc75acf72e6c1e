"""Switching tabs puts the keyboard in the tab's main view, so the tab's own shortcuts work at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from consultdesk.ui.tabs import TABS


@pytest.fixture
def demo_window(qtbot, demo_dir: Path, asker):
    from consultdesk.app import open_main_window

    win = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def _index(name: str) -> int:
    return next(i for i, spec in enumerate(TABS) if spec.object_name == name)


def _focus_is_in(win, name: str) -> bool:
    focus = QApplication.focusWidget()
    page = win.tab_pages[_index(name)]
    return focus is not None and (focus is page or page.isAncestorOf(focus))


def test_ctrl_page_down_to_evidence_then_ctrl_shift_n_starts_a_case(demo_window, asker) -> None:
    win = demo_window
    win.tabs.setCurrentIndex(0)
    win.tabs.tabBar().setFocus()  # where a click or a key on the tabs leaves the keyboard
    evidence = _index("evidenceTab")
    for _ in range(evidence):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == evidence
    assert QApplication.focusWidget() is win.tab_pages[evidence].case_list
    cases_before = win.tab_pages[evidence].case_model.rowCount()
    asker.queue("Monthly uptime")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [q[0] for q in asker.asked] == ["get_text"]
    assert win.tab_pages[evidence].case_model.rowCount() == cases_before + 1


def test_clicking_a_tab_puts_the_keyboard_in_its_page(qtbot, demo_window) -> None:
    win = demo_window
    bar = win.tabs.tabBar()
    for name in ("boardTab", "diagnosisTab", "clientsTab", "followUpTab", "specsTab", "overviewTab"):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(_index(name)).center())
        assert win.tabs.currentIndex() == _index(name)
        assert _focus_is_in(win, name), (name, QApplication.focusWidget())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(_index("boardTab")).center())
    assert QApplication.focusWidget() is win.tab_pages[_index("boardTab")].view


def test_the_diagnosis_tab_focuses_the_fishbone_and_its_menu_shortcut_works(qtbot, demo_window) -> None:
    win = demo_window
    diagnosis = win.tab_pages[_index("diagnosisTab")]
    win.tabs.tabBar().setFocus()
    win.tabs.setCurrentIndex(_index("diagnosisTab"))
    assert QApplication.focusWidget() is diagnosis.view
    fitted = []
    diagnosis.menu_actions["fit"].triggered.connect(lambda: fitted.append(True))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert fitted == [True]
