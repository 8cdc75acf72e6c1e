"""The Follow-up and Overview tabs driven like a user: typing into a meeting stores it (one undo step),
Tab leaves the text boxes, the action filters, editing an action of another area in place, jumping to
its source, recording acceptance runs, a low score opening its 5-Why, the chart only when shown."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.ops import actions as ops_actions


@pytest.fixture
def demo_window(qtbot, demo_dir, asker):
    from consultdesk.app import open_main_window

    win = open_main_window(demo_dir, lang="en", asker=asker)
    win.resize(1400, 900)
    qtbot.addWidget(win)
    win.show()
    ctx = win.ctx
    client = next(c for c in ctx.repos.clients.list_clients() if c.name.startswith("华信"))
    ctx.selection.set_client(client.id)
    ctx.selection.set_engagement(ctx.repos.clients.engagements(client.id)[0].id)
    yield win
    win.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type like an input method commits Chinese (QTest.keyClicks only knows ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def show(win, name: str) -> QWidget:
    from consultdesk.ui.common.jump import show_page

    page = show_page(win, name)
    QApplication.processEvents()
    return page


def test_typing_a_meeting_is_stored_and_one_undo_step(demo_window, qtbot) -> None:
    tab = show(demo_window, "followUpTab")
    page = tab.show_page("meetings")
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    meeting_id = page.current.id
    assert page.title.hasFocus()
    page.title.selectAll()
    type_text(page.title, "第 10 次例会")
    QTest.keyClick(page.title, Qt.Key_Tab)  # leaving the field stores it
    assert demo_window.ctx.repos.meetings.get(meeting_id).title == "第 10 次例会"
    page.agenda.setFocus()
    type_text(page.agenda, "灰度结果")
    QTest.keyClick(page.agenda, Qt.Key_Tab)
    assert not page.agenda.hasFocus() and "\t" not in page.agenda.toPlainText()  # Tab moved on
    assert demo_window.ctx.repos.meetings.get(meeting_id).agenda == "灰度结果"
    demo_window.ctx.undo_stack("followup").undo()
    assert demo_window.ctx.repos.meetings.get(meeting_id).agenda == ""
    assert page.agenda.toPlainText() == ""


def test_minutes_sent_then_confirmed_through_the_asker(demo_window, qtbot, asker) -> None:
    page = show(demo_window, "followUpTab").show_page("meetings")
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    meeting_id = page.current.id
    qtbot.mouseClick(page.sent_button, Qt.LeftButton)
    assert demo_window.ctx.repos.meetings.get(meeting_id).minutes_sent_on == date.today().isoformat()
    asker.queue("李敏")
    qtbot.mouseClick(page.confirm_button, Qt.LeftButton)
    assert demo_window.ctx.repos.meetings.get(meeting_id).confirmed_by == "李敏"
    assert "李敏" in page.minutes_state.text()


def test_action_filters_and_edit_in_place_through_the_source(demo_window, qtbot) -> None:
    page = show(demo_window, "followUpTab").show_page("actions")
    today = date.today()
    page.set_filter("overdue")
    assert page.model.rowCount() > 0 and all(r.is_overdue(today) for r in page.model.records)
    page.set_filter("done")
    assert page.model.rowCount() > 0 and all(r.status == "done" for r in page.model.records)
    qtbot.mouseClick(page.filter_buttons["open"], Qt.LeftButton)
    records = page.model.records
    assert {r.source for r in records} == {"meeting", "dispute", "plan", "improvement"}
    dispute_row = next(i for i, r in enumerate(records) if r.source == "dispute")
    owner = page.model.index(dispute_row, page.model.column_of("owner"))
    assert page.model.setData(owner, "新负责人")
    row_id = records[dispute_row].row_id
    assert next(a for a in demo_window.ctx.repos.evidence.engagement_actions(demo_window.ctx.selection.engagement_id)
                if a[1].id == row_id)[1].who == "新负责人"
    demo_window.ctx.undo_stack("evidence").undo()
    assert all(r.owner != "新负责人" for r in page.model.records)


def test_go_to_source_opens_the_dispute_case(demo_window, qtbot) -> None:
    page = show(demo_window, "followUpTab").show_page("actions")
    page.set_filter("all")
    row = next(i for i, r in enumerate(page.model.records) if r.source == "dispute")
    page.table.selectRow(row)
    qtbot.mouseClick(page.jump_button, Qt.LeftButton)
    evidence = demo_window.findChild(QWidget, "evidenceTab")
    assert evidence.isVisible() and evidence.case_id == page.model.records[row].origin_id
    tabs = demo_window.findChild(QWidget, "mainTabs")
    assert tabs.tabText(tabs.currentIndex()) == "Evidence"


def test_recording_runs_and_adding_a_test_case(demo_window, qtbot, asker) -> None:
    page = show(demo_window, "followUpTab").show_page("acceptance")
    page.requirements.selectRow(3)  # REQ-004: one case, never run
    assert page.cases_model.rowCount() == 1 and page.cases_model.records[0]["result"] == "not_run"
    page.cases.selectRow(0)
    type_text(page.witness, "张伟")
    qtbot.mouseClick(page.run_buttons["pass"], Qt.LeftButton)
    assert page.cases_model.records[0]["result"] == "pass" and page.cases_model.records[0]["witness"] == "张伟"
    assert page.requirements_model.records[3]["progress"].startswith("1/1")
    asker.queue("冷启动崩溃")
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert [r["title"] for r in page.cases_model.records] == ["崩溃率统计", "冷启动崩溃"]


def test_a_score_under_4_opens_its_5_why_and_plan_lands_in_actions(demo_window, qtbot, asker) -> None:
    tab = show(demo_window, "followUpTab")
    page = tab.show_page("satisfaction")
    assert page.canvas is not None  # made when the page was first shown
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    row = page.table.currentIndex().row()
    speed = page.model.index(row, page.model.column_of("speed"))
    assert page.model.setData(speed, "2")
    panel = page.five_why
    assert panel.five_why is not None and panel.five_why.dimension == "speed" and panel.body.isVisible()
    panel.steps[0].setFocus()
    type_text(panel.steps[0], "回复慢")
    QTest.keyClick(panel.steps[0], Qt.Key_Tab)
    assert panel.steps[1].hasFocus()
    assert demo_window.ctx.repos.satisfaction.five_why(panel.five_why.id).steps[0] == "回复慢"
    asker.queue("2 小时内首次响应")
    qtbot.mouseClick(panel.add_task_button, Qt.LeftButton)
    actions = tab.show_page("actions")
    actions.set_filter("open")
    assert any(r.source == "improvement" and r.what == "2 小时内首次响应" for r in actions.model.records)


def test_lessons_add_and_filter(demo_window, qtbot, asker) -> None:
    page = show(demo_window, "followUpTab").show_page("lessons")
    before = page.model.rowCount()
    asker.queue("例会前一天发出议程")
    qtbot.mouseClick(page.add_worked, Qt.LeftButton)
    assert page.model.rowCount() == before + 1
    type_text(page.filter, "议程")
    assert [link.text for link in page.model.records] == ["例会前一天发出议程"]


def test_overview_tiles_open_what_they_count(demo_window, qtbot) -> None:
    overview = show(demo_window, "overviewTab")
    status = overview.status
    assert overview.tiles["requirements"].value.text() == str(status["requirements"]["total"]) == "25"
    assert overview.tiles["actions"].alarm == (status["actions"]["overdue"] > 0)
    qtbot.mouseClick(overview.tiles["actions"], Qt.LeftButton)
    tab = demo_window.findChild(QWidget, "followUpTab")
    assert tab.isVisible() and tab.pages.currentWidget() is tab.action_list
    assert tab.action_list.which == "overdue"
    overview = show(demo_window, "overviewTab")
    qtbot.mouseClick(overview.tiles["requirements"], Qt.LeftButton)
    assert demo_window.findChild(QWidget, "boardTab").isVisible()


def test_overview_lists_every_engagement_with_red_flags(demo_window, qtbot) -> None:
    overview = show(demo_window, "overviewTab")
    qtbot.mouseClick(overview.all_button, Qt.LeftButton)
    assert overview.stack.currentWidget() is overview.all_table
    names = [r["engagement"] for r in overview.all_model.records]
    assert len(names) == 3 and "WMS architecture rework" in names
    portal = next(r for r in overview.all_model.records if r["engagement"] == "家长端 App 稳定性优化")
    assert "actions_overdue" in portal["flag_keys"]
    wms = next(i for i, r in enumerate(overview.all_model.records) if r["engagement"] == "WMS architecture rework")
    overview.open_engagement(wms)
    assert overview.stack.currentIndex() == 0 and overview.status["engagement"] == "WMS architecture rework"


def test_overview_refreshes_after_an_edit_elsewhere(demo_window) -> None:
    overview = show(demo_window, "overviewTab")
    ctx = demo_window.ctx
    before = overview.status["actions"]["open"]
    meeting = ctx.repos.meetings.own(ctx.selection.engagement_id)[0].id
    ops_actions.add_meeting_action(ctx, meeting, "新待办", due_on=(date.today() - timedelta(days=2)).isoformat())
    assert overview.status["actions"]["open"] == before + 1


def test_no_matplotlib_until_the_chart_is_shown(qtbot, data_dir, asker) -> None:
    import subprocess

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        f"from consultdesk.app import open_main_window; w = open_main_window({str(data_dir)!r}, lang='en')\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_language_switch_retranslates_the_follow_up_tab(demo_window, qtbot) -> None:
    tab = show(demo_window, "followUpTab")
    demo_window.set_language("zh_CN")
    qtbot.waitUntil(lambda: tab.pages.tabText(0) == "会议")
    assert tab.action_list.filter_buttons["overdue"].text() == "已逾期"
    demo_window.set_language("en")
    qtbot.waitUntil(lambda: tab.pages.tabText(0) == "Meetings")



def test_status_report_from_the_overview(demo_window, qtbot, asker, tmp_path) -> None:
    overview = show(demo_window, "overviewTab")
    target = tmp_path / "status.docx"
    asker.queue(str(target))
    qtbot.mouseClick(overview.export_button, Qt.LeftButton)
    assert target.stat().st_size > 10_000


def test_a_dispute_meeting_is_read_only_here_and_opens_in_evidence(demo_window, qtbot) -> None:
    page = show(demo_window, "followUpTab").show_page("meetings")
    row = next(i for i, m in enumerate(page.meetings) if m.source == "evidence")
    page.list.selectRow(row)
    assert not page.title.isEnabled() and page.agenda.isReadOnly() and page.open_case_button.isVisible()
    assert page.decisions_model.rowCount() > 0
    assert not page.decisions_model.flags(page.decisions_model.index(0, 0)) & Qt.ItemIsEditable
    assert not page.actions_model.flags(page.actions_model.index(0, 0)) & Qt.ItemIsEditable
    qtbot.mouseClick(page.open_case_button, Qt.LeftButton)
    evidence = demo_window.findChild(QWidget, "evidenceTab")
    assert evidence.isVisible() and evidence.case_id == page.meetings[row].case_id


def test_keyboard_shortcuts_of_the_follow_up_tab(demo_window, qtbot) -> None:
    tab = show(demo_window, "followUpTab")
    tab.pages.setFocus()
    QTest.keyClick(tab.pages, Qt.Key_3, Qt.AltModifier)
    assert tab.pages.currentWidget() is tab.acceptance
    before = len(tab.meetings.meetings)
    QTest.keyClick(tab.pages, Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier)
    assert tab.pages.currentWidget() is tab.meetings and len(tab.meetings.meetings) == before + 1
    titles = [a.text() for a in demo_window.menuBar().actions()]
    assert "Follow-&up" in titles


def test_text_typed_in_a_meeting_is_stored_when_the_window_closes(qtbot, demo_dir, asker) -> None:
    from consultdesk.app import open_main_window
    from consultdesk.store.workspace import open_workspace

    win = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    page = show(win, "followUpTab").show_page("meetings")
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    meeting_id = page.current.id
    page.title.selectAll()
    QTest.keyClicks(page.title, "Closing call")  # still focused, not committed yet
    win.close()
    ws = open_workspace(demo_dir, take_lock=False)
    try:
        assert ws.repos.meetings.get(meeting_id).title == "Closing call"
    finally:
        ws.close()
