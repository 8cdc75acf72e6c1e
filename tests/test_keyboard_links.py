"""Evidence links drawn and removed from the keyboard: Ctrl+L picks both ends, undo takes it back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_items as ops_items

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from keyboard_support import engagement_for, shown  # noqa: E402


@pytest.fixture
def tab(qtbot, ctx):
    from consultdesk.ui.evidence.tab import EvidenceTab

    ops_case.create_case(ctx, engagement_for(ctx), "Valid orders in March", expected_value=1250, computed_value=1180)
    return shown(qtbot, EvidenceTab(ctx))


class Picker:
    """Stands in for the list dialog: records what was offered, picks the entry containing a word."""

    def __init__(self, *words: str) -> None:
        self.words = list(words)
        self.offered: list[tuple[str, list[str]]] = []

    def __call__(self, _parent, _title: str, label: str, items) -> str | None:
        self.offered.append((label, list(items)))
        word = self.words.pop(0)
        return next((item for item in items if word in item), None)


def test_ctrl_l_links_the_selected_item_to_one_picked_and_undo_removes_it(tab, ctx, monkeypatch) -> None:
    raw = ops_items.add_item(ctx, tab.case_id, "raw_data", "Order export", excerpt="...")
    logic = ops_items.add_item(ctx, tab.case_id, "processing_logic", "Count query", excerpt="select")
    ops_items.add_item(ctx, tab.case_id, "business_rule", "Contract annex", excerpt="§2")
    tab.pages.setCurrentWidget(tab.chain_panel)
    panel = tab.chain_panel
    panel.scene.nodes[raw].setSelected(True)
    panel.view.setFocus()
    picker = Picker("Count query")
    monkeypatch.setattr(ctx.asker, "choose", picker)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert [(link.from_item_id, link.to_item_id) for link in ctx.repos.evidence.links(tab.case_id)] == [(raw, logic)]
    label, offered = picker.offered[0]
    assert "Order export" in label and len(offered) == 2  # every item but the one linked from
    assert "Processing logic: Count query" in offered
    assert len(panel.scene.edges) == 1
    ctx.history.undo()
    assert ctx.repos.evidence.links(tab.case_id) == []


def test_with_nothing_selected_both_ends_are_picked(tab, ctx, monkeypatch) -> None:
    raw = ops_items.add_item(ctx, tab.case_id, "raw_data", "Order export", excerpt="...")
    rule = ops_items.add_item(ctx, tab.case_id, "business_rule", "Contract annex", excerpt="§2")
    tab.pages.setCurrentWidget(tab.chain_panel)
    tab.chain_panel.view.setFocus()
    monkeypatch.setattr(ctx.asker, "choose", Picker("Contract annex", "Order export"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert [(link.from_item_id, link.to_item_id) for link in ctx.repos.evidence.links(tab.case_id)] == [(rule, raw)]


def test_a_link_is_removed_from_the_keyboard_with_the_button(qtbot, tab, ctx, monkeypatch) -> None:
    raw = ops_items.add_item(ctx, tab.case_id, "raw_data", "Order export", excerpt="...")
    logic = ops_items.add_item(ctx, tab.case_id, "processing_logic", "Count query", excerpt="select")
    ops_items.link_items(ctx, raw, logic)
    tab.pages.setCurrentWidget(tab.chain_panel)
    button = tab.chain_panel.remove_button
    button.setFocus()
    monkeypatch.setattr(ctx.asker, "choose", Picker("Order export → Count query"))
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert ctx.repos.evidence.links(tab.case_id) == []
