"""Editing tables from the keyboard: F2, type, Enter keeps the cell and the focus; Qt has nothing to warn."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QtMsgType
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from consultdesk.ops import clients as client_ops

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from keyboard_support import diagnosis_tab  # noqa: E402


def _editor_warnings(qtlog) -> list[str]:
    """What Qt warned about cell editors during the test (pytest-qt captures every message)."""
    return [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg and "editor" in r.message]


def _edit_cell(qtbot, view, text: str) -> None:
    """F2 on the current cell, type *text* over it, Enter."""
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens a line editor in the cell"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor in a queued call after Return.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)


@pytest.fixture
def tab(qtbot, ctx):
    return diagnosis_tab(qtbot, ctx, causes=("Pool exhausted", "Cache cold", "No monitoring"))


def test_sheet_edit_keeps_cell_and_focus_without_warnings(qtbot, tab, qtlog) -> None:
    from consultdesk.ui.fishbone.sheet_model import METHOD, RESULT

    tab.pages.setCurrentWidget(tab.sheet)
    sheet, model = tab.sheet, tab.sheet_model
    sheet.setFocus()
    sheet.setCurrentIndex(model.index(1, METHOD))
    _edit_cell(qtbot, sheet, "log review")
    assert model.rows[1].cause.verification_method == "log review"
    assert (sheet.currentIndex().row(), sheet.currentIndex().column()) == (1, METHOD)
    assert QApplication.focusWidget() is sheet
    # the keyboard goes on from there: Right, F2, type, Enter
    QTest.keyClick(sheet, Qt.Key.Key_Right)
    _edit_cell(qtbot, sheet, "pool hits 20 at 9:00")
    assert model.rows[1].cause.verification_result == "pool hits 20 at 9:00"
    assert (sheet.currentIndex().row(), sheet.currentIndex().column()) == (1, RESULT)
    assert QApplication.focusWidget() is sheet
    assert _editor_warnings(qtlog) == []


def test_contacts_edit_keeps_cell_and_focus_without_warnings(qtbot, window, qtlog) -> None:
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Huaxin")
    for name in ("Li Wei", "Wang Fang"):
        client_ops.create_contact(ctx, client, name)
    ctx.selection.set_client(client)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    clients_tab = window.tab_pages[0]
    clients_tab.pages.setCurrentWidget(clients_tab.contacts_page)
    table = clients_tab.contacts_page.table
    assert table.isVisible()
    table.setFocus()
    model = table.model()
    table.setCurrentIndex(model.index(1, 1))
    _edit_cell(qtbot, table, "CIO")
    assert ctx.repos.clients.contacts(client)[1].role == "CIO"
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    assert QApplication.focusWidget() is table
    assert _editor_warnings(qtlog) == []
