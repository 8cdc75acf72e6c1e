"""File ▸ New client from another tab shows the Clients tab with the name focused; the contacts table's
columns follow what they show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.app import open_main_window
from consultdesk.ops import clients as client_ops


def _show(window, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _shown_window(qtbot, data_dir: Path, asker):
    window = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    _show(window, qtbot)
    return window


def test_new_client_from_the_board_by_keys(qtbot, demo_dir: Path, asker) -> None:
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    _show(window, qtbot)
    tabs = window.findChild(QWidget, "mainTabs")
    tabs.setCurrentWidget(window.findChild(QWidget, "boardTab"))
    board = window.findChild(QWidget, "quadrantBoard")
    board.setFocus()
    qtbot.waitUntil(board.hasFocus)

    qtbot.keyClick(board, Qt.Key_F, Qt.AltModifier)  # File menu, opened by keyboard
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.activeAction().objectName() == "newClientAction"
    qtbot.keyClick(menu, Qt.Key_Return)

    clients_tab = window.findChild(QWidget, "clientsTab")
    name = clients_tab.client_page.form.clientName
    assert tabs.currentWidget() is clients_tab
    assert clients_tab.pages.currentWidget() is clients_tab.client_page
    qtbot.waitUntil(name.hasFocus)
    assert name.isVisible() and name.text() == "" and window.ctx.selection.client_id is None
    qtbot.keyClicks(QApplication.focusWidget(), "Epsilon GmbH")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    created = window.ctx.repos.clients.find_client("Epsilon GmbH")
    assert created is not None and window.ctx.selection.client_id == created.id
    window.close()


def test_ctrl_n_is_new_client_from_every_tab(qtbot, demo_dir: Path, asker) -> None:
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    _show(window, qtbot)
    tabs = window.findChild(QWidget, "mainTabs")
    clients_tab = window.findChild(QWidget, "clientsTab")
    for name in ("boardTab", "specsTab", "evidenceTab"):
        tabs.setCurrentWidget(window.findChild(QWidget, name))
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_N, Qt.ControlModifier)
        assert tabs.currentWidget() is clients_tab, name
        qtbot.waitUntil(clients_tab.client_page.form.clientName.hasFocus)
    window.close()


def test_contact_columns_fit_after_adding_a_longer_contact_and_switching_client(qtbot, data_dir, asker) -> None:
    window = _shown_window(qtbot, data_dir, asker)
    ctx = window.ctx
    short_client = client_ops.create_client(ctx, "Short Ltd")
    client_ops.create_contact(ctx, short_client, "Li", role="CTO")
    long_client = client_ops.create_client(ctx, "Long Ltd")
    client_ops.create_contact(ctx, long_client, "Maximiliane Alexandra von Hohenberg-Schwarzenfeld", role="CTO")
    tab = window.findChild(QWidget, "clientsTab")
    ctx.selection.set_client(short_client)
    tab.pages.setCurrentWidget(tab.contacts_page)
    page = tab.contacts_page
    table, model = page.table, page.model
    metrics = table.fontMetrics()
    narrow = table.columnWidth(model.NAME)

    longer = "Anastasia Konstantinopoulou-Papadimitriou"
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, longer)
    qtbot.keyClick(page.new_name, Qt.Key_Return)
    assert [c.name for c in ctx.repos.clients.contacts(short_client)] == ["Li", longer]
    assert table.columnWidth(model.NAME) > narrow
    assert table.columnWidth(model.NAME) >= metrics.horizontalAdvance(longer)

    ctx.selection.set_client(long_client)  # another client: sized for its contacts, not the first one's
    assert table.columnWidth(model.NAME) >= metrics.horizontalAdvance(
        "Maximiliane Alexandra von Hohenberg-Schwarzenfeld")
    window.close()


def test_a_refused_contact_edit_is_said_and_the_workspace_line_comes_back(qtbot, data_dir, asker) -> None:
    window = _shown_window(qtbot, data_dir, asker)
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Acme")
    client_ops.create_contact(ctx, client, "Li Wei", role="CTO")
    ctx.selection.set_client(client)
    tab = window.findChild(QWidget, "clientsTab")
    tab.pages.setCurrentWidget(tab.contacts_page)
    model = tab.contacts_page.model
    assert not model.setData(model.index(0, 0), "  ")
    status = window.statusBar()
    assert status.currentMessage() == "A contact needs a name."
    assert ctx.repos.clients.contacts(client)[0].name == "Li Wei"
    status.clearMessage()  # what the timeout does
    assert "every change is saved as you make it" in status.currentMessage()  # not "NOT SAVED"
    window.close()
