"""Tab walks a form: in a multi-line text box it moves to the next field instead of typing a tab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from consultdesk.ops import diagnosis as ops

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from keyboard_scan import app_dialogs  # noqa: E402
from keyboard_support import diagnosis_tab  # noqa: E402


@pytest.fixture
def tab(qtbot, ctx):
    return diagnosis_tab(qtbot, ctx)


def test_five_problem_fields_typed_with_tab_land_in_five_fields(qtbot, tab) -> None:
    form = tab.problem.form
    tab.pages.setCurrentWidget(tab.problem)
    form.diagnosisPhenomenon.setFocus()
    texts = ("Login times out", "Parents cannot pay", "All schools", "Complaints", "Support load")
    for text in texts:
        qtbot.keyClicks(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    diagnosis = tab.ctx.repos.diagnoses.get(tab.diagnosis_id)
    assert (diagnosis.phenomenon, diagnosis.impact, diagnosis.scope, diagnosis.impact_client,
            diagnosis.impact_us) == texts
    # the head of the fishbone shows the phenomenon as typed
    assert tab.scene.head.wrapped.layout.text() == "Login times out"


def test_tab_leaves_the_verification_result_without_typing_a_tab(qtbot, tab) -> None:
    tree = tab.controller.tree
    cause = ops.add_cause(tab.ctx, tree.bones[0].id, None, "Pool exhausted")
    tab.view.select(("cause", cause))
    result = tab.detail.form.causeResult
    result.setFocus()
    qtbot.keyClicks(result, "pool at 20")
    QTest.keyClick(result, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not result
    assert tab.ctx.repos.diagnoses.cause(cause).verification_result == "pool at 20"


def test_tabs_already_stored_show_as_spaces_in_the_fishbone_head(tab) -> None:
    ops.update_diagnosis(tab.ctx, tab.diagnosis_id, {"phenomenon": "Login\t\tfails \tat 9:00"})
    assert tab.scene.head.wrapped.layout.text() == "Login fails at 9:00"


def _editable_text_boxes(root) -> list:
    boxes = [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
    return [b for b in boxes if not b.isReadOnly()]


def test_every_text_box_of_the_app_passes_tab_on(qtbot, demo_dir: Path, asker, tmp_path: Path) -> None:
    from consultdesk.app import open_main_window

    win = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    boxes = _editable_text_boxes(win)
    for dialog in app_dialogs(win, tmp_path):
        boxes += _editable_text_boxes(dialog)
    assert len(boxes) > 30, "the scan reaches the forms"
    assert [(type(b.window()).__name__, b.objectName()) for b in boxes if not b.tabChangesFocus()] == []
