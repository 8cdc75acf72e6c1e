"""The requirement editor: typing is stored after a pause / on leaving, one undo step per focus of a field,
nothing lost on closing, empty title refused inline."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


@pytest.fixture
def editor(qtbot, ctx):
    from consultdesk.ops import clients
    from consultdesk.ops.requirements import create_requirement
    from consultdesk.ui.board.editor import open_requirement_editor

    client = clients.create_client(ctx, "Northwind Logistics")
    eid = clients.create_engagement(ctx, client, "WMS")
    rid = create_requirement(ctx, eid, "Pick list", value=2, urgency=2)
    ed = open_requirement_editor(ctx, rid, None)
    qtbot.waitExposed(ed)
    ed.activateWindow()
    yield ed
    if shiboken6.isValid(ed):  # it deletes itself on close (WA_DeleteOnClose)
        ed.close()


def _stored(editor):
    return editor.ctx.repos.requirements.get(editor.requirement_id)


def test_every_field_of_the_domain_is_in_the_form(editor) -> None:
    from consultdesk.domain.requirements import CONTENT_FIELDS

    assert set(editor.widgets) == set(CONTENT_FIELDS) - {"code"} | {"source_interview_id"}
    assert editor.form.reqCode.text() == "REQ-001"
    assert editor.windowTitle() == "Requirement REQ-001 — Pick list"
    assert not editor.isModal()


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _notices(ctx) -> list:
    """The bus notices from now on: one per stored transaction."""
    seen: list = []
    ctx.bus.changed.connect(lambda changes, _initiator: seen.append(changes))
    return seen


def test_a_burst_of_typing_is_one_transaction_after_the_pause(qtbot, editor) -> None:
    stack = editor.ctx.undo_stack("board")
    before = stack.count()
    notices = _notices(editor.ctx)
    title = editor.form.reqTitle
    _focus(qtbot, title)
    title.end(False)
    QTest.keyClicks(title, " for waves")  # ten key presses
    assert notices == [] and _stored(editor).title == "Pick list"  # not one transaction per key
    qtbot.waitUntil(lambda: _stored(editor).title == "Pick list for waves")  # the pause in typing
    assert len(notices) == 1
    assert stack.count() == before + 1
    _focus(qtbot, editor.form.reqDescription)  # leaving the field stores nothing more: it is stored
    assert len(notices) == 1 and stack.count() == before + 1


def test_each_focus_of_a_field_is_one_undo_step(qtbot, editor) -> None:
    stack = editor.ctx.undo_stack("board")
    before = stack.count()
    title, description = editor.form.reqTitle, editor.form.reqDescription
    _focus(qtbot, title)
    title.end(False)
    QTest.keyClicks(title, " for")
    editor.flush()  # a pause in typing: stored, the same focus goes on
    QTest.keyClicks(title, " waves")
    _focus(qtbot, description)  # leaving the field stores it
    assert _stored(editor).title == "Pick list for waves"
    assert stack.count() == before + 1
    _focus(qtbot, title)
    title.end(False)
    QTest.keyClicks(title, " 1-3")
    editor.flush()
    assert _stored(editor).title == "Pick list for waves 1-3"
    assert stack.count() == before + 2  # a second focus is a step of its own
    stack.undo()
    assert _stored(editor).title == "Pick list for waves" and title.text() == "Pick list for waves"
    stack.undo()
    assert _stored(editor).title == "Pick list" and title.text() == "Pick list"


def test_closing_right_after_typing_keeps_the_text(qtbot, editor) -> None:
    ctx, rid = editor.ctx, editor.requirement_id
    title, description = editor.form.reqTitle, editor.form.reqDescription
    _focus(qtbot, title)
    title.end(False)
    QTest.keyClicks(title, " v2")
    _focus(qtbot, description)
    QTest.keyClicks(description, "Scan once")
    editor.close()  # before the pause
    stored = ctx.repos.requirements.get(rid)
    assert (stored.title, stored.description) == ("Pick list v2", "Scan once")


def test_undo_keys_undo_the_stored_edits(qtbot, editor) -> None:
    stack = editor.ctx.undo_stack("board")
    before = stack.count()
    title = editor.form.reqTitle
    _focus(qtbot, title)
    title.end(False)
    QTest.keyClicks(title, " for wave 2")
    qtbot.waitUntil(lambda: _stored(editor).title == "Pick list for wave 2")  # no Save button
    description = editor.form.reqDescription
    _focus(qtbot, description)
    QTest.keyClicks(description, "Scan once")
    QTest.keyClick(description, Qt.Key_Return)
    QTest.keyClicks(description, "then print")
    # Ctrl+Z right away: the text just typed is stored first, and that is the step undone
    QTest.keyClick(description, Qt.Key_Z, Qt.ControlModifier)
    assert stack.count() == before + 2
    assert _stored(editor).description == ""
    assert description.toPlainText() == ""
    QTest.keyClick(description, Qt.Key_Z, Qt.ControlModifier)
    assert _stored(editor).title == "Pick list" and title.text() == "Pick list"
    QTest.keyClick(description, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert _stored(editor).title == "Pick list for wave 2"
    QTest.keyClick(description, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert _stored(editor).description == "Scan once\nthen print"


def test_empty_title_is_refused_inline(qtbot, editor) -> None:
    title = editor.form.reqTitle
    _focus(qtbot, title)
    title.selectAll()
    QTest.keyClick(title, Qt.Key_Backspace)
    editor.flush()
    assert editor.form.reqTitleError.isVisible()
    assert editor.form.reqTitleError.text() == "A requirement needs a title."
    assert _stored(editor).title == "Pick list"  # nothing stored
    assert title.text() == ""  # the field still shows what was typed
    QTest.keyClicks(title, "Putaway")
    editor.flush()
    assert not editor.form.reqTitleError.isVisible()
    assert _stored(editor).title == "Putaway"


def test_combos_store_scores_type_status_cost_and_core(qtbot, editor) -> None:
    form = editor.form

    def pick(combo, data):
        combo.setCurrentIndex(combo.findData(data))
        combo.activated.emit(combo.currentIndex())

    pick(form.reqValue, 5)
    pick(form.reqUrgency, 4)
    pick(form.reqCost, 3)
    pick(form.reqType, "strategic")
    pick(form.reqStatus, "to_confirm")
    pick(form.reqCore, False)
    req = _stored(editor)
    assert (req.value, req.urgency, req.cost, req.type.value, req.status.value, req.is_core) == (
        5, 4, 3, "strategic", "to_confirm", False)
    assert form.reqQuadrant.text() == "Do now"
    pick(form.reqCost, 0)
    assert _stored(editor).cost is None
    # client, engagement, requirement, then 7 picks: one step each
    assert editor.ctx.history.count() == 10


def test_edits_elsewhere_show_up_and_deleting_closes(qtbot, editor) -> None:
    from consultdesk.ops.requirements import delete_requirements, move_requirements, update_requirement

    ctx = editor.ctx
    move_requirements(ctx, {editor.requirement_id: (4, 5)})  # dragged on the board
    assert editor.form.reqValue.currentData() == 4 and editor.form.reqUrgency.currentData() == 5
    update_requirement(ctx, editor.requirement_id, {"why": "Pickers walk twice"})
    assert editor.form.reqWhy.text() == "Pickers walk twice"
    delete_requirements(ctx, [editor.requirement_id])
    assert not shiboken6.isValid(editor) or not editor.isVisible()


def test_the_source_interview_can_be_picked(qtbot, editor) -> None:
    ctx = editor.ctx
    from consultdesk.ops.base import InsertRow, push

    engagement = _stored(editor).engagement_id
    command = InsertRow(ctx, "Add interview", "interviews",
                        {"engagement_id": engagement, "title": "Kick-off", "held_on": "2026-03-02"})
    push(ctx, "clients", command)  # the clients area adds interviews; the editor follows the bus
    combo = editor.form.reqInterview
    assert [combo.itemText(i) for i in range(combo.count())] == ["— none", "2026-03-02 · Kick-off"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert _stored(editor).source_interview_id == command.row_id
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert _stored(editor).source_interview_id is None
