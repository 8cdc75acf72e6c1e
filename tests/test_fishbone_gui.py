"""The Diagnosis tab driven like a user: keys build the tree, drag re-parents, table and diagram agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from consultdesk.domain.diagnosis import DEFAULT_BONES, PlanTerm
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as ops


@pytest.fixture
def tab(qtbot, ctx):
    from consultdesk.ui.fishbone.tab import DiagnosisTab

    client = client_ops.create_client(ctx, "Huaxin")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    ops.create_diagnosis(ctx, engagement, "Login fails", DEFAULT_BONES, phenomenon="Login keeps failing")
    widget = DiagnosisTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(tab):
    """{bone title: nested [(text, [children...])]} as stored."""
    tree = tab.ctx.repos.diagnoses.tree(tab.diagnosis_id)

    def sub(causes):
        return [(c.text, sub(tree.kids(c.id))) for c in causes]

    return {b.title: sub(tree.top.get(b.id, [])) for b in tree.bones}


def type_and_enter(qtbot, tab, text):
    editor = tab.view.editor
    assert editor.isVisible()
    qtbot.keyClicks(editor.line, text)
    QTest.keyClick(editor.line, Qt.Key_Return)


def bone_id(tab, title):
    return next(b.id for b in tab.controller.tree.bones if b.title == title)


def test_build_tree_from_keyboard_then_delete_and_undo(qtbot, tab):
    view = tab.view
    view.setFocus()
    view.select(("bone", bone_id(tab, "Technology")))
    QTest.keyClick(view, Qt.Key_Tab)
    type_and_enter(qtbot, tab, "DB connections exhausted")
    QTest.keyClick(view, Qt.Key_Return)  # sibling
    type_and_enter(qtbot, tab, "Cache misconfigured")
    QTest.keyClick(view, Qt.Key_Up)  # back to the first cause
    for why in ("Pool limit is 20", "Capacity never estimated", "No NFR in template", "Template is old"):
        QTest.keyClick(view, Qt.Key_Tab)
        type_and_enter(qtbot, tab, why)
    expected_chain = [("Pool limit is 20", [("Capacity never estimated", [("No NFR in template", [("Template is old", [])])])])]
    assert stored(tab)["Technology"] == [("DB connections exhausted", expected_chain), ("Cache misconfigured", [])]
    # arrows: Right walks back up to the top cause, Delete removes its whole subtree in one step
    for _ in range(4):
        QTest.keyClick(view, Qt.Key_Right)
    assert view.current() == ("cause", tab.controller.tree.top[bone_id(tab, "Technology")][0].id)
    before = stored(tab)
    QTest.keyClick(view, Qt.Key_Delete)
    assert stored(tab)["Technology"] == [("Cache misconfigured", [])]
    tab.ctx.undo_stack("diagnosis").undo()
    assert stored(tab) == before
    assert len(tab.scene.cause_items) == 6


def test_empty_text_is_refused_inline(qtbot, tab):
    tab.view.select(("bone", bone_id(tab, "People")))
    QTest.keyClick(tab.view, Qt.Key_Tab)
    QTest.keyClick(tab.view.editor.line, Qt.Key_Return)
    assert tab.view.editor.isVisible()
    assert tab.view.editor.error.isVisible() and tab.view.editor.error.text()
    assert stored(tab)["People"] == []
    type_and_enter(qtbot, tab, "Untrained on-call staff")
    assert not tab.view.editor.isVisible()
    assert stored(tab)["People"] == [("Untrained on-call staff", [])]


def test_f2_renames_and_delete_bone_asks(qtbot, tab, asker):
    people = bone_id(tab, "People")
    cause = ops.add_cause(tab.ctx, people, None, "old text")
    tab.view.select(("cause", cause))
    QTest.keyClick(tab.view, Qt.Key_F2)
    tab.view.editor.line.selectAll()
    type_and_enter(qtbot, tab, "new text")
    assert tab.ctx.repos.diagnoses.cause(cause).text == "new text"
    tab.view.select(("bone", people))
    asker.queue(False)
    QTest.keyClick(tab.view, Qt.Key_Delete)
    assert tab.ctx.repos.diagnoses.bone(people) is not None
    asker.queue(True)
    QTest.keyClick(tab.view, Qt.Key_Delete)
    assert tab.ctx.repos.diagnoses.bone(people) is None
    tab.ctx.undo_stack("diagnosis").undo()
    assert stored(tab)["People"] == [("new text", [])]


def _center(tab, node):
    item = tab.scene.item_for(node)
    tab.view.ensureVisible(item)
    return tab.view.mapFromScene(item.sceneBoundingRect().center())


def test_drag_cause_onto_another_cause_reparents(qtbot, tab):
    source = ops.add_cause(tab.ctx, bone_id(tab, "People"), None, "drag me")
    ops.add_cause(tab.ctx, bone_id(tab, "People"), source, "my child")
    target = ops.add_cause(tab.ctx, bone_id(tab, "Environment"), None, "drop here")
    tab.view.fit()
    start, end = _center(tab, ("cause", source)), _center(tab, ("cause", target))
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    assert tab.scene.item_for(("cause", target)).drop_target
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, end)
    assert stored(tab)["Environment"] == [("drop here", [("drag me", [("my child", [])])])]
    assert stored(tab)["People"] == []
    tab.ctx.undo_stack("diagnosis").undo()
    assert stored(tab)["People"] == [("drag me", [("my child", [])])]


def test_sheet_and_diagram_stay_in_sync(qtbot, tab):
    from consultdesk.ui.fishbone.sheet_model import CAUSE, METHOD, ROOT

    cause = ops.add_cause(tab.ctx, bone_id(tab, "Technology"), None, "Pool exhausted")
    model = tab.sheet_model
    row = model.row_of(cause)
    assert model.index(row, 0).data() == "Technology"
    # table -> store -> diagram
    assert model.setData(model.index(row, CAUSE), "Pool exhausted at peak")
    assert tab.scene.cause_items[cause].text == "Pool exhausted at peak"
    assert model.setData(model.index(row, ROOT), Qt.Checked.value, Qt.CheckStateRole)
    assert tab.scene.cause_items[cause].is_root
    assert not model.setData(model.index(row, CAUSE), "  ")  # refused, nothing changes
    assert model.last_error
    # diagram/detail panel -> table
    tab.view.select(("cause", cause))
    assert tab.detail.cause_id == cause
    tab.detail.form.causeMethod.setFocus()
    tab.detail.form.causeMethod.setText("monitoring")
    tab.detail.form.causeMethod.editingFinished.emit()
    assert model.index(model.row_of(cause), METHOD).data() == "monitoring"
    assert tab.sheet.currentIndex().row() == model.row_of(cause)


def test_plan_flags_overdue_and_root_without_remedy(qtbot, tab, asker):
    from consultdesk.ops import diagnosis_plan as plan_ops

    root = ops.add_cause(tab.ctx, bone_id(tab, "Technology"), None, "Capacity never estimated", is_root=True)
    tab.pages.setCurrentWidget(tab.plan)
    assert not tab.plan.warning.isHidden() and "Capacity never estimated" in tab.plan.warning.text()
    asker.queue("Stop the bleeding")
    phase = tab.plan.add_phase(PlanTerm.SHORT_TERM)
    task = plan_ops.add_task(tab.ctx, phase, "Raise pool size", owner="Wang", deadline="2020-01-01")
    item = tab.plan.tree.topLevelItem(0).child(0)
    assert item.text(4) == "Overdue"
    plan_ops.update_task(tab.ctx, task, {"root_cause_id": root})
    assert tab.plan.warning.isHidden()


def test_sheet_category_editor_moves_cause_to_other_bone(qtbot, tab):
    from PySide6.QtWidgets import QComboBox

    cause = ops.add_cause(tab.ctx, bone_id(tab, "People"), None, "Wrong bone")
    ops.add_cause(tab.ctx, bone_id(tab, "People"), cause, "its child")
    tab.pages.setCurrentWidget(tab.sheet)
    index = tab.sheet_model.index(tab.sheet_model.row_of(cause), 0)
    tab.sheet.setCurrentIndex(index)
    tab.sheet.edit(index)
    combo = tab.sheet.findChild(QComboBox)
    assert combo is not None and [combo.itemText(i) for i in range(combo.count())] == list(DEFAULT_BONES)
    combo.setCurrentIndex(combo.findText("Process"))
    tab.sheet.commitData(combo)  # what the view does when the editor closes
    assert stored(tab)["Process"] == [("Wrong bone", [("its child", [])])]
    assert tab.scene.cause_items[cause].pos().x() < tab.scene.bone_items[bone_id(tab, "People")].pos().x()


def test_ctrl_arrows_reorder_bones_and_f2_on_head_edits_phenomenon(qtbot, tab):
    people = bone_id(tab, "People")
    tab.view.select(("bone", people))
    QTest.keyClick(tab.view, Qt.Key_Left, Qt.ControlModifier)
    assert [b.title for b in tab.controller.tree.bones] == ["Process", "People", "Technology", "Environment"]
    assert tab.view.current() == ("bone", people)
    tab.view.select(("head", 0))
    QTest.keyClick(tab.view, Qt.Key_F2)
    tab.view.editor.line.selectAll()
    type_and_enter(qtbot, tab, "Parents cannot log in")
    assert tab.ctx.repos.diagnoses.get(tab.diagnosis_id).phenomenon == "Parents cannot log in"
    tab.pages.setCurrentWidget(tab.problem)  # a hidden page catches up when it is shown
    assert tab.problem.form.diagnosisPhenomenon.toPlainText() == "Parents cannot log in"


def test_detail_panel_typing_is_one_undo_step_and_undo_shows_in_panel(qtbot, tab):
    cause = ops.add_cause(tab.ctx, bone_id(tab, "Process"), None, "No load test")
    tab.view.select(("cause", cause))
    box = tab.detail.form.causeResult
    box.setFocus()
    qtbot.keyClicks(box, "6 releases without")
    tab.detail.fields.flush()
    qtbot.keyClicks(box, " a load test")
    tab.detail.fields.flush()
    assert tab.ctx.repos.diagnoses.cause(cause).verification_result == "6 releases without a load test"
    tab.ctx.undo_stack("diagnosis").undo()  # one step: the whole typing session
    assert tab.ctx.repos.diagnoses.cause(cause).verification_result == ""
    assert box.toPlainText() == ""
    # root flag from the panel shows in the diagram and is refused for a ruled-out cause
    tab.detail.form.causeRoot.click()
    assert tab.scene.cause_items[cause].is_root
    tab.detail.form.causeRoot.click()
    tab.detail.form.causeStatus.setCurrentIndex(tab.detail.form.causeStatus.findData("ruled_out"))
    tab.detail.form.causeStatus.activated.emit(tab.detail.form.causeStatus.currentIndex())
    tab.detail.form.causeRoot.click()
    assert not tab.ctx.repos.diagnoses.cause(cause).is_root
    assert not tab.detail.form.causeError.isHidden()


def test_new_cause_is_scrolled_into_view(qtbot, tab):
    tech = bone_id(tab, "Technology")
    for i in range(60):
        ops.add_cause(tab.ctx, tech, None, f"cause number {i} with some words to wrap")
    tab.view.resetTransform()
    last = tab.controller.tree.top[tech][-1].id
    tab.view.select(("cause", last))
    QTest.keyClick(tab.view, Qt.Key_Return)
    bar = tab.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # far away from the new cause (Technology grows upwards)
    type_and_enter(qtbot, tab, "the newest cause")
    new = tab.view.current()
    assert new is not None and tab.controller.tree.by_id[new[1]].text == "the newest cause"
    shown = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert shown.contains(tab.scene.item_for(new).sceneBoundingRect())
