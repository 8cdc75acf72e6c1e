"""A dispute has one agreed root cause (chosen in Consensus & meeting or on the case, the same field) and
its document has one name — the dispute minutes — in the GUI, the CLI message and the document, en and zh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_consensus as ops_cons
from consultdesk.ops import evidence_items as ops_items

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
CLI = Path(sys.executable).with_name("consultdesk-cli")


@pytest.fixture
def tab(qtbot, ctx):
    import shiboken6

    from consultdesk.ui.evidence.tab import EvidenceTab

    client = ctx.repos.rows.insert("clients", {"name": "华信教育"})
    engagement = ctx.repos.rows.insert("engagements", {"client_id": client, "title": "家长端 App"})
    ctx.store.db.conn.commit()
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    ops_case.create_case(ctx, engagement, "3 月有效订单数", expected_value=1250, computed_value=1180, unit="单")
    widget = EvidenceTab(ctx)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    shiboken6.delete(widget)  # before the workspace closes: no later event can reach a closed database


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _ready_to_resolve_but_the_root_cause(tab, ctx, asker) -> None:
    """Evidence, an agreeing reviewer and the held meeting, as the user enters them."""
    ops_items.add_item(ctx, tab.case_id, "business_rule", "SOW 附件二 3.2")
    panel = tab.meeting_panel
    tab.pages.setCurrentWidget(panel)
    asker.queue("周婷")
    panel.add_reviewer_button.click()
    panel.reviewers.item(0, 3).setCheckState(Qt.CheckState.Checked)  # the user ticks "agreed"
    panel.meeting.meetingDate.edit.setDate(QDate(2025, 4, 7))
    panel.meeting.meetingDate.edit.editingFinished.emit()
    _choose(tab.case_form.form.caseStatus, "meeting_held")
    assert ctx.repos.evidence.get_case(tab.case_id).status == "meeting_held"


def test_root_cause_agreed_in_consensus_and_meeting_lets_the_dispute_be_resolved(tab, ctx, asker) -> None:
    _ready_to_resolve_but_the_root_cause(tab, ctx, asker)
    # the reported scenario: the agreed root cause is chosen in "Consensus & meeting" ...
    _choose(tab.meeting_panel.meeting.meetingRootCause, "rule_misunderstanding")
    assert ctx.repos.evidence.get_case(tab.case_id).root_cause == "rule_misunderstanding"
    assert tab.case_form.form.caseRootCause.currentData() == "rule_misunderstanding"  # the same field
    # ... and "Resolved" is accepted, with no warning
    tab.pages.setCurrentWidget(tab.case_form)
    _choose(tab.case_form.form.caseStatus, "resolved")
    assert ctx.repos.evidence.get_case(tab.case_id).status == "resolved"
    assert not any(kind == "warn" for kind, _t, _x in asker.asked)
    # chosen on the case, it shows in Consensus & meeting too; one undo step takes it back in both
    _choose(tab.case_form.form.caseStatus, "meeting_held")
    _choose(tab.case_form.form.caseRootCause, "client_data_error")
    assert tab.meeting_panel.meeting.meetingRootCause.currentData() == "client_data_error"
    ctx.history.undo()
    assert ctx.repos.evidence.get_case(tab.case_id).root_cause == "rule_misunderstanding"
    assert tab.meeting_panel.meeting.meetingRootCause.currentData() == "rule_misunderstanding"
    assert tab.case_form.form.caseRootCause.currentData() == "rule_misunderstanding"


def test_resolved_is_refused_while_no_root_cause_is_agreed(tab, ctx, asker) -> None:
    _ready_to_resolve_but_the_root_cause(tab, ctx, asker)
    _choose(tab.case_form.form.caseStatus, "resolved")
    assert ctx.repos.evidence.get_case(tab.case_id).status == "meeting_held"
    assert asker.asked[-1][0] == "warn" and "root cause" in asker.asked[-1][2]


def test_the_dispute_document_reads_the_case_root_cause(ctx) -> None:
    from consultdesk.export import dispute_document
    from consultdesk.export.request import DocumentRequest

    client = ctx.repos.rows.insert("clients", {"name": "Huaxin"})
    engagement = ctx.repos.rows.insert("engagements", {"client_id": client, "title": "Portal"})
    ctx.store.db.conn.commit()
    case = ops_case.create_case(ctx, engagement, "Orders in March")
    ops_cons.save_meeting(ctx, case, {"held_on": "2025-04-07", "confirmed_facts": "1,180 is right"})
    ops_case.update_case(ctx, case, {"root_cause": "rule_update"})
    doc = dispute_document.build(DocumentRequest(repos=ctx.repos, engagement_id=engagement, case_id=case, lang="en"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert dispute_document.LABELS["en"]["cause.rule_update"] in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_one_name_for_the_dispute_minutes_in_gui_cli_and_document(qtbot, demo_dir, tmp_path, lang) -> None:
    from language_support import interface_language

    from consultdesk.ui.specs.export_runner import KIND_BY_KEY, kind_title

    with interface_language(lang):
        name = kind_title(KIND_BY_KEY["dispute"])
        gui_texts = [QCoreApplication.translate("ExportPanel", "Dispute minutes…"),
                     QCoreApplication.translate("SpecsTab", "Dispute &minutes…").replace("(&M)", "").replace("&", "")]
    assert name == ("Dispute minutes" if lang == "en" else "争议确认纪要")
    assert all(text.startswith(name) for text in gui_texts), gui_texts
    out = tmp_path / "dispute.docx"
    done = subprocess.run([str(CLI), "--data-dir", str(demo_dir), "export", "dispute", "--client", "华信教育科技有限公司",
                           "--engagement", "家长端 App 稳定性优化", "--out", str(out), "--lang", lang],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote the dispute minutes to ")
    title = next(p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Title")
    assert title.lower().startswith(name.lower())
