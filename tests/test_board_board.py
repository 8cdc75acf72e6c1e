"""Quadrant board behaviour beyond dragging: add in a cell, open, delete, filter, crowded cells, zoom."""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from board_helpers import add, card_named, card_point, cell_point, make_engagement, scores  # noqa: E402

from consultdesk.ops import requirements as ops  # noqa: E402


@pytest.fixture
def board(ctx, qtbot):
    from consultdesk.ui.board.tab import BoardTab

    engagement_id = make_engagement(ctx)
    tab = BoardTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.engagement = engagement_id
    return tab


def type_chinese(widget, text: str) -> None:
    """Chinese arrives from an input method as a commit string (QTest.keyClicks only knows ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_double_click_empty_cell_type_title_enter_creates_there(ctx, board, qtbot) -> None:
    QTest.mouseDClick(board.view.viewport(), Qt.LeftButton, Qt.NoModifier, cell_point(board, (4, 3)))
    editor = board.view.editor
    assert editor.isVisible()
    qtbot.waitUntil(editor.hasFocus)
    type_chinese(editor, "添加批量导出")
    QTest.keyClick(editor, Qt.Key_Return)
    [requirement] = ctx.repos.requirements.for_engagement(board.engagement)
    assert (requirement.title, requirement.value, requirement.urgency, requirement.code) == (
        "添加批量导出", 4, 3, "REQ-001")
    assert not editor.isVisible()
    card = card_named(board, "card-REQ-001")
    assert card is not None and card.isSelected()
    assert board.scene.geometry.cell_rect((4, 3)).contains(card.sceneBoundingRect())


def test_escape_cancels_the_inline_title(ctx, board, qtbot) -> None:
    QTest.mouseDClick(board.view.viewport(), Qt.LeftButton, Qt.NoModifier, cell_point(board, (1, 5)))
    qtbot.waitUntil(board.view.editor.hasFocus)
    QTest.keyClicks(board.view.editor, "never mind")
    QTest.keyClick(board.view.editor, Qt.Key_Escape)
    assert ctx.repos.requirements.for_engagement(board.engagement) == []


def test_double_click_card_opens_the_requirement_editor(ctx, board, monkeypatch) -> None:
    import consultdesk.ui.board.editor as editor_module

    opened = []
    monkeypatch.setattr(editor_module, "open_requirement_editor", lambda c, rid, parent: opened.append(rid))
    rid = add(ctx, board.engagement, "修复支付接口卡顿", 5, 5)
    QTest.mouseDClick(board.view.viewport(), Qt.LeftButton, Qt.NoModifier, card_point(board, rid))
    assert opened == [rid]
    assert ctx.repos.requirements.for_engagement(board.engagement)[0].id == rid  # no new card


def test_delete_key_deletes_selected_and_undo_restores(ctx, board) -> None:
    keep = add(ctx, board.engagement, "keep", 2, 2)
    a = add(ctx, board.engagement, "A", 5, 5)
    b = add(ctx, board.engagement, "B", 1, 5)
    board.scene.card(a).setSelected(True)
    board.scene.card(b).setSelected(True)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key_Delete)
    assert ctx.repos.requirements.get(a) is None and ctx.repos.requirements.get(b) is None
    assert board.scene.card(a) is None and card_named(board, "card-REQ-002") is None
    assert ctx.repos.requirements.get(keep) is not None
    ctx.undo_stack("board").undo()  # one step brings both back, same ids and codes
    assert scores(ctx, a) == (5, 5) and scores(ctx, b) == (1, 5)
    assert card_named(board, "card-REQ-002").isVisible() and card_named(board, "card-REQ-003").isVisible()


def test_filter_dims_exactly_the_non_matching_cards(ctx, board) -> None:
    pay = add(ctx, board.engagement, "修复支付接口卡顿", 5, 5, type="technical", tag="支付, 性能")
    export = add(ctx, board.engagement, "添加批量导出", 4, 3, type="business", tag="导出", status="confirmed")
    crash = add(ctx, board.engagement, "降低崩溃率", 5, 4, type="technical", tag="稳定性")
    bar = board.filter_bar
    dimmed = lambda: {rid for rid in (pay, export, crash) if board.scene.card(rid).dimmed}  # noqa: E731
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("technical"))
    assert dimmed() == {export}
    assert board.scene.card(export).opacity() < 0.5 and board.scene.card(pay).opacity() == 1.0
    bar.type_combo.setCurrentIndex(0)
    type_chinese(bar.text_edit, "支付 卡顿")
    bar.flush()
    assert dimmed() == {export, crash}
    bar.clear()
    assert dimmed() == set()
    assert bar.tag_combo.findData("性能") >= 0  # tags split on commas
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("性能"))
    assert dimmed() == {export, crash}
    bar.tag_combo.setCurrentIndex(0)
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("confirmed"))
    assert dimmed() == {pay, crash}
    # The do-now count shows matching / total while a filter is on.
    from consultdesk.domain.requirements import Quadrant

    assert board.scene.counts[Quadrant.DO_NOW] == (0, 2)
    bar.hide_check.setChecked(True)
    assert not board.scene.card(pay).isVisible() and board.scene.card(export).isVisible()


def test_new_card_matching_state_follows_edits(ctx, board) -> None:
    rid = add(ctx, board.engagement, "A", 3, 3, type="business")
    bar = board.filter_bar
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("technical"))
    assert board.scene.card(rid).dimmed
    ops.update_requirement(ctx, rid, {"type": "technical", "value": 5})
    card = board.scene.card(rid)
    assert not card.dimmed
    assert board.scene.geometry.cell_rect((5, 3)).contains(card.sceneBoundingRect())


def _no_overlaps(cards) -> bool:
    return not any(a.sceneBoundingRect().intersects(b.sceneBoundingRect()) for a, b in combinations(cards, 2))


def test_crowded_cell_collapses_to_badge_and_expands_without_overlap(ctx, board) -> None:
    ids = [add(ctx, board.engagement, f"R{i}", 3, 3) for i in range(30)]
    scene = board.scene
    visible = [scene.card(i) for i in ids if scene.card(i).isVisible()]
    badge = scene.badges[(3, 3)]
    shown = scene.geometry.capacity((3, 3)) - 1  # the last slot holds the badge
    assert 1 <= shown < 30
    assert len(visible) == shown and badge.isVisible() and badge.text == f"+{30 - shown}"
    assert _no_overlaps(visible + [badge])
    QTest.mouseClick(board.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     board.view.mapFromScene(badge.sceneBoundingRect().center()))
    cards = [scene.card(i) for i in ids]
    assert all(c.isVisible() for c in cards)
    assert _no_overlaps(cards + [badge])
    cell = scene.geometry.cell_rect((3, 3))
    assert all(cell.contains(c.sceneBoundingRect()) for c in cards)
    # Neighbouring cells grew with it: a card in (3, 4) does not overlap the expanded cell.
    other = add(ctx, board.engagement, "neighbour", 3, 4)
    assert not scene.geometry.cell_rect((3, 3)).intersects(scene.card(other).sceneBoundingRect())


def test_two_hundred_cards_in_one_cell_stay_usable(ctx, board) -> None:
    with ctx.store.transaction():  # bulk insert through the repo rows (setup only), then one reload
        for i in range(200):
            seq, code = ctx.repos.requirements.next_code(board.engagement)
            ctx.repos.rows.insert("requirements", {"engagement_id": board.engagement, "seq": seq, "code": code,
                                                   "title": f"需求 {i}", "value": 5, "urgency": 5})
    board.reload()
    scene = board.scene
    scene.toggle_expanded((5, 5))
    cards = list(scene.cards.values())
    assert len(cards) == 200 and all(c.isVisible() for c in cards)
    assert _no_overlaps(cards[:60] + cards[-60:])
    # Still draggable: the last card goes to (1, 1).
    board.view.fit_to_window()
    last = cards[-1]
    from board_helpers import drag

    board.view.ensureVisible(last)
    drag(board, card_point(board, last.requirement_id), cell_point(board, (1, 1)))
    assert scores(ctx, last.requirement_id) == (1, 1)


def test_board_follows_ops_from_elsewhere(ctx, board) -> None:
    rid = add(ctx, board.engagement, "A", 1, 1)
    card = board.scene.card(rid)
    ops.update_requirement(ctx, rid, {"value": 4, "urgency": 5})  # e.g. typed into the editor form
    assert board.scene.geometry.cell_rect((4, 5)).contains(card.sceneBoundingRect())
    ops.update_requirement(ctx, rid, {"title": "修复支付接口卡顿"})
    card.ensure_tooltip()  # tooltips are built on first hover
    assert "修复支付接口卡顿" in card.toolTip()
    ops.delete_requirements(ctx, [rid])
    assert board.scene.cards == {}


def test_zoom_wheel_fit_and_actual_size(ctx, board) -> None:
    add(ctx, board.engagement, "A", 3, 3)
    view = board.view
    view.actual_size()
    assert view.zoom() == pytest.approx(1.0)
    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, 120), Qt.NoButton,
                        Qt.ControlModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.2)
    board.board_actions.fit.trigger()
    scene_rect = view.mapFromScene(board.scene.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(scene_rect)
    board.board_actions.actual_size.trigger()
    assert view.zoom() == pytest.approx(1.0)


def test_board_menu_in_main_window(window) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Board" in titles
    board = window.findChild(object, "boardTab")
    assert board.findChild(object, "quadrantBoard") is board.view


def test_new_requirement_key_opens_the_title_field_in_the_selected_cards_cell(ctx, board, qtbot) -> None:
    rid = add(ctx, board.engagement, "A", 2, 5)
    board.scene.card(rid).setSelected(True)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key_Insert)
    editor = board.view.editor
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClicks(editor, "Follow-up")
    QTest.keyClick(editor, Qt.Key_Enter)
    created = ctx.repos.requirements.by_code(board.engagement, "REQ-002")
    assert (created.title, created.value, created.urgency) == ("Follow-up", 2, 5)


def test_board_and_list_share_the_selection(ctx, board, qtbot) -> None:
    qtbot.waitUntil(lambda: board.requirements_panel is not None)  # built right after the first paint
    panel = board.requirements_panel
    assert board.splitter.indexOf(panel) == 1 and panel.isVisible()
    a = add(ctx, board.engagement, "A", 1, 1)
    b = add(ctx, board.engagement, "B", 5, 5)
    board.scene.card(b).setSelected(True)
    assert panel.selected_ids() == [b]
    panel.select_requirement(a)
    assert board.view.selected_ids() == [a]


def test_board_menu_only_while_the_board_is_shown(window) -> None:
    from consultdesk.ui.tabs import TABS

    names = [spec.object_name for spec in TABS]
    menu = window.findChild(object, "boardMenu")
    window.tabs.setCurrentIndex(names.index("boardTab"))
    assert menu.menuAction().isVisible()
    window.tabs.setCurrentIndex(names.index("clientsTab"))
    assert not menu.menuAction().isVisible()


def test_cards_are_sized_to_the_window_not_zoomed(ctx, board) -> None:
    add(ctx, board.engagement, "A", 3, 3)
    board.splitter.setSizes([1400, 0])
    board.resize(1000, 1400)
    board.view.fit_to_window()
    tall = board.scene.geometry.slots
    assert tall.rows > 1 and board.view.zoom() == pytest.approx(1.0)
    board.resize(1900, 700)
    board.view.fit_to_window()
    wide = board.scene.geometry.slots
    assert wide.rows < tall.rows and wide.cols * wide.card_w > tall.cols * tall.card_w
    assert board.view.zoom() == pytest.approx(1.0)  # larger cards, never a magnified picture
    card = board.scene.card(ctx.repos.requirements.for_engagement(board.engagement)[0].id)
    assert board.scene.geometry.cell_rect((3, 3)).contains(card.sceneBoundingRect())
    scene_rect = board.view.mapFromScene(board.scene.sceneRect()).boundingRect()
    assert board.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(scene_rect)


def test_editing_scores_in_the_editor_moves_the_card(ctx, board, qtbot) -> None:
    from consultdesk.ui.board.editor import RequirementEditor

    rid = add(ctx, board.engagement, "添加批量导出", 4, 3)
    QTest.mouseDClick(board.view.viewport(), Qt.LeftButton, Qt.NoModifier, card_point(board, rid))
    [editor] = [e for e in board.window().findChildren(RequirementEditor) if e.requirement_id == rid]
    combo = editor.form.reqUrgency
    QTest.keyClick(combo, Qt.Key_End)  # the user picks the last choice, 5, with the keyboard
    assert scores(ctx, rid) == (4, 5)
    card = board.scene.card(rid)
    assert board.scene.geometry.cell_rect((4, 5)).contains(card.sceneBoundingRect())
    editor.close()


def test_crowded_cell_shows_matching_cards_before_the_badge(ctx, board) -> None:
    ids = [add(ctx, board.engagement, f"R{i}", 2, 2) for i in range(20)]
    late = add(ctx, board.engagement, "修复支付接口卡顿", 2, 2)
    card = board.scene.card(late)
    assert not card.isVisible()  # behind "+N" at first
    type_chinese(board.filter_bar.text_edit, "支付")
    board.filter_bar.flush()
    assert card.isVisible() and not card.dimmed
    assert sum(board.scene.card(i).isVisible() for i in ids) == board.scene.geometry.capacity((2, 2)) - 2


def test_hover_builds_the_full_title_tooltip(ctx, board) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent

    long_title = "修复支付接口卡顿，并在开学缴费高峰前完成压测与灰度上线"
    rid = add(ctx, board.engagement, long_title, 5, 5, tag="支付")
    card = board.scene.card(rid)
    assert card.toolTip() == ""  # built lazily: 5,000 cards open faster
    point = card_point(board, rid)
    event = QHelpEvent(QEvent.ToolTip, point, board.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(board.view.viewport(), event)
    assert long_title in card.toolTip() and "value 5" in card.toolTip() and "支付" in card.toolTip()
