"""Dragging cards on the quadrant board re-scores them; one drop (of one or many cards) is one undo step."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from board_helpers import add, card_named, card_point, cell_point, drag, make_engagement, scores


@pytest.fixture
def board(ctx, qtbot):
    from consultdesk.ui.board.tab import BoardTab

    engagement_id = make_engagement(ctx)
    tab = BoardTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.engagement = engagement_id
    return tab


def test_drag_card_to_another_cell_stores_scores_and_undoes(ctx, board) -> None:
    rid = add(ctx, board.engagement, "修复支付接口卡顿", 1, 1)
    card = card_named(board, "card-REQ-001")
    assert card is board.scene.card(rid) and card.isVisible()
    drag(board, card_point(board, rid), cell_point(board, (5, 5)))
    assert scores(ctx, rid) == (5, 5)
    assert board.scene.geometry.cell_rect((5, 5)).contains(card.sceneBoundingRect())
    stack = ctx.undo_stack("board")
    assert stack.undoText() == "Move card"
    stack.undo()
    assert scores(ctx, rid) == (1, 1)
    assert board.scene.geometry.cell_rect((1, 1)).contains(card.sceneBoundingRect())
    stack.redo()
    assert scores(ctx, rid) == (5, 5)
    # The scene patched the card in place (no rebuild): still the very same item.
    assert board.scene.card(rid) is card


def test_drop_in_same_cell_snaps_back_without_undo_step(ctx, board) -> None:
    rid = add(ctx, board.engagement, "A", 2, 2)
    stack = ctx.undo_stack("board")
    before = stack.count()
    start = card_point(board, rid)
    drag(board, start, cell_point(board, (2, 2), "bottom_right"))
    assert scores(ctx, rid) == (2, 2)
    assert stack.count() == before
    assert board.view.mapFromScene(board.scene.card(rid).sceneBoundingRect().center()) == start


def test_ctrl_click_multi_select_drag_is_one_undo_step(ctx, board) -> None:
    a = add(ctx, board.engagement, "A", 1, 1)
    b = add(ctx, board.engagement, "B", 1, 2)
    c = add(ctx, board.engagement, "C", 1, 3)
    viewport = board.view.viewport()
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, card_point(board, a))
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.ControlModifier, card_point(board, b))
    assert set(board.view.selected_ids()) == {a, b}
    stack = ctx.undo_stack("board")
    before = stack.count()
    drag(board, card_point(board, a), cell_point(board, (4, 1)))  # value +3 for the whole selection
    assert (scores(ctx, a), scores(ctx, b), scores(ctx, c)) == ((4, 1), (4, 2), (1, 3))
    assert stack.count() == before + 1 and stack.undoText() == "Move 2 cards"
    stack.undo()
    assert (scores(ctx, a), scores(ctx, b)) == ((1, 1), (1, 2))


def test_rubber_band_selects_and_drags_together(ctx, board) -> None:
    a = add(ctx, board.engagement, "A", 2, 4)
    b = add(ctx, board.engagement, "B", 2, 5)
    add(ctx, board.engagement, "C", 3, 4)
    # From an empty corner of cell (2, 5) up-left past both cards' slots (cell (3, 4) is not reached).
    drag(board, cell_point(board, (2, 5), "bottom_right"), cell_point(board, (2, 4), "top_left"))
    assert set(board.view.selected_ids()) == {a, b}
    drag(board, card_point(board, b), cell_point(board, (5, 5)))
    assert (scores(ctx, a), scores(ctx, b)) == ((5, 4), (5, 5))
    ctx.undo_stack("board").undo()
    assert (scores(ctx, a), scores(ctx, b)) == ((2, 4), (2, 5))


def test_group_drag_clamps_at_the_board_edge(ctx, board) -> None:
    a = add(ctx, board.engagement, "A", 4, 1)
    b = add(ctx, board.engagement, "B", 5, 1)
    board.select_all()
    drag(board, card_point(board, a), cell_point(board, (5, 2)))  # +1 value, +1 urgency
    assert (scores(ctx, a), scores(ctx, b)) == ((5, 2), (5, 2))


def test_modifier_arrows_move_selected_cards_one_cell(ctx, board) -> None:
    rid = add(ctx, board.engagement, "A", 3, 3)
    board.scene.card(rid).setSelected(True)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key_Up, Qt.ControlModifier)
    assert scores(ctx, rid) == (4, 3)
    QTest.keyClick(board.view, Qt.Key_Right, Qt.AltModifier)
    assert scores(ctx, rid) == (4, 4)
    QTest.keyClick(board.view, Qt.Key_Up)  # no modifier: selects a neighbour, never re-scores
    assert scores(ctx, rid) == (4, 4)
    ctx.undo_stack("board").undo()
    assert scores(ctx, rid) == (4, 3)


def test_undo_action_of_main_window_undoes_a_drag(window, qtbot) -> None:
    ctx = window.ctx
    engagement_id = make_engagement(ctx)
    rid = add(ctx, engagement_id, "添加批量导出", 4, 3)
    from consultdesk.ui.tabs import TABS

    window.tabs.setCurrentIndex([spec.object_name for spec in TABS].index("boardTab"))
    board = window.findChild(object, "boardTab")
    assert board.isVisible()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    drag(board, card_point(board, rid), cell_point(board, (5, 5)))
    assert scores(ctx, rid) == (5, 5)
    window.undo_action.trigger()
    assert scores(ctx, rid) == (4, 3)
    window.redo_action.trigger()
    assert scores(ctx, rid) == (5, 5)


def test_new_requirement_shortcut_in_the_main_window_is_not_ambiguous(window, qtbot) -> None:
    from consultdesk.ui.tabs import TABS

    ctx = window.ctx
    make_engagement(ctx)
    window.tabs.setCurrentIndex([spec.object_name for spec in TABS].index("boardTab"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    board = window.findChild(object, "boardTab")
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    clients_before = len(ctx.repos.clients.list_clients())
    QTest.keyClick(board.view, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(board.view.editor.hasFocus)
    assert len(ctx.repos.clients.list_clients()) == clients_before


def test_every_board_shortcut_reaches_its_action_in_the_main_window(window, qtbot) -> None:
    """No other tab's window-wide shortcut may make a board shortcut ambiguous (Qt then runs neither)."""
    from PySide6.QtGui import QKeySequence

    from consultdesk.ui.tabs import TABS

    make_engagement(window.ctx)
    window.tabs.setCurrentIndex([spec.object_name for spec in TABS].index("boardTab"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    board = window.findChild(object, "boardTab")
    actions = board.board_actions
    for action in (actions.zoom_in, actions.zoom_out, actions.actual_size, actions.fit, actions.find,
                   actions.clear_filter, actions.select_all, actions.new_requirement):
        board.view.editor.hide()
        board.view.setFocus()
        qtbot.waitUntil(board.view.hasFocus)
        fired = []
        name = action.objectName()
        action.triggered.connect(lambda *_a, name=name, fired=fired: fired.append(name))
        combination = QKeySequence(action.shortcut())[0]
        QTest.keyClick(board.view, combination.key(), combination.keyboardModifiers())
        assert fired == [action.objectName()], action.objectName()


def test_plain_arrows_walk_from_card_to_card(ctx, board) -> None:
    a = add(ctx, board.engagement, "A", 3, 1)
    b = add(ctx, board.engagement, "B", 3, 4)
    c = add(ctx, board.engagement, "C", 5, 4)
    board.scene.card(a).setSelected(True)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key_Right)
    assert board.view.selected_ids() == [b]
    QTest.keyClick(board.view, Qt.Key_Up)
    assert board.view.selected_ids() == [c]
    QTest.keyClick(board.view, Qt.Key_Up)  # nothing further up: stays
    assert board.view.selected_ids() == [c]
    assert (scores(ctx, a), scores(ctx, b), scores(ctx, c)) == ((3, 1), (3, 4), (5, 4))  # walking never re-scores


def test_board_and_stored_scores_never_disagree(ctx, board) -> None:
    """A random mix of drops, keyboard moves, undo and redo: every card sits in the cell of its stored scores."""
    import random

    rng = random.Random(7)
    ids = [add(ctx, board.engagement, f"R{i}", rng.randint(1, 5), rng.randint(1, 5)) for i in range(12)]
    stack = ctx.undo_stack("board")
    for _ in range(40):
        step = rng.choice(["drop", "keys", "undo", "redo"])
        if step == "drop":
            rid = rng.choice([i for i in ids if board.scene.card(i).isVisible()])
            drag(board, card_point(board, rid), cell_point(board, (rng.randint(1, 5), rng.randint(1, 5))))
        elif step == "keys":
            board.scene.clearSelection()
            board.scene.card(rng.choice(ids)).setSelected(True)
            QTest.keyClick(board.view, rng.choice([Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right]),
                           Qt.ControlModifier)
        elif step == "undo":
            stack.undo()
        else:
            stack.redo()
        for rid in ids:
            card = board.scene.card(rid)
            assert card.cell == scores(ctx, rid)
            if card.isVisible():
                assert board.scene.geometry.cell_rect(card.cell).contains(card.sceneBoundingRect())
