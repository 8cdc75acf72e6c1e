"""Shared by the import tests: what a workspace holds after an import, and the Board menu's transfer actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def stored_requirements(data_dir: Path, client: str = "C", engagement: str = "E") -> list:
    """The requirements of one engagement, read from a closed workspace the way a second process would."""
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir, take_lock=False)
    try:
        found = ws.repos.clients.find_client(client)
        if found is None:
            return []
        eng = ws.repos.clients.find_engagement(found.id, engagement)
        return ws.repos.requirements.for_engagement(eng.id) if eng else []
    finally:
        ws.close()


def transfer_menu(qtbot: Any, ctx: Any, engagement_title: str) -> tuple[int, Any, Any]:
    """A chosen client and engagement, and the Board menu's import/export actions: (engagement, menu, actions)."""
    from PySide6.QtWidgets import QMenu, QWidget

    from consultdesk.ops import clients
    from consultdesk.ui.board.transfer_actions import add_transfer_actions

    client = clients.create_client(ctx, "华信教育")
    eid = clients.create_engagement(ctx, client, engagement_title)
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(eid)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    return eid, menu, add_transfer_actions(menu, ctx, parent)
