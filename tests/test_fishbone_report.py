"""The diagnosis report .docx: sections, the fishbone picture, the sheet and the plan, in zh_CN and en."""

from __future__ import annotations

import pytest

from consultdesk.export.request import DocumentRequest


@pytest.fixture
def demo_ws(qapp, demo_dir):
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    yield ws
    ws.close()


def _engagement(ws, fragment):
    for client in ws.repos.clients.list_clients():
        for engagement in ws.repos.clients.engagements(client.id):
            diagnoses = ws.repos.diagnoses.for_engagement(engagement.id)
            if diagnoses and fragment in diagnoses[0].title:
                return engagement
    raise AssertionError(fragment)


def _text(doc):
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang, fragment, expected", [
    ("zh_CN", "登录", ["问题诊断报告", "现象", "影响评估", "诊断表", "验证方式", "原因类型", "短期修复", "长期预防",
                     "连接池容量未评估", "负责人"]),
    ("en", "Pick lists", ["Diagnosis Report", "Phenomenon", "Impact assessment", "Diagnosis sheet", "Verification method",
                          "Short-term fix", "Long-term prevention", "Owner"]),
])
def test_report_has_every_section(demo_ws, lang, fragment, expected):
    from consultdesk.export import diagnosis_document

    engagement = _engagement(demo_ws, fragment)
    doc = diagnosis_document.build(DocumentRequest(repos=demo_ws.repos, engagement_id=engagement.id, lang=lang))
    text = _text(doc)
    for label in expected:
        assert label in text, label
    assert len(doc.inline_shapes) == 1  # the fishbone picture
    diagnosis = demo_ws.repos.diagnoses.for_engagement(engagement.id)[0]
    causes = demo_ws.repos.diagnoses.causes(diagnosis.id)
    sheet = next(t for t in doc.tables if len(t.columns) == 5)
    assert len(sheet.rows) == len(causes) + 1
    # one kind column (direct / root), read from the one root-cause flag: nothing that could disagree
    assert [c.text for c in sheet.rows[0].cells] == (
        ["类别", "原因", "验证方式", "验证结果", "原因类型"] if lang == "zh_CN"
        else ["Category", "Cause", "Verification method", "Result", "Kind"])
    root_rows = [r for r in sheet.rows[1:] if r.cells[4].text in ("根本原因", "Root cause")]
    assert len(root_rows) == sum(c.is_root for c in causes) == 1


def test_report_flags_root_cause_without_remedy(demo_ws):
    from consultdesk.export import diagnosis_document
    from consultdesk.export.labels import labels_for

    engagement = _engagement(demo_ws, "Pick lists")
    diagnosis = demo_ws.repos.diagnoses.for_engagement(engagement.id)[0]
    with demo_ws.store.transaction():
        demo_ws.store.db.execute(
            "update solution_tasks set root_cause_id = null where phase_id in "
            "(select id from solution_phases where diagnosis_id = ?)", [diagnosis.id])
    doc = diagnosis_document.build(DocumentRequest(repos=demo_ws.repos, engagement_id=engagement.id, lang="en"))
    L = labels_for("en", diagnosis_document.LABELS)
    assert L("dx_no_remedy", causes="The import batch was never split after go-live") in _text(doc)


def test_report_refuses_an_engagement_without_diagnosis(demo_ws):
    from consultdesk.export import diagnosis_document

    client = demo_ws.repos.clients.list_clients()[0]
    bare = next(e for c in demo_ws.repos.clients.list_clients() for e in demo_ws.repos.clients.engagements(c.id)
                if not demo_ws.repos.diagnoses.for_engagement(e.id))
    with pytest.raises(ValueError):
        diagnosis_document.build(DocumentRequest(repos=demo_ws.repos, engagement_id=bare.id))
    assert client is not None


def test_cli_export_diagnosis(cli, demo_dir, tmp_path):
    out = tmp_path / "dx.docx"
    code, stdout, stderr = cli("export", "diagnosis", "--client", "Northwind Logistics Ltd", "--engagement",
                               "WMS architecture rework", "--out", str(out), "--lang", "en", data_dir=demo_dir)
    assert code == 0, stderr
    assert out.stat().st_size > 10_000
