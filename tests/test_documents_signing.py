"""What a client signs, read back: the chain head in the sign-off, statuses in the document's language,
no empty links, and each fault once more on the PDF text (when LibreOffice is installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from documents_support import (  # noqa: E402
    W,
    add_engagement,
    body_texts,
    diagnosis_report_after,
    engagement_with_interview,
    reread,
    seed_requirements,
)
from test_documents_spec import _Repos  # noqa: E402

from consultdesk.domain.spec_status import DocStatus, FieldChange, Revision, SpecStatus
from consultdesk.export import spec_document
from consultdesk.export.request import DocumentRequest

CLI = str(Path(sys.executable).with_name("consultdesk-cli"))
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                   reason="LibreOffice or poppler is not installed")


def _export(data: Path, kind: str, lang: str, out: Path, client: str = "Northwind Logistics Ltd",
            engagement: str = "WMS architecture rework") -> docx.document.Document:
    done = subprocess.run([CLI, "--data-dir", str(data), "export", kind, "--client", client, "--engagement",
                           engagement, "--out", str(out), "--lang", lang], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return docx.Document(str(out))


def _pdf_text(path: Path) -> str:
    from consultdesk.export.pdf import convert

    pdf = convert(path, path.with_suffix(".pdf"))
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def _signoff(doc) -> list[list[str]]:
    table = next(t for t in doc.tables if t.rows[0].cells[0].text in ("Role", "角色"))
    return [[c.text for c in r.cells] for r in table.rows]


def _demo(tmp_path: Path) -> Path:
    data = tmp_path / "ws"
    subprocess.run([CLI, "--data-dir", str(data), "demo"], check=True, capture_output=True)
    return data


@pytest.mark.parametrize("lang, header, line", [
    ("en", "SHA-256 /\nchain head", "History chain head when this document was written: entry {n}, SHA-256 {h}"),
    ("zh_CN", "SHA-256 /\n历史链头", "本文档生成时的历史链头：第 {n} 条记录，SHA-256 {h}"),
])
def test_signoff_names_the_chain_head_the_document_is_stamped_with(tmp_path: Path, lang, header, line) -> None:
    doc = _export(_demo(tmp_path), "spec", lang, tmp_path / "spec.docx")
    _prefix, _uuid, entry, head = doc.core_properties.identifier.split(":")
    rows = _signoff(doc)
    assert rows[0][-1] == header
    signed = [r for r in rows[1:] if not r[3].startswith("____")]
    assert signed and all(r[-1].split("\n")[1] == f"#{entry}·{head[:12]}" for r in signed)
    assert all(r[-1].split("\n")[0].endswith("…") for r in signed)  # beside the baseline's SHA-256
    assert all(r[-1] == "—" for r in rows[1:] if r[3].startswith("____"))
    assert line.format(n=entry, h=head) in body_texts(doc)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text in ("Role", "角色"))
    rows = table._tbl.findall(W + "tr")  # kept on one page: every row but the last keeps with the next
    assert all(r.find(f".//{W}keepNext") is not None for r in rows[:-1])
    footer = " ".join(p.text for s in doc.sections for p in s.footer.paragraphs)
    assert f"#{entry}·{head[:12]}" in footer  # the same head as the footer


def test_draft_without_signatures_still_names_the_chain_head(demo_dir) -> None:
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        draft = next(e for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                     if not ws.repos.baselines.for_engagement(e.id))
        head = ws.repos.history.head()
        doc = reread(spec_document.build(DocumentRequest(ws.repos, draft.id, "en")))
    finally:
        ws.close()
    assert head is not None
    assert f"History chain head when this document was written: entry {head[0]}, SHA-256 {head[1]}" in body_texts(doc)
    assert all(r[-1] == "—" for r in _signoff(doc)[1:])


def _changed_draft(workspace):
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 2)
    status = SpecStatus(DocStatus.DRAFT, 2, changes_since_version=1, changes_since=(
        FieldChange("REQ-001", "Requirement 1", "urgency", "3", "5", "CR-006 (approved)"),
        FieldChange("", "delivery_standards", "section:delivery_standards", "Under 2 s\nSame", "Under 1 s\nSame",
                    "CR-007 (implemented)"),
    ), revisions=(Revision(1, "2026-11-20T08:00:00Z", "ab" * 32, "", (("王芳", "approved"),), 2),))
    return eid, _Repos(workspace.repos, status)


def test_change_request_status_is_in_the_document_language(workspace) -> None:
    eid, repos = _changed_draft(workspace)
    doc = reread(spec_document.build(DocumentRequest(repos, eid, "zh_CN")))
    changes = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:5] == ["变更前", "变更后"])
    column = [r.cells[-1].text for r in changes.rows[1:]]
    assert column == ["CR-006 (已批准)", "CR-007 (已实施)"]
    texts = "\n".join(body_texts(doc))
    assert "approved" not in texts and "implemented" not in texts and "delivery_standards" not in texts
    history = next(t for t in doc.tables if t.rows[0].cells[0].text == "版本")
    assert history.rows[1].cells[2].text == "首个基线（2 条需求）" and history.rows[1].cells[3].text == "王芳 (批准)"


def test_traceability_matrix_has_no_empty_cells(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 2)
    doc = reread(spec_document.build(DocumentRequest(workspace.repos, eid, "en")))
    trace = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][2:4] == ["Source", "Tests"])
    assert [[c.text for c in r.cells][2:] for r in trace.rows[1:]] == [["—"] * 4] * 2


def test_diagnosis_plan_has_no_empty_cells(demo_dir, qapp) -> None:
    def edit(ws, diagnosis):
        task = ws.repos.diagnoses.tasks(diagnosis.id)[0]
        ws.repos.rows.update("solution_tasks", task.id, {"owner": "", "deadline": None, "root_cause_id": None})
        return task

    doc, task = diagnosis_report_after(demo_dir, edit)
    plans = [t for t in doc.tables if t.rows[0].cells[0].text == "Phase"]
    row = next(r for t in plans for r in t.rows[1:] if r.cells[1].text == task.title)
    assert [c.text for c in row.cells][2:5] == ["—", "—", "—"]
    assert all(c.text.strip() for t in plans for r in t.rows for c in r.cells)


@needs_soffice
def test_pdf_of_a_changed_draft_shows_history_changes_and_translated_statuses(workspace, tmp_path: Path) -> None:
    from consultdesk.export.save import save_document

    eid, repos = _changed_draft(workspace)
    target = tmp_path / "draft.docx"
    save_document(spec_document.build(DocumentRequest(repos, eid, "zh_CN")), target)
    text = _pdf_text(target)
    flat = "".join(text.split())
    assert "首个基线（2条需求）" in flat and "王芳(批准)" in flat  # the v1 row and its signer
    assert "CR-006(已批准)" in flat and "approved" not in text
    assert "delivery_standards" not in text and "−Under2s" in flat and "+Under1s" in flat


@needs_soffice
def test_pdf_of_the_signed_specification_shows_the_chain_head_in_the_signoff(tmp_path: Path) -> None:
    doc_path = tmp_path / "spec.docx"
    doc = _export(_demo(tmp_path), "spec", "en", doc_path)
    _prefix, _uuid, entry, head = doc.core_properties.identifier.split(":")
    text = _pdf_text(doc_path)
    signoff = text[text.index("By signing, each party"):]
    signoff = signoff[:signoff.index("Change rules")]
    assert "chain head" in signoff and f"#{entry}·{head[:12]}" in signoff
    assert "".join(head.split()) in "".join(signoff.split())  # the full head under the table


@needs_soffice
def test_pdf_of_the_diagnosis_report_and_the_summary(tmp_path: Path) -> None:
    data = _demo(tmp_path)
    client, engagement = "华信教育科技有限公司", "家长端 App 稳定性优化"
    _export(data, "diagnosis", "zh_CN", tmp_path / "dx.docx", client, engagement)
    zh = _pdf_text(tmp_path / "dx.docx")
    assert "原因类型" in zh and "直接原因" in zh and "根本原因" in zh and "\t" not in zh
    assert "application.yml" in zh  # a file name inside Chinese text is not broken mid-way
    _export(data, "diagnosis", "en", tmp_path / "dx-en.docx", client, engagement)
    en = _pdf_text(tmp_path / "dx-en.docx")
    assert "Kind" in en and "Direct cause" in en and "Root cause" in en


@needs_soffice
def test_pdf_of_the_summary_covers_only_its_meeting(workspace, tmp_path: Path) -> None:
    from consultdesk.export import summary_document
    from consultdesk.export.save import save_document

    eid, first = engagement_with_interview(workspace, 3, raised=2, title="Workshop")
    target = tmp_path / "summary.docx"
    save_document(summary_document.build(DocumentRequest(workspace.repos, eid, "en", interview_id=first)), target)
    text = _pdf_text(target)
    assert "REQ-002" in text and "REQ-001" not in text and "REQ-003" not in text


def test_minutes_default_to_the_latest_meeting_held_not_one_planned(demo_dir) -> None:
    import datetime

    from consultdesk.export import minutes_document
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        today = datetime.date.today().isoformat()
        engagement = next(e for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                          if any(m.held_on[:10] > today for m in ws.repos.meetings.for_engagement(e.id) if m.held_on))
        meetings = ws.repos.meetings.for_engagement(engagement.id)
        held = [m for m in meetings if m.held_on and m.held_on[:10] <= today][-1]
        doc = minutes_document.build(DocumentRequest(ws.repos, engagement.id, "en"))
    finally:
        ws.close()
    assert held.title in body_texts(doc)[:3]
    assert held.held_on.replace("T", " ") in [c.text for t in doc.tables for r in t.rows for c in r.cells]


def test_overdue_mark_stays_whole_under_its_date(demo_dir) -> None:
    from consultdesk.export import status_document
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        engagement = next(e for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                          if c.name == "华信教育科技有限公司" and ws.repos.requirements.for_engagement(e.id))
        doc = status_document.build(DocumentRequest(ws.repos, engagement.id, "zh_CN"))
    finally:
        ws.close()
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "事项")
    due = [r.cells[2].text for r in table.rows[1:]]
    assert any(d.endswith("\n(已逾期)") for d in due) and not any(" (已逾期)" in d for d in due)


def test_an_identifier_in_chinese_text_stays_whole_when_the_table_is_squeezed() -> None:
    from consultdesk.export.docx_widths import TWIPS_PER_UNIT, column_twips, units

    header = ["类别", "原因", "原因类型", "验证方式", "验证结果", "是否根因"]
    rows = [["技术", "连接池上限仍为默认值 20", "直接原因", "配置审查", "已确认\napplication.yml 中 maxPoolSize=20", "否"],
            ["流程", "变更未通知客服团队", "直接原因", "访谈客服主管", "未验证", "否"]]
    widths = column_twips(header, rows, 9072, (1.1, 3, 0.8, 1.8, 2.6, 0.9))
    assert widths[4] >= units("maxPoolSize=20") * TWIPS_PER_UNIT
    assert widths[4] >= units("application.yml") * TWIPS_PER_UNIT


def test_dispute_minutes_before_the_meeting_leave_no_cover_cell_empty(demo_dir) -> None:
    from consultdesk.export import dispute_document
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        case = next(k for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                    for k in ws.repos.evidence.cases(e.id) if c.name == "Northwind Logistics Ltd")
        doc = reread(dispute_document.build(DocumentRequest(ws.repos, case.engagement_id, "en", case_id=case.id)))
    finally:
        ws.close()
    cover = doc.tables[0]
    assert [r.cells[0].text for r in cover.rows][:5] == ["Client", "Engagement", "Meeting date", "Consultant side",
                                                         "Client side"]
    assert all(r.cells[1].text.strip() for r in cover.rows)
    reviewers = next(t for t in doc.tables if t.rows[0].cells[0].text == "Name")
    assert all(c.text.strip() for r in reviewers.rows for c in r.cells)
