"""A board one can read: cards sized to the window, a readable minimum, two-line titles, a density
setting, "+N" badges that open (mouse and keyboard), the palette followed, deletes that say so, one name."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from board_helpers import add, make_engagement  # noqa: E402

from consultdesk.ui.board.look import READABLE_PX, Density  # noqa: E402

LONG = "家长端 App 在晚高峰作业提交时加载超时，需要排查接口与缓存配置并给出优化方案"


def _board(window):
    board = window.findChild(QWidget, "boardTab")
    window.tabs.setCurrentWidget(board)
    return board


def _fill(ctx, engagement: int, count: int) -> None:
    """*count* requirements spread over the 25 cells (setup through the repo rows, then one reload)."""
    with ctx.store.transaction():
        for i in range(count):
            seq, code = ctx.repos.requirements.next_code(engagement)
            ctx.repos.rows.insert("requirements", {
                "engagement_id": engagement, "seq": seq, "code": code, "title": f"需求 {i}：{LONG}",
                "value": 1 + i % 5, "urgency": 1 + (i // 5) % 5})


def _shown_window(window, qtbot, size=(1366, 768)):
    window.resize(*size)
    qtbot.waitExposed(window)
    board = _board(window)
    qtbot.waitUntil(lambda: board.requirements_panel is not None)
    QApplication.processEvents()
    return board


def _figures(board) -> tuple[float, int, int]:
    cards = list(board.scene.cards.values())
    visible = sum(c.isVisible() for c in cards)
    return board.view.effective_title_px(), visible, len(cards) - visible


@pytest.mark.parametrize("density", [Density.AUTOMATIC, Density.COMPACT])
def test_two_hundred_cards_are_readable_at_1366x768(window, qtbot, density) -> None:
    engagement = make_engagement(window.ctx)
    _fill(window.ctx, engagement, 200)
    board = _shown_window(window, qtbot)
    board.reload()
    board.board_actions.density[density].trigger()
    px, visible, hidden = _figures(board)
    print(f"\n{density.value}: title {px:.1f} px on screen, {visible} cards shown, {hidden} behind +N")
    assert px >= READABLE_PX
    assert visible >= 25 and hidden > 0  # every cell shows cards, the rest wait behind its badge
    badges = [b for b in board.scene.badges.values() if b.isVisible()]
    assert sum(int(b.text[1:]) for b in badges) == hidden
    # The whole board is on screen at that size: nothing to scroll to find a quadrant.
    shown = board.view.mapFromScene(board.scene.sceneRect()).boundingRect()
    assert board.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)


def test_badge_click_shows_the_hidden_cards_readably_and_plus_minus_do_it_by_keyboard(window, qtbot) -> None:
    engagement = make_engagement(window.ctx)
    ids = [add(window.ctx, engagement, f"R{i}", 5, 5) for i in range(40)]
    board = _shown_window(window, qtbot)
    scene, view = board.scene, board.view
    badge = scene.badges[(5, 5)]
    assert badge.isVisible() and not all(scene.card(i).isVisible() for i in ids)
    view.ensureVisible(badge)
    column_w = scene.geometry.cell_rect((5, 5)).width()
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     view.mapFromScene(badge.sceneBoundingRect().center()))
    assert all(scene.card(i).isVisible() for i in ids)
    assert view.effective_title_px() >= READABLE_PX  # the grown board scrolls rather than shrinks
    # The open cell spreads sideways (the other columns lend their room), and never off to the right.
    assert scene.geometry.cell_rect((5, 5)).width() > 1.5 * column_w
    assert view.mapFromScene(scene.sceneRect()).boundingRect().width() <= view.viewport().width() + 2
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     view.mapFromScene(badge.sceneBoundingRect().center()))
    assert not all(scene.card(i).isVisible() for i in ids)
    # Keyboard: select a card of the crowded cell, + shows all, − folds back.
    scene.card(ids[0]).setSelected(True)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Plus)
    assert (5, 5) in scene.expanded and all(scene.card(i).isVisible() for i in ids)
    QTest.keyClick(view, Qt.Key_Minus)
    assert (5, 5) not in scene.expanded


def test_long_titles_take_two_lines_and_end_elided(ctx, qtbot) -> None:
    from consultdesk.ui.board.look import CardLook

    comfortable, compact = CardLook(Density.COMFORTABLE), CardLook(Density.COMPACT)
    lines = comfortable.title_lines_for(LONG, 140)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert LONG.startswith(lines[0]) and lines[0] and len(lines[0]) >= 7
    assert LONG.replace(" ", "").startswith((lines[0] + lines[1][:-1]).replace(" ", ""))
    assert comfortable.title_lines_for("Short", 140) == ["Short"]
    assert len(compact.title_lines_for(LONG, 140)) == 1
    assert compact.height < comfortable.height


def test_density_is_a_menu_setting_kept_with_the_workspace(window, qtbot) -> None:
    engagement = make_engagement(window.ctx)
    rid = add(window.ctx, engagement, LONG, 4, 4)
    board = _shown_window(window, qtbot)
    comfortable_h = board.scene.card(rid).boundingRect().height()
    compact = window.findChild(object, "boardDensity-compact")
    assert compact in window.findChild(object, "boardDensityMenu").actions()
    compact.trigger()
    assert board.scene.card(rid).boundingRect().height() < comfortable_h
    assert window.ctx.settings.value("board/density") == "compact"
    assert board.board_actions.stored_density() is Density.COMPACT


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a"), (QPalette.ColorRole.Button, "#3c3c3c"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.AlternateBase, "#262626")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_app(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setPalette(before)


def test_dark_palette_gives_a_dark_board_and_a_readable_hint(window, qtbot, dark_app) -> None:
    engagement = make_engagement(window.ctx)
    rid = add(window.ctx, engagement, "夜间模式", 2, 2)
    board = _shown_window(window, qtbot)
    view = board.view
    image = view.viewport().grab().toImage()
    empty = view.mapFromScene(board.scene.geometry.cell_rect((1, 5)).center())
    assert QColor(image.pixel(empty)).lightnessF() < 0.3  # no white slab
    card = board.scene.card(rid)
    inside = view.mapFromScene(card.sceneBoundingRect().center()) + QPoint(20, 0)
    assert QColor(image.pixel(inside)).lightnessF() < 0.4
    hint = board.hint
    ink = hint.palette().color(hint.foregroundRole())
    ground = hint.palette().color(QPalette.ColorRole.Window)
    assert abs(ink.lightnessF() - ground.lightnessF()) > 0.35


def test_select_all_delete_says_how_many_and_one_undo_restores(window, qtbot, asker) -> None:
    ctx = window.ctx
    engagement = make_engagement(ctx)
    ids = [add(ctx, engagement, f"R{i}", 1 + i % 5, 3) for i in range(7)]
    board = _shown_window(window, qtbot)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(board.view, Qt.Key_Delete)
    assert ctx.repos.requirements.for_engagement(engagement) == []
    # English plural forms come from the translation layer; the number and the way back are what count.
    assert re.fullmatch(r"7 requirements?(\(s\))? deleted — Ctrl\+Z to undo", window.statusBar().currentMessage())
    ctx.history.undo()
    assert sorted(r.id for r in ctx.repos.requirements.for_engagement(engagement)) == sorted(ids)


def test_deleting_many_cards_asks_first(window, qtbot, asker) -> None:
    ctx = window.ctx
    engagement = make_engagement(ctx)
    for i in range(12):
        add(ctx, engagement, f"R{i}", 3, 1 + i % 5)
    board = _shown_window(window, qtbot)
    board.view.setFocus()
    asker.queue(False)
    QTest.keyClick(board.view, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(board.view, Qt.Key_Delete)
    assert len(ctx.repos.requirements.for_engagement(engagement)) == 12
    assert "12" in asker.asked[-1][2]
    asker.queue(True)
    QTest.keyClick(board.view, Qt.Key_Delete)
    assert ctx.repos.requirements.for_engagement(engagement) == []


def test_the_board_has_one_name_in_tab_and_menu(data_dir, asker, qtbot) -> None:
    from consultdesk.app import open_main_window

    for lang in ("en", "zh_CN"):
        window = open_main_window(data_dir, lang=lang, asker=asker)  # closed and deleted below, each language
        board = _board(window)
        tab_title = window.tabs.tabText(window.tabs.indexOf(board))
        menu_title = window.findChild(object, "boardMenu").title()
        assert menu_title.replace("&", "").split("(")[0] == tab_title, lang
        window.close()
        window.deleteLater()  # a closed window must not retranslate against its closed workspace
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_revealing_a_card_behind_its_badge_opens_the_cell(window, qtbot) -> None:
    engagement = make_engagement(window.ctx)
    ids = [add(window.ctx, engagement, f"R{i}", 2, 4) for i in range(30)]
    board = _shown_window(window, qtbot)
    last = board.scene.card(ids[-1])
    assert not last.isVisible()
    assert board.reveal("requirements", ids[-1])
    assert last.isVisible() and last.isSelected()
    assert board.scene.geometry.cell_rect((2, 4)).contains(last.sceneBoundingRect())
