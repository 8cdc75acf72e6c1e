"""The main flows in Chinese show no English: every tab and page, the menus, undo names, messages, the
dialogs the menus open and the refusals raised below the UI (codes, names and user data allowed)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.ui.asker import ScriptedAsker
from consultdesk.ui.tab_page import TabPage

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from visible_text import (  # noqa: E402
    ALLOWED_WORDS,
    discard_leftover_windows,
    english,
    every_page,
    user_words,
    words_of,
)

CJK = ("\u4e00", "\u9fff")


def _chinese(text: str) -> bool:
    return any(CJK[0] <= ch <= CJK[1] for ch in text)


class WalkingAsker(ScriptedAsker):
    """Answers like a user who looks and cancels: every dialog is read (its English noted), then closed."""

    def __init__(self) -> None:
        super().__init__()
        self.allowed: set[str] = set()
        self.found: list[tuple[str, str, str]] = []
        self.step = ""

    def _next(self, kind: str, title: str, text: str) -> Any:
        if self.answers:
            return super()._next(kind, title, text)
        self.asked.append((kind, title, text))
        return None

    def run_dialog(self, dialog: Any) -> bool:
        if self.answers:
            return super().run_dialog(dialog)
        self.asked.append(("dialog", dialog.objectName(), dialog.windowTitle()))
        dialog.show()
        QApplication.processEvents()
        self.found += [(f"{self.step}: dialog {dialog.objectName()}", where, text)
                       for where, text in english(dialog, self.allowed)]
        dialog.hide()
        return False


@pytest.fixture
def zh_window(qtbot, demo_dir: Path):
    from consultdesk.app import open_main_window

    asker = WalkingAsker()
    discard_leftover_windows()
    before = set(QApplication.topLevelWidgets())
    win = open_main_window(demo_dir, lang="zh_CN", asker=asker)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    asker.allowed = user_words(win.ctx)
    yield win, asker
    win.close()
    for widget in set(QApplication.topLevelWidgets()) - before:  # nothing of this workspace outlives it
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _english_messages(asker: WalkingAsker) -> list[tuple[str, str]]:
    said = [(kind, text if kind == "dialog" else f"{title} {text}") for kind, title, text in asker.asked]
    return [(kind, text) for kind, text in said
            if kind in ("inform", "warn", "confirm", "dialog") and words_of(text) - asker.allowed - ALLOWED_WORDS]


def test_every_tab_and_page_of_the_demo_is_chinese(zh_window) -> None:
    win, asker = zh_window
    found = []
    engagements = win.ctx.workspace.store.query("select id, client_id from engagements order by id")
    assert len(engagements) >= 3  # Chinese and English demo clients, with and without baselines
    for engagement in engagements:
        win.ctx.selection.set_client(engagement["client_id"])
        win.ctx.selection.set_engagement(engagement["id"])
        QApplication.processEvents()
        for where in every_page(win.tabs):
            found += [(engagement["id"], where, w, text) for w, text in english(win, asker.allowed)]
    assert found == []


def _type(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method does: one committed string (key clicks only know Latin keys)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type_and_leave(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    if text:
        _type(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _requirements_csv(path: Path, count: int) -> Path:
    path.write_text("标题,价值,紧急度\n" + "".join(f"需求{i},{i % 5 + 1},3\n" for i in range(count)), encoding="utf-8")
    return path


def test_main_flows_in_chinese_show_no_english(zh_window, qtbot, tmp_path: Path) -> None:
    win, asker = zh_window
    found: list[tuple[str, str, str]] = []

    def look(step: str) -> None:
        asker.step = step
        found.extend((step, where, text) for where, text in english(win, asker.allowed))

    def undo_name() -> str:
        win.edit_menu.aboutToShow.emit()
        return win.undo_action.text()

    clients = win.findChild(QWidget, "clientsTab")
    win.tabs.setCurrentWidget(clients)
    qtbot.mouseClick(clients.client_list.new_button, Qt.MouseButton.LeftButton)
    _type_and_leave(qtbot, clients.client_page.form.clientName, "华东物流")
    _type_and_leave(qtbot, clients.client_page.form.clientName, "华东物流集团")
    assert undo_name().startswith("撤销") and _chinese(undo_name()[2:]), undo_name()
    look("rename client")
    _type_and_leave(qtbot, clients.client_page.form.clientName, "")  # refused inline
    look("empty client name")
    _type_and_leave(qtbot, clients.client_page.form.clientName, "华东物流集团")

    clients.pages.setCurrentWidget(clients.contacts_page)
    _type(clients.contacts_page.new_name, "李雷")
    qtbot.keyClick(clients.contacts_page.new_name, Qt.Key.Key_Return)
    model = clients.contacts_page.model
    assert model.setData(model.index(0, model.KIND), "decision_maker")
    look("edit contact")
    model.setData(model.index(0, 0), "")  # a contact needs a name
    look("empty contact name")

    clients.pages.setCurrentWidget(clients.engagements_page)
    page = clients.engagements_page
    _type(page.new_title, "仓储改造")
    qtbot.keyClick(page.new_title, Qt.Key.Key_Return)
    page.inner.setCurrentWidget(page.interviews)
    qtbot.mouseClick(page.interviews.new_button, Qt.MouseButton.LeftButton)
    assert _chinese(undo_name()[2:]), undo_name()
    look("add interview")

    board = win.findChild(QWidget, "boardTab")
    win.tabs.setCurrentWidget(board)
    created = board.create_in_cell(4, 4, "在线下单")
    assert created is not None
    assert _chinese(undo_name()[2:]), undo_name()
    look("add requirement")
    from consultdesk.ui.board.editor import open_requirement_editor

    editor = open_requirement_editor(win.ctx, created, board)  # a window of its own
    QApplication.processEvents()
    found.extend(("requirement editor", where, text) for where, text in english(editor, asker.allowed))
    editor.close()
    asker.queue(str(_requirements_csv(tmp_path / "需求.csv", 5)), True)
    win.findChild(object, "importRequirementsAction").trigger()
    assert any(kind == "inform" and "5" in text for kind, _title, text in asker.asked), asker.asked
    assert "5" in undo_name() and _chinese(undo_name()[2:]), undo_name()
    look("import requirements")
    win.undo_action.trigger()
    look("undo import")

    assert board.create_in_cell(1, 1, "") is None  # refused: a requirement needs a title
    assert asker.asked[-1][0] == "warn"

    specs = win.findChild(QWidget, "specsTab")
    win.tabs.setCurrentWidget(specs)
    pages = {type(page).__name__: page for page in specs.findChildren(TabPage)}
    asker.step = "new change request"
    pages["ChangeRequestsPage"].new_change_request()
    asker.step = "sign off"
    pages["SignOffPage"].sign_off()
    assert [kind for kind, _name, _title in asker.asked[-2:]] == ["dialog", "dialog"]

    for tab_index in range(win.tabs.count()):  # every dialog and question the menus lead to, on every tab
        win.tabs.setCurrentIndex(tab_index)
        QApplication.processEvents()
        _open_every_menu_command(win, asker, f"menus of tab {win.tabs.tabText(tab_index)}")
    found += asker.found
    assert found == []
    assert _english_messages(asker) == []


# Commands that end the session or change the workspace under the test.
_SKIPPED = {"quitAction", "openWorkspaceAction", "newWorkspaceAction", "loadDemoAction", "restoreBackupAction"}


def _open_every_menu_command(win: Any, asker: WalkingAsker, step: str) -> None:
    """Trigger each menu command that opens something ("…"), answering every question by cancelling."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    for menu_action in win.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or not menu_action.isVisible():
            continue
        menu.aboutToShow.emit()
        for action in menu.actions():
            if (action.menu() is not None or not action.isEnabled() or not action.isVisible()
                    or not action.text().endswith("…") or action.objectName() in _SKIPPED):
                continue
            asker.step = f"{step} ▸ {action.text()}"
            action.trigger()
            QApplication.processEvents()
            for window in QApplication.topLevelWidgets():
                if window.isVisible() and id(window) not in before:
                    asker.found += [(asker.step, where, text) for where, text in english(window, asker.allowed)]
                    window.close()


def test_refusals_from_ops_and_domain_are_chinese(ctx) -> None:
    """The sentences ops and the domain raise reach message boxes as they are: in Chinese."""
    from consultdesk.demo import load_demo
    from consultdesk.ops import baselines, change_requests, clients, diagnosis, diagnosis_plan, evidence
    from consultdesk.ops import evidence_consensus as consensus
    from consultdesk.ops.errors import OpError
    from consultdesk.ui.i18n import Translations

    discard_leftover_windows()
    Translations().install("zh_CN")
    ws = ctx.workspace
    load_demo(ws)

    def first(table: str) -> int:
        return int(ws.store.query(f"select id from {table} order by id limit 1")[0]["id"])

    engagement = int(ws.store.query("select engagement_id from requirements order by id limit 1")[0]["engagement_id"])
    case = evidence.create_case(ctx, engagement, "差异")
    large = change_requests.create_change_request(ctx, engagement, "大变更", scope="large")
    change_requests.set_status(ctx, large, "assessing")
    cause = diagnosis.add_cause(ctx, first("diagnosis_bones"), None, "原因")
    attempts = {
        "contact": lambda: clients.create_contact(ctx, first("clients"), ""),
        "cause text": lambda: diagnosis.update_cause(ctx, cause, {"text": ""}),
        "ruled-out root": lambda: diagnosis.update_cause(ctx, cause, {"status": "ruled_out", "is_root": True}),
        "deadline": lambda: diagnosis_plan.add_task(ctx, first("solution_phases"), "任务", deadline="下周"),
        "due date": lambda: consensus.add_action(ctx, case, "补数据", due_on="明天"),
        "large change": lambda: change_requests.set_status(ctx, large, "approved", decided_by="王总"),
        "case status (domain)": lambda: evidence.set_status(ctx, case, "resolved"),
        "no reason override (domain)": lambda: evidence.set_status(ctx, case, "meeting_held", "客户同意"),
    }
    said = {}
    for name, attempt in attempts.items():
        with pytest.raises(OpError) as refused:
            attempt()
        said[name] = str(refused.value)
    try:
        baselines.sign_off(ctx, engagement, "张三")
    except OpError:
        pass  # already signed and unchanged: the next one says so too
    with pytest.raises(OpError) as refused:
        baselines.sign_off(ctx, engagement, "张三")
    said["unchanged specification"] = str(refused.value)
    from consultdesk.ui.baselines.models import cover_text

    said["change request covering a change"] = cover_text("CR-006 (approved)")
    english_ones = {name: text for name, text in said.items() if not _chinese(text) or words_of(text) - {"v"}}
    assert english_ones == {}
