"""File menu: new/open/recent workspaces, show folder, back up now; taking over a foreign lock; Help ▸ About."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consultdesk.store.workspace import open_workspace
from tests.test_lock_holder import foreign_lock


def _other_workspace(tmp_path: Path, name: str = "other") -> Path:
    root = tmp_path / name
    open_workspace(root).close()
    return root


def test_open_workspace_replaces_the_window_and_releases_the_old_lock(window, asker, tmp_path, qtbot) -> None:
    old_root = window.ctx.workspace.root
    other = _other_workspace(tmp_path)
    asker.queue(str(other))
    window.findChild(type(window.file_actions.open_action), "openWorkspaceAction").trigger()
    new = window.launcher.windows[-1]
    qtbot.addWidget(new)
    assert new is not window and new.ctx.workspace.root == other
    assert str(other) in new.windowTitle()
    assert not window.isVisible()
    open_workspace(old_root).close()  # the old window let go of its workspace
    new.close()


def test_open_refuses_a_folder_that_is_not_a_workspace(window, asker, tmp_path) -> None:
    plain = tmp_path / "photos"
    plain.mkdir()
    (plain / "a.jpg").write_bytes(b"x")
    asker.queue(str(plain))
    assert window.file_actions.open_workspace() is None
    assert asker.asked[-1][0] == "warn" and "not a ConsultDesk workspace" in asker.asked[-1][2]
    assert window.isVisible() and not (plain / "consultdesk.sqlite").exists()


def test_new_workspace_in_an_empty_folder(window, asker, tmp_path, qtbot) -> None:
    target = tmp_path / "client-x"
    target.mkdir()
    asker.queue(str(target))
    new = window.file_actions.new_workspace()
    qtbot.addWidget(new)
    assert new.ctx.workspace.root == target and (target / "consultdesk.sqlite").is_file()
    assert new.ctx.workspace.is_empty() and new.welcome.isVisible()
    new.close()


def test_new_workspace_refuses_a_folder_with_other_files(window, asker, tmp_path) -> None:
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("hi")
    asker.queue(str(busy))
    assert window.file_actions.new_workspace() is None
    assert "not empty" in asker.asked[-1][2] and not (busy / "consultdesk.sqlite").exists()


def test_open_recent_goes_back_to_the_previous_workspace(window, asker, tmp_path, qtbot) -> None:
    first_root = window.ctx.workspace.root
    asker.queue(str(_other_workspace(tmp_path)))
    second = window.file_actions.open_workspace()
    qtbot.addWidget(second)
    second.file_actions.recent_menu.aboutToShow.emit()
    entries = [a for a in second.file_actions.recent_menu.actions() if a.objectName().startswith("recentWorkspace")]
    assert [Path(a.data()) for a in entries] == [first_root]
    entries[0].trigger()
    third = second.launcher.windows[-1]
    qtbot.addWidget(third)
    assert third.ctx.workspace.root == first_root and not second.isVisible()
    third.close()


def test_a_vanished_recent_workspace_is_explained_and_forgotten(window, asker, tmp_path) -> None:
    launcher = window.file_actions.launcher
    gone = tmp_path / "deleted-workspace"
    launcher.remember(gone)
    assert window.file_actions.open_recent(gone) is None
    assert "no longer exists" in asker.asked[-1][2]
    assert gone not in launcher.recent()


def test_show_workspace_folder_opens_the_file_manager(window) -> None:
    shown = []
    window.file_actions.reveal = lambda folder: shown.append(folder) or True
    window.file_actions.show_folder_action.trigger()
    assert shown == [window.ctx.workspace.root]


def test_back_up_now_writes_a_consistent_copy(window, asker, tmp_path) -> None:
    window.welcome.open_demo()
    target = tmp_path / "safe" / "before-visit"
    target.parent.mkdir()
    asker.queue(str(target))
    written = window.file_actions.back_up_now()
    assert written == target.with_name("before-visit.sqlite")
    with sqlite3.connect(written) as copy:
        assert copy.execute("select count(*) from clients").fetchone()[0] == len(
            window.ctx.repos.clients.list_clients()) > 0
    assert asker.asked[-1][0] == "inform" and str(written) in asker.asked[-1][2]


def test_back_up_to_an_unwritable_place_is_explained(window, asker, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # (root ignores permissions; a file in the way stops anyone)
    asker.queue(str(blocker / "x.sqlite"))
    assert window.file_actions.back_up_now() is None
    assert asker.asked[-1][0] == "warn" and "Cannot write the backup" in asker.asked[-1][2]


def test_workspace_locked_on_another_computer_is_taken_over_after_confirming(window, asker, tmp_path, qtbot) -> None:
    synced = _other_workspace(tmp_path, "synced")
    foreign_lock(synced)
    asker.queue(str(synced), False)  # the folder, then "take over?" -> no
    assert window.file_actions.open_workspace() is None
    kind, _title, text = asker.asked[-1]
    assert kind == "confirm" and "laptop-at-home" in text and "wang" in text
    asker.queue(str(synced), True)
    new = window.file_actions.open_workspace()
    qtbot.addWidget(new)
    assert new.ctx.workspace.root == synced
    new.close()


def test_file_menu_and_help_menu_follow_the_language(window, qtbot) -> None:
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.file_actions.open_action.text().startswith("打开工作区"))
    assert window.help_menu.menu.title().startswith("帮助")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_actions.open_action.text() == "&Open workspace…")


def test_help_is_the_last_menu_and_about_shows_licence_and_notices(window, asker) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help" and len(titles) > 4  # after the menus the tabs contributed
    seen = {}

    def look(dialog) -> bool:
        seen["licence"] = dialog.license_view.toPlainText()
        seen["notices"] = dialog.notices_view.toPlainText()
        return True

    asker.queue(look)
    window.help_menu.about_action.trigger()
    assert "MIT License" in seen["licence"]
    for name in ("PySide6", "LGPL", "matplotlib", "numpy", "python-docx", "openpyxl"):
        assert name in seen["notices"], name
