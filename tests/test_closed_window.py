"""A closed main window lets go of its workspace for good: its editor windows store what they hold first,
and a language switch made in another window never reaches it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from consultdesk.app import open_main_window
from consultdesk.ops import clients, requirements


def test_closing_stores_an_open_editor_and_a_later_language_switch_leaves_the_window_alone(
    qtbot, tmp_path: Path, asker, caplog
) -> None:
    first = open_main_window(tmp_path / "one", lang="en", asker=asker)
    qtbot.addWidget(first)
    ctx = first.ctx
    client = clients.create_client(ctx, "Acme")
    engagement = clients.create_engagement(ctx, client, "Portal")
    rid = requirements.create_requirement(ctx, engagement, "Export to Excel")
    first.show()
    from consultdesk.ui.board.editor import open_requirement_editor

    editor = open_requirement_editor(ctx, rid, first)
    title = editor.form.reqTitle
    title.selectAll()
    qtbot.keyClicks(title, "Export to CSV")  # typed, not yet stored: the binder waits for a pause
    first.close()
    assert not editor.isVisible()

    second = open_main_window(tmp_path / "two", lang="en", asker=asker)
    qtbot.addWidget(second)
    english = first.tabs.tabText(0)
    second.set_language("zh_CN")
    QApplication.processEvents()
    assert second.tabs.tabText(0) != english  # the open window speaks Chinese now
    assert first.tabs.tabText(0) == english  # the closed one was not retranslated from a closed workspace
    assert not [r for r in caplog.records if "closed database" in r.getMessage()]
    second.set_language("en")
    second.close()

    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(tmp_path / "one", take_lock=False)
    try:
        assert ws.repos.requirements.get(rid).title == "Export to CSV"
    finally:
        ws.close()
