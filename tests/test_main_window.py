"""The shell: objectNames of the automation surface, welcome panel, undo actions, state kept on reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget


def test_automation_surface_object_names(window) -> None:
    assert window.objectName() == "mainWindow"
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    for name in ("clientsTab", "boardTab", "diagnosisTab", "evidenceTab", "specsTab"):
        assert window.findChild(QWidget, name) is not None, name
    names = {a.objectName() for a in window.findChildren(type(window.undo_action))}
    assert {"undoAction", "redoAction"} <= names


def test_welcome_panel_opens_demo(window, qtbot) -> None:
    assert window.welcome.isVisible()
    qtbot.mouseClick(window.welcome.demo_button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
    assert not window.welcome.isVisible()
    assert not window.ctx.workspace.is_empty()


def test_geometry_and_tab_survive_reopen(qtbot, data_dir: Path, asker) -> None:
    from consultdesk.app import open_main_window

    win = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    win.resize(796, 650)  # the offscreen screen is small; restoreGeometry clamps to it
    win.tabs.setCurrentIndex(2)
    win.close()
    again = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert again.size().width() == 796
    again.close()


def test_deferred_tabs_are_built_after_the_first_paint(qtbot, data_dir: Path, asker) -> None:
    from consultdesk.app import open_main_window

    win = open_main_window(data_dir, lang="en", asker=asker, defer_tabs=True)
    qtbot.addWidget(win)
    assert win.tab_pages[win.tabs.currentIndex()] is not None
    qtbot.waitUntil(lambda: all(page is not None for page in win.tab_pages))
    for name in ("clientsTab", "boardTab", "diagnosisTab", "evidenceTab", "specsTab"):
        assert win.findChild(QWidget, name) is not None, name
    win.close()


def test_first_open_selects_a_client_and_engagement(qtbot, demo_dir: Path, asker) -> None:
    from consultdesk.app import open_main_window

    win = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    ctx = win.ctx
    assert ctx.selection.client_id is not None
    engagement = ctx.repos.clients.get_engagement(ctx.selection.engagement_id)
    assert engagement is not None and engagement.client_id == ctx.selection.client_id
    win.close()


def test_menu_bar_follows_one_rule_whatever_tab_was_built_first(qtbot, data_dir, asker) -> None:
    from PySide6.QtWidgets import QWidget

    from consultdesk.app import open_main_window
    from consultdesk.ui.tabs import TABS

    win = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(win)

    def visible_titles() -> list[str]:
        return [a.text() for a in win.menuBar().actions() if a.isVisible()]

    order = [a.text() for a in win.menuBar().actions()]
    assert order[:3] == ["&File", "&Edit", "&View"]
    assert len(win.tab_menus) >= 3  # Board, Diagnosis and Evidence have menus of their own
    positions = [order.index(m.title()) for _i, m in sorted(win.tab_menus.items())]
    assert positions == sorted(positions), "the tabs' menus stand in tab order"
    for spec in TABS:
        page = win.findChild(QWidget, spec.object_name)
        win.tabs.setCurrentWidget(page)
        own = win.tab_menus.get(TABS.index(spec))
        expected = ["&File", "&Edit", "&View"] + ([own.title()] if own else []) + ["&Help"]
        assert visible_titles() == expected, spec.object_name
    win.close()
