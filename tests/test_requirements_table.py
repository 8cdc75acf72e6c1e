"""The requirements table: model tested without a view, then the panel driven like a user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest


@pytest.fixture
def engagement(ctx):
    from consultdesk.ops import clients
    from consultdesk.ops.requirements import create_requirement

    client = clients.create_client(ctx, "华信教育")
    eid = clients.create_engagement(ctx, client, "家长端 App 稳定性优化")
    create_requirement(ctx, eid, "修复支付接口卡顿", value=5, urgency=5, type="technical", tag="支付",
                       description="高峰期支付接口响应超过 10 秒")
    create_requirement(ctx, eid, "Add batch export", value=4, urgency=3, tag="export", cost=3)
    create_requirement(ctx, eid, "Dark mode", value=1, urgency=2, type="experience", status="rejected")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(eid)
    return eid


def test_model_columns_roles_and_refresh_without_a_view(ctx, engagement) -> None:
    from consultdesk.ops.requirements import create_requirement, update_requirement
    from consultdesk.ui.board.requirements_model import (
        COL_CODE,
        COL_COST,
        COL_QUADRANT,
        COL_STATUS,
        COL_TITLE,
        COL_TYPE,
        COL_VALUE,
        REQUIREMENT_ID_ROLE,
        SORT_ROLE,
        RequirementsTableModel,
    )

    model = RequirementsTableModel(ctx)
    model.set_engagement(engagement)
    assert model.rowCount() == 3 and model.columnCount() == 9
    assert model.headerData(COL_TITLE, Qt.Horizontal) == "Title"
    cell = lambda row, col, role=Qt.DisplayRole: model.data(model.index(row, col), role)  # noqa: E731
    assert [cell(r, COL_CODE) for r in range(3)] == ["REQ-001", "REQ-002", "REQ-003"]
    assert cell(0, COL_TYPE) == "Technical" and cell(0, COL_QUADRANT) == "Do now"
    assert cell(1, COL_QUADRANT) == "Plan for a later iteration" and cell(1, COL_COST) == 3
    assert cell(0, COL_COST) == "" and cell(0, COL_COST, SORT_ROLE) == 0
    assert cell(2, COL_STATUS) == "Rejected" and cell(2, COL_STATUS, Qt.EditRole) == "rejected"
    assert model.flags(model.index(0, COL_STATUS)) & Qt.ItemIsEditable
    assert not model.flags(model.index(0, COL_TITLE)) & Qt.ItemIsEditable

    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rid = cell(1, COL_CODE, REQUIREMENT_ID_ROLE)
    update_requirement(ctx, rid, {"value": 2})
    assert changed == [(1, 1)] and not resets  # an edit updates its row in place
    assert cell(1, COL_VALUE) == 2 and cell(1, COL_QUADRANT) == "Park"
    create_requirement(ctx, engagement, "New one")
    assert resets and model.rowCount() == 4

    # Status edits go through ops: one undo step, stored at once.
    assert model.setData(model.index(0, COL_STATUS), "done", Qt.EditRole)
    assert ctx.repos.requirements.by_code(engagement, "REQ-001").status.value == "done"
    ctx.undo_stack("board").undo()
    assert cell(0, COL_STATUS) == "Proposed"
    model.set_engagement(None)
    assert model.rowCount() == 0


def test_panel_sorts_filters_and_follows_the_engagement(qtbot, ctx, engagement) -> None:
    from consultdesk.ui.board.requirements_model import COL_CODE, COL_VALUE
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    view = panel.table
    codes = lambda: [panel.proxy.index(r, COL_CODE).data() for r in range(panel.proxy.rowCount())]  # noqa: E731
    assert codes() == ["REQ-001", "REQ-002", "REQ-003"]
    assert panel.count_label.text() == "3 requirement(s)"
    # Click the Value header: ascending by number, then descending.
    header = view.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(COL_VALUE) + 5, 5))
    values = lambda: [panel.proxy.index(r, COL_VALUE).data() for r in range(3)]  # noqa: E731
    assert header.sortIndicatorSection() == COL_VALUE
    assert (header.sortIndicatorOrder(), values()) == (Qt.AscendingOrder, [1, 4, 5])
    QTest.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(COL_VALUE) + 5, 5))
    assert (header.sortIndicatorOrder(), values()) == (Qt.DescendingOrder, [5, 4, 1])
    panel.filter_edit.setFocus()
    panel.filter_edit.insert("支付")  # as an input method commits Chinese text (QTest cannot type it)
    assert codes() == ["REQ-001"]
    assert panel.count_label.text() == "1 of 3"
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "EXPORT")  # tag, case-insensitive
    assert codes() == ["REQ-002"]
    panel.filter_edit.clear()
    ctx.selection.set_engagement(None)
    assert panel.proxy.rowCount() == 0
    ctx.selection.set_engagement(engagement)
    assert panel.proxy.rowCount() == 3


def test_inline_status_change_through_the_combo(qtbot, ctx, engagement) -> None:
    from PySide6.QtWidgets import QComboBox

    from consultdesk.ui.board.requirements_model import COL_STATUS
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.table
    index = panel.proxy.index(1, COL_STATUS)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key_F2)  # the edit key opens the status combo
    combo = view.indexWidget(index) or view.findChild(QComboBox, "statusEditor")
    assert combo is not None and combo.currentData() == "proposed"
    combo.setCurrentIndex(combo.findData("confirmed"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.repos.requirements.by_code(engagement, "REQ-002").status.value == "confirmed"
    assert index.data() == "Confirmed"
    assert ctx.undo_stack("board").undoText() == "Change status"


def test_double_click_opens_the_editor_for_that_requirement(qtbot, ctx, engagement) -> None:
    from consultdesk.ui.board.editor import RequirementEditor
    from consultdesk.ui.board.requirements_model import COL_TITLE
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    rect = panel.table.visualRect(panel.proxy.index(2, COL_TITLE))

    def double_click() -> None:  # a real double-click starts with a press (Qt 6 checks the pressed index)
        QTest.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())
        QTest.mouseDClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())

    double_click()
    editors = [e for e in panel.window().findChildren(RequirementEditor) if e.isVisible()]
    assert len(editors) == 1
    assert editors[0].form.reqTitle.text() == "Dark mode" and editors[0].form.reqCode.text() == "REQ-003"
    double_click()  # the same one again: its window is raised, not duplicated
    assert len([e for e in panel.window().findChildren(RequirementEditor) if e.isVisible()]) == 1
    editors[0].close()


def test_index_of_nothing_is_ignored(ctx) -> None:
    from consultdesk.ui.board.requirements_model import RequirementsTableModel

    model = RequirementsTableModel(ctx)
    assert model.data(QModelIndex()) is None and model.rowCount() == 0


def test_narrow_panel_keeps_code_title_and_status(qtbot, ctx, engagement) -> None:
    from consultdesk.ui.board.requirements_model import COL_CODE, COL_COST, COL_STATUS, COL_TITLE, COL_VALUE
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(420, 300)
    panel.show()
    qtbot.waitExposed(panel)
    hidden = {c for c in range(panel.model.columnCount()) if panel.table.isColumnHidden(c)}
    assert {COL_COST, COL_VALUE} <= hidden and not hidden & {COL_CODE, COL_TITLE, COL_STATUS}
    panel.resize(1200, 300)
    qtbot.wait(10)
    assert not any(panel.table.isColumnHidden(c) for c in range(panel.model.columnCount()))


def test_model_sorts_itself_and_keeps_the_order_after_an_edit(ctx, engagement) -> None:
    from consultdesk.ops.requirements import move_requirements
    from consultdesk.ui.board.requirements_model import COL_CODE, COL_VALUE, RequirementsTableModel

    model = RequirementsTableModel(ctx)
    model.set_engagement(engagement)
    codes = lambda: [model.index(r, COL_CODE).data() for r in range(model.rowCount())]  # noqa: E731
    model.sort(COL_VALUE, Qt.DescendingOrder)
    assert codes() == ["REQ-001", "REQ-002", "REQ-003"]  # values 5, 4, 1
    model.sort(COL_VALUE, Qt.AscendingOrder)
    assert codes() == ["REQ-003", "REQ-002", "REQ-001"]
    dark_mode = ctx.repos.requirements.by_code(engagement, "REQ-003").id
    move_requirements(ctx, {dark_mode: (5, 5)})  # dragged to "do now" on the board
    assert codes()[-1] == "REQ-003" and model.row_of(dark_mode) == 2


def test_delete_key_and_context_menu_act_on_the_selection(qtbot, ctx, engagement) -> None:
    from consultdesk.ui.board.requirements_menu import build_menu
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.table
    view.selectRow(0)
    flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
    view.selectionModel().select(panel.proxy.index(1, 0), flags)
    menu = build_menu(panel)
    status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in status_menu.actions() if a.text() == "Done").trigger()
    assert [r.status.value for r in ctx.repos.requirements.for_engagement(engagement)] == ["done", "done", "rejected"]
    assert ctx.undo_stack("board").undoText() == "Change status"
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Delete)
    assert [r.code for r in ctx.repos.requirements.for_engagement(engagement)] == ["REQ-003"]
    assert panel.proxy.rowCount() == 1
    ctx.undo_stack("board").undo()  # one step brings both back
    assert panel.proxy.rowCount() == 3
