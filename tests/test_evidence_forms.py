"""The Evidence tab's forms on the shared FieldBinder: typing is stored without leaving the field (after a
pause, and when the window closes), one focus of a field is one undo step, the history keeps every stored
value, and refusals show inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from consultdesk.app import open_main_window
from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ui.common.field_binder import TYPING_PAUSE_MS
from consultdesk.ui.tabs import TABS


@pytest.fixture
def tab(qtbot, window):
    """The Evidence tab in the real (active) window, on a fresh case, so focus and typing work as for a user."""
    ctx = window.ctx
    client = ctx.repos.rows.insert("clients", {"name": "Northwind Logistics"})
    engagement = ctx.repos.rows.insert("engagements", {"client_id": client, "title": "WMS"})
    ctx.store.db.conn.commit()
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    ops_case.create_case(ctx, engagement, "Monthly valid orders", expected_value=1250, computed_value=1180)
    return _show_evidence(window, qtbot)


def _show_evidence(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = [spec.object_name for spec in TABS].index("evidenceTab")
    tab = window.ensure_tab(index)
    window.tabs.setCurrentIndex(index)
    assert tab.case_id is not None
    return tab


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)


def test_conclusion_typed_then_window_closed_is_kept(qtbot, demo_dir: Path, asker) -> None:
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    cases = window.ctx.store.query("select id, engagement_id from dispute_cases order by id")
    window.ctx.selection.set_engagement(cases[0]["engagement_id"])
    tab = _show_evidence(window, qtbot)
    tab.select_case(cases[0]["id"])
    case_id = tab.case_id
    before = window.ctx.repos.evidence.get_case(case_id).conclusion
    conclusion = tab.case_form.form.caseConclusion
    conclusion.moveCursor(conclusion.textCursor().MoveOperation.End)
    _type(qtbot, conclusion, " Closed at once.")
    # No pause, no focus-out: the text exists only in the widget when the window closes.
    assert window.ctx.repos.evidence.get_case(case_id).conclusion == before
    window.close()

    again = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(again)
    stored = again.ctx.repos.evidence.get_case(case_id).conclusion
    assert stored == before + " Closed at once."
    history = [e for e in again.ctx.repos.history.entries("dispute_case", case_id) if e.field == "conclusion"]
    assert history[-1].action == "update" and history[-1].new == stored
    again.close()


def test_typing_pauses_store_and_one_focus_is_one_undo_step(tab, qtbot) -> None:
    ctx = tab.ctx
    stack = ctx.undo_stack("evidence")
    steps = stack.count()
    conclusion = tab.case_form.form.caseConclusion
    _type(qtbot, conclusion, "Rule misread")
    # Stored after the typing pause, still in the field, cursor where the user left it.
    qtbot.waitUntil(lambda: ctx.repos.evidence.get_case(tab.case_id).conclusion == "Rule misread",
                    timeout=TYPING_PAUSE_MS * 5)
    assert conclusion.hasFocus() and conclusion.textCursor().position() == len("Rule misread")
    qtbot.keyClicks(conclusion, " by the client")
    qtbot.waitUntil(lambda: ctx.repos.evidence.get_case(tab.case_id).conclusion == "Rule misread by the client",
                    timeout=TYPING_PAUSE_MS * 5)
    assert conclusion.toPlainText() == "Rule misread by the client"
    assert stack.count() == steps + 1 and stack.undoText() == "Edit dispute case"
    # Every stored value is in the history, in order.
    entries = [e for e in ctx.repos.history.entries("dispute_case", tab.case_id) if e.field == "conclusion"]
    assert [(e.action, e.old, e.new) for e in entries] == [
        ("update", "", "Rule misread"), ("update", "Rule misread", "Rule misread by the client")]

    # A new focus of the field is a new undo step.
    tab.case_form.form.caseUnit.setFocus()
    qtbot.waitUntil(lambda: not conclusion.hasFocus())
    _type(qtbot, conclusion, "!")
    tab.case_form.flush()
    assert stack.count() == steps + 2

    stack.undo()
    assert ctx.repos.evidence.get_case(tab.case_id).conclusion == "Rule misread by the client"
    stack.undo()
    assert ctx.repos.evidence.get_case(tab.case_id).conclusion == ""
    assert conclusion.toPlainText() == ""
    entries = [e for e in ctx.repos.history.entries("dispute_case", tab.case_id) if e.field == "conclusion"]
    assert [(e.action, e.old, e.new) for e in entries[-2:]] == [
        ("undo_update", "Rule misread by the client!", "Rule misread by the client"),
        ("undo_update", "Rule misread by the client", "")]
    stack.redo()
    assert ctx.repos.evidence.get_case(tab.case_id).conclusion == "Rule misread by the client"
    assert ctx.repos.history.verify() == []


def test_meeting_facts_create_the_meeting_in_one_undo_step(tab, qtbot) -> None:
    ctx = tab.ctx
    stack = ctx.undo_stack("evidence")
    steps = stack.count()
    facts = tab.meeting_panel.meeting.meetingFacts
    tab.pages.setCurrentWidget(tab.meeting_panel)
    _type(qtbot, facts, "Cancelled orders")
    qtbot.waitUntil(lambda: len(ctx.repos.evidence.meetings(tab.case_id)) == 1, timeout=TYPING_PAUSE_MS * 5)
    qtbot.keyClicks(facts, " count")
    tab.shutdown()  # what closing the window does: the last keystrokes are stored
    meetings = ctx.repos.evidence.meetings(tab.case_id)
    assert [m.confirmed_facts for m in meetings] == ["Cancelled orders count"]
    assert facts.toPlainText() == "Cancelled orders count"
    assert stack.count() == steps + 1 and stack.undoText() == "Record meeting"
    stack.undo()
    assert ctx.repos.evidence.meetings(tab.case_id) == [] and facts.toPlainText() == ""
    stack.redo()
    assert [m.confirmed_facts for m in ctx.repos.evidence.meetings(tab.case_id)] == ["Cancelled orders count"]
    assert ctx.repos.history.verify() == []


def test_item_fields_store_and_refuse_inline(tab, qtbot, asker) -> None:
    ctx = tab.ctx
    item_id = ops_items.add_item(ctx, tab.case_id, "raw_data", "orders.csv")
    tab.pages.setCurrentWidget(tab.items_panel)
    tab.items_panel.select_item(item_id)
    detail = tab.items_panel.detail
    description = detail.form.itemDescription
    _type(qtbot, description, "March export")
    detail.form.itemSource.setFocus()  # leaving the field stores it at once
    assert ctx.repos.evidence.get_item(item_id).description == "March export"
    title = detail.form.itemTitle
    title.selectAll()
    _type(qtbot, title, "   ")
    qtbot.keyClick(title, Qt.Key_Return)
    error = detail.findChild(QLabel, "itemError")
    assert asker.asked == []
    assert error.isVisible() and "title" in error.text() and title.text() == "   "
    assert ctx.repos.evidence.get_item(item_id).title == "orders.csv"
    title.selectAll()
    qtbot.keyClicks(title, "orders-march.csv")
    qtbot.keyClick(title, Qt.Key_Return)
    assert ctx.repos.evidence.get_item(item_id).title == "orders-march.csv" and not error.isVisible()
    # A line typed without Enter is stored when the window closes (it loses focus first).
    _type(qtbot, detail.form.itemSource, "ERP export")
    tab.shutdown()
    assert ctx.repos.evidence.get_item(item_id).source == "ERP export"
