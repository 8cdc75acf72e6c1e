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
