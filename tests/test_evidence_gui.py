"""The Evidence tab driven like a user: drops, the attach dialog, verify integrity, linking by drag,
the meeting-held rule, cancelling a large copy."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_attach as ops_attach
from consultdesk.ops import evidence_consensus as ops_cons
from consultdesk.ops import evidence_items as ops_items


@pytest.fixture
def tab(qtbot, ctx):
    client = ctx.repos.rows.insert("clients", {"name": "华信教育"})
    engagement = ctx.repos.rows.insert("engagements", {"client_id": client, "title": "家长端 App"})
    ctx.store.db.conn.commit()
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    case_id = ops_case.create_case(ctx, engagement, "3 月有效订单数", expected_value=1250, computed_value=1180, unit="单")
    from consultdesk.ui.evidence.tab import EvidenceTab

    widget = EvidenceTab(ctx)
    widget.resize(1280, 800)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.case_id == case_id
    return widget


def drop(target, paths, pos: QPointF | None = None) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = pos if pos is not None else QPointF(5, 5)
    # Like the file manager: the drag enters first (Qt delivers a drop only after an accepted enter).
    enter = QDragEnterEvent(at.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, event)


def test_drop_on_tab_makes_item_and_drop_on_item_attaches(tab, ctx, asker, tmp_path) -> None:
    export = tmp_path / "orders.csv"
    export.write_text("id,amount\n1,10\n", encoding="utf-8")
    asker.queue("Raw data snapshot")  # the kind asked for the new item
    drop(tab, [export])
    items = ctx.repos.evidence.items(tab.case_id)
    assert [(i.kind, i.title) for i in items] == [("raw_data", "orders.csv")]
    assert items[0].attachments[0].name == "orders.csv"
    # A second file dropped onto that item in the list is attached to it.
    extra = tmp_path / "orders-april.csv"
    extra.write_text("id\n2\n", encoding="utf-8")
    view = tab.items_panel.list
    rect = view.visualItemRect(view.item(0))
    drop(view.viewport(), [extra], QPointF(rect.center()))
    names = [a.name for a in ctx.repos.evidence.get_item(items[0].id).attachments]
    assert names == ["orders.csv", "orders-april.csv"]
    assert tab.items_panel.detail.attachments.rowCount() == 2
    # A folder is refused with a clear message and nothing changes.
    drop(view.viewport(), [tmp_path], QPointF(rect.center()))
    assert asker.asked[-1][0] == "warn" and "folder" in asker.asked[-1][2]
    assert len(ctx.repos.evidence.get_item(items[0].id).attachments) == 2


def test_attach_via_dialog_and_undo(tab, ctx, asker, qtbot, tmp_path) -> None:
    item = ops_items.add_item(ctx, tab.case_id, "business_rule", "SOW 附件二")
    tab.items_panel.select_item(item)
    sow = tmp_path / "sow.txt"
    sow.write_text("3.2 有效订单数", encoding="utf-8")
    asker.queue([str(sow)])
    qtbot.mouseClick(tab.items_panel.detail.attach_button, Qt.LeftButton)
    assert [a.name for a in ctx.repos.evidence.get_item(item).attachments] == ["sow.txt"]
    ctx.undo_stack("evidence").undo()
    assert ctx.repos.evidence.get_item(item).attachments == ()
    assert tab.items_panel.detail.attachments.rowCount() == 0


def test_verify_integrity_flags_changed_and_missing(tab, ctx, asker, tmp_path) -> None:
    raw = ops_items.add_item(ctx, tab.case_id, "raw_data", "订单导出")
    rule = ops_items.add_item(ctx, tab.case_id, "business_rule", "合同")
    (tmp_path / "a.csv").write_bytes(b"1,2,3\n")
    (tmp_path / "b.txt").write_bytes(b"rule")
    ops_attach.attach_paths(ctx, raw, [tmp_path / "a.csv"])
    ops_attach.attach_paths(ctx, rule, [tmp_path / "b.txt"])
    files = ctx.repos.evidence.files
    changed = files.path_for(ctx.repos.evidence.get_item(raw).attachments[0].sha256)
    os.chmod(changed, stat.S_IRUSR | stat.S_IWUSR)
    changed.write_bytes(b"1,2,4\n")  # same size: only re-hashing can tell
    files.path_for(ctx.repos.evidence.get_item(rule).attachments[0].sha256).unlink()
    tab.verify_action.trigger()
    statuses = sorted(tab.items_panel.integrity.values())
    assert statuses == ["changed", "missing"]
    assert asker.asked[-1][0] == "warn" and "a.csv" in asker.asked[-1][2] and "b.txt" in asker.asked[-1][2]
    assert tab.items_panel.banner.isVisible()
    texts = [tab.items_panel.list.item(r).text() for r in range(tab.items_panel.list.count())]
    assert all(t.startswith("⚠") for t in texts)
    tab.items_panel.select_item(raw)
    assert "CHANGED" in tab.items_panel.detail.attachments.item(0, 4).text()
    assert tab.chain_panel.scene.nodes[raw].flagged


def test_link_by_drag_and_remove_with_delete(tab, ctx, qtbot) -> None:
    raw = ops_items.add_item(ctx, tab.case_id, "raw_data", "原始数据", excerpt="...")
    logic = ops_items.add_item(ctx, tab.case_id, "processing_logic", "SQL", excerpt="select")
    tab.pages.setCurrentWidget(tab.chain_panel)
    view = tab.chain_panel.view
    scene = tab.chain_panel.scene

    def at(item_id: int) -> QPoint:
        node = scene.nodes[item_id]
        return view.mapFromScene(node.sceneBoundingRect().center())

    QTest.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, at(raw))
    QTest.mouseMove(view.viewport(), at(logic))
    QTest.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, at(logic))
    links = ctx.repos.evidence.links(tab.case_id)
    assert [(link.from_item_id, link.to_item_id) for link in links] == [(raw, logic)]
    assert list(scene.edges) == [links[0].id]
    # A drag that ends on empty space links nothing.
    QTest.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, at(logic))
    QTest.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, at(logic) + QPoint(0, 300))
    assert len(ctx.repos.evidence.links(tab.case_id)) == 1
    scene.edges[links[0].id].setSelected(True)
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key_Delete)
    assert ctx.repos.evidence.links(tab.case_id) == []
    assert "No business-rule basis yet" in tab.chain_panel.completeness_label.text()


def test_meeting_held_needs_agreement_or_reason(tab, ctx, asker) -> None:
    tab.meeting_panel.meeting.meetingDate.edit.setDate(QDate(2025, 4, 7))
    tab.meeting_panel.meeting.meetingDate.edit.editingFinished.emit()
    combo = tab.case_form.form.caseStatus
    asker.queue("")  # asked for an override reason: left empty = cancel
    combo.setCurrentIndex(combo.findData("meeting_held"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.repos.evidence.get_case(tab.case_id).status == "investigating"
    assert combo.currentData() == "investigating"
    asker.queue("客户要求当天开会")
    combo.setCurrentIndex(combo.findData("meeting_held"))
    combo.activated.emit(combo.currentIndex())
    case = ctx.repos.evidence.get_case(tab.case_id)
    assert case.status == "meeting_held" and case.status_override_reason == "客户要求当天开会"


def test_non_numeric_expected_value_is_refused(tab, ctx, asker, qtbot) -> None:
    edit = tab.case_form.form.caseExpected
    error = tab.case_form.findChild(QLabel, "caseError")
    undo_steps = ctx.undo_stack("evidence").count()
    edit.setText("about 1200")
    edit.editingFinished.emit()
    # Refused inline, no dialog: the error line says why, the field keeps what was typed, nothing stored.
    assert asker.asked == []
    assert error.isVisible() and "number" in error.text() and "about 1200" in error.text()
    assert edit.text() == "about 1200"
    assert ctx.repos.evidence.get_case(tab.case_id).expected_value == 1250
    assert ctx.undo_stack("evidence").count() == undo_steps
    edit.setText("1,300")
    edit.editingFinished.emit()
    assert ctx.repos.evidence.get_case(tab.case_id).expected_value == 1300
    assert not error.isVisible() and edit.text() == "1,300"
    assert "+" not in tab.case_form.form.caseDifference.text() and "-120" in tab.case_form.form.caseDifference.text()


def test_cancelled_large_copy_leaves_nothing(tab, ctx, asker, qtbot, tmp_path, monkeypatch) -> None:
    from consultdesk.ui.evidence.attach_job import AttachJob

    monkeypatch.setattr(AttachJob, "THREAD_THRESHOLD", 1024)
    original_init = AttachJob.__init__

    def init_with_user_cancelling(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        # The user presses Cancel as soon as progress shows (what the dialog's canceled signal does).
        self.progressed.connect(lambda done, total: self.cancel(), Qt.DirectConnection)

    monkeypatch.setattr(AttachJob, "__init__", init_with_user_cancelling)
    big = tmp_path / "dump.bin"
    big.write_bytes(os.urandom(6 * 1024 * 1024))
    asker.queue("Raw data snapshot")
    job = tab.items_panel.new_item_from([str(big)])
    assert job is not None and job.dialog is not None  # a progress dialog, work on a thread
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert job.dialog is None
    assert ctx.repos.evidence.items(tab.case_id) == []
    store = ctx.repos.evidence.files.root
    assert not store.exists() or list(store.iterdir()) == []


def test_threaded_copy_attaches_with_progress(tab, ctx, asker, qtbot, tmp_path, monkeypatch) -> None:
    from consultdesk.ui.evidence.attach_job import AttachJob

    monkeypatch.setattr(AttachJob, "THREAD_THRESHOLD", 1024)
    big = tmp_path / "dump.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    asker.queue("Test case / simulated data")
    job = tab.items_panel.new_item_from([str(big)])
    assert job.dialog is not None and job.dialog.objectName() == "attachProgress"
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    items = ctx.repos.evidence.items(tab.case_id)
    assert [(i.kind, i.attachments[0].size) for i in items] == [("test_case", 3 * 1024 * 1024)]


def test_action_items_overdue_in_engagement_list(tab, ctx) -> None:
    ops_cons.add_action(ctx, tab.case_id, "补充退款明细", side="client", who="李敏", due_on="2020-01-01")
    ops_cons.add_action(ctx, tab.case_id, "发送会议纪要", who="陈立", due_on="2999-01-01")
    model = tab.all_actions_model
    assert model.rowCount() == 2 and model.overdue_count() == 1
    due_col = model.columns.index("due_on")
    assert "overdue" in model.index(0, due_col).data()
    assert model.index(0, 0).data() == "3 月有效订单数"


def test_tab_in_main_window(window) -> None:
    tab = window.findChild(object, "evidenceTab")
    assert tab is not None and tab.__class__.__name__ == "EvidenceTab"


def test_large_files_are_confirmed_first(tab, ctx, asker, tmp_path) -> None:
    class Settings:
        def value(self, key, default=None):
            return 1 if key == "evidence/warn_size_mb" else default

    ctx.settings = Settings()
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    asker.queue("Raw data snapshot", False)  # kind, then "attach anyway?" → no
    tab.items_panel.new_item_from([str(big)])
    assert asker.asked[-1][0] == "confirm" and "2 MB" in asker.asked[-1][2]
    assert ctx.repos.evidence.items(tab.case_id) == []


def test_history_page_shows_changes_and_tampering(tab, ctx) -> None:
    ops_case.update_case(ctx, tab.case_id, {"conclusion": "口径不同"})
    tab.pages.setCurrentWidget(tab.history_panel)
    table = tab.history_panel.table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows[0][1:4] == [f"Dispute case #{tab.case_id}", "Changed", "Conclusion"] and "口径不同" in rows[0][4]
    assert tab.history_panel.problems == []
    db = ctx.store.db
    db.execute("drop trigger history_no_update")
    db.execute("update history set new = '篡改' where field = 'conclusion'")
    tab.history_panel.reload()
    assert tab.history_panel.problems and "tampered" in tab.history_panel.status.text()


def test_verify_runs_on_a_thread_for_large_cases(tab, ctx, asker, qtbot, tmp_path, monkeypatch) -> None:
    from consultdesk.ui.evidence.verify_job import VerifyJob

    monkeypatch.setattr(VerifyJob, "THREAD_THRESHOLD", 1)
    item = ops_items.add_item(ctx, tab.case_id, "raw_data", "导出")
    (tmp_path / "a.csv").write_bytes(b"a" * 4096)
    ops_attach.attach_paths(ctx, item, [tmp_path / "a.csv"])
    job = tab.verify_integrity()
    assert job.dialog is not None
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert list(tab.items_panel.integrity.values()) == ["ok"]
    assert asker.asked[-1][0] == "inform"


def test_open_attachment_uses_a_named_copy(tab, ctx, tmp_path, monkeypatch) -> None:
    from consultdesk.ui.evidence import item_detail

    opened = []
    monkeypatch.setattr(item_detail.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    item = ops_items.add_item(ctx, tab.case_id, "business_rule", "合同")
    (tmp_path / "合同附件二.txt").write_text("3.2", encoding="utf-8")
    ops_attach.attach_paths(ctx, item, [tmp_path / "合同附件二.txt"])
    tab.items_panel.select_item(item)
    detail = tab.items_panel.detail
    detail.attachments.selectRow(0)
    assert detail.open_selected()
    path = Path(opened[0].toLocalFile())
    assert path.name == "合同附件二.txt" and path.read_text(encoding="utf-8") == "3.2"
    assert path != ctx.repos.evidence.files.path_for(detail.item.attachments[0].sha256)  # never the stored copy


def test_reviewer_agreement_and_meeting_through_the_forms(tab, ctx, asker) -> None:
    panel = tab.meeting_panel
    asker.queue("周婷")
    panel.add_reviewer_button.click()
    assert [r.name for r in ctx.repos.evidence.reviewers(tab.case_id)] == ["周婷"]
    panel.reviewers.item(0, 3).setCheckState(Qt.Checked)  # the user ticks "agreed"
    assert ctx.repos.evidence.reviewers(tab.case_id)[0].agreed
    assert panel.consensus_label.text() == "1 of 1 reviewers agreed"
    # Now "meeting held" needs no override, but the meeting's date: refused inline until it is there.
    combo = tab.case_form.form.caseStatus
    combo.setCurrentIndex(combo.findData("meeting_held"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.repos.evidence.get_case(tab.case_id).status == "investigating"
    assert "date the meeting was held" in tab.case_form.error_label.text()
    panel.meeting.meetingDate.edit.setDate(QDate(2025, 4, 7))
    panel.meeting.meetingDate.edit.editingFinished.emit()
    combo.setCurrentIndex(combo.findData("meeting_held"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.repos.evidence.get_case(tab.case_id).status == "meeting_held"
    # clearing the date of a held meeting is refused in the meeting form's error line
    panel.meeting.meetingDate.clear()  # Delete: no date
    assert "cannot be cleared" in panel.meeting_error.text()
    assert ctx.repos.evidence.meetings(tab.case_id)[-1].held_on == "2025-04-07"
    panel.meeting.meetingDate.edit.setDate(QDate(2025, 4, 7))
    panel.meeting.meetingDate.edit.editingFinished.emit()
    # the agreed root cause chosen here is the case's one field
    cause = panel.meeting.meetingRootCause
    cause.setCurrentIndex(cause.findData("rule_misunderstanding"))
    cause.activated.emit(cause.currentIndex())
    meeting = ctx.repos.evidence.meetings(tab.case_id)[0]
    assert meeting.held_on == "2025-04-07"
    assert ctx.repos.evidence.get_case(tab.case_id).root_cause == "rule_misunderstanding"
    asker.queue("会后 24 小时内发送书面确认")
    panel.add_action_button.click()
    action = ctx.repos.evidence.actions(tab.case_id)[0]
    assert action.meeting_id == meeting.id and action.status == "open"
    model = panel.actions_model
    assert model.setData(model.index(0, model.columns.index("due_on")), "not a date") is False
    assert asker.asked[-1][0] == "warn"
    assert model.setData(model.index(0, model.columns.index("status")), "done")
    assert ctx.repos.evidence.actions(tab.case_id)[0].status == "done"
