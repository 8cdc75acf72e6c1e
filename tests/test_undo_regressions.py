"""Regressions the undo property test found (each fails without its fix)."""

from __future__ import annotations

import sys

import shiboken6

from consultdesk.ops import clients as client_ops


def test_the_undo_actions_outlive_the_history_without_a_traceback(window, monkeypatch) -> None:
    # At exit the context (and its history) can be collected before the window: QUndoStack's destructor
    # then emits indexChanged & co. into the Edit menu's actions, whose refresh must not raise.
    raised: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: raised.append(exc))
    client_ops.create_client(window.ctx, "Acme")
    shiboken6.delete(window.ctx.history)
    assert not raised, raised[0][1] if raised else ""
