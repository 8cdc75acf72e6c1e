"""A requirement typed on the board with no engagement is never silently dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from consultdesk.ops import clients as client_ops


def _board(window):
    board = window.findChild(QWidget, "boardTab")
    window.tabs.setCurrentWidget(board)
    return board


def test_empty_workspace_says_what_is_missing_and_creates_it_in_place(window, asker, qtbot) -> None:
    board = _board(window)
    assert board.missing.isVisible()
    assert "no client" in board.missing.message.text()
    asker.queue("Acme", "Portal")
    qtbot.mouseClick(board.missing.button, Qt.MouseButton.LeftButton)
    ctx = window.ctx
    engagement = ctx.selection.engagement_id
    assert engagement is not None and ctx.repos.clients.get_engagement(engagement).title == "Portal"
    assert not board.missing.isVisible() and board.view.isEnabled()


def test_client_without_engagement_keeps_the_typed_title(window, asker) -> None:
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Acme")
    ctx.selection.set_client(client)
    board = _board(window)
    assert board.engagement_id is None and board.missing.isVisible()
    assert "no engagement" in board.missing.message.text()
    asker.queue(True, "Portal")  # "create an engagement now?" — yes; its title
    created = board.create_in_cell(5, 5, "Pay by card")
    assert created is not None
    (stored,) = ctx.repos.requirements.for_engagement(ctx.selection.engagement_id)
    assert (stored.title, stored.value, stored.urgency) == ("Pay by card", 5, 5)
    assert "Pay by card" in asker.asked[0][2]


def test_declining_says_nothing_was_stored(window, asker) -> None:
    ctx = window.ctx
    ctx.selection.set_client(client_ops.create_client(ctx, "Acme"))
    board = _board(window)
    asker.queue(False)
    assert board.create_in_cell(5, 5, "Pay by card") is None
    assert asker.asked[0][0] == "confirm" and "was not added" in asker.asked[0][2]
