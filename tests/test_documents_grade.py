"""The documents at signature grade: one test per fault found when they were looked at page by page."""

from __future__ import annotations

import io
import os
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
    seed_requirements,
)
from test_documents_spec import _Repos, _set_section  # noqa: E402

from consultdesk.domain.spec_sections import SectionKey
from consultdesk.domain.spec_status import DocStatus, FieldChange, Revision, SignOffRecord, SpecStatus
from consultdesk.export import spec_document, summary_document
from consultdesk.export.docx_widths import CELL_PADDING, TWIPS_PER_UNIT, units
from consultdesk.export.request import DocumentRequest

CLI = str(Path(sys.executable).with_name("consultdesk-cli"))


def _spec(workspace, eid: int, lang: str = "en", status: SpecStatus | None = None, **kw):
    repos = workspace.repos if status is None else _Repos(workspace.repos, status)
    buffer = io.BytesIO()
    spec_document.build(DocumentRequest(repos, eid, lang, **kw)).save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def _table(doc, first_header: str):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == first_header)


def _criteria(doc):
    return next(t for t in doc.tables if t.rows[0].cells[-1].text == "Acceptance criteria")


def _grid(table) -> list[int]:
    return [int(c.get(W + "w")) for c in table._tbl.iter(W + "gridCol")]


def _contacts(workspace, eid: int) -> None:
    rows = workspace.repos.rows
    client_id = workspace.repos.clients.get_engagement(eid).client_id
    with workspace.store.transaction():
        rows.insert("contacts", {"client_id": client_id, "name": "王芳", "role": "运营总监", "kind": "decision_maker"})
        rows.insert("contacts", {"client_id": client_id, "name": "赵磊", "role": "技术经理", "kind": "technical_owner"})


def test_codes_statuses_and_dates_get_columns_wide_enough_never_to_wrap(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 3, title="A title long enough to need the rest of the line, and then some more",
                      status="to_confirm")
    doc = _spec(workspace, eid)
    table = _criteria(doc)  # code | title | criteria
    widths = _grid(table)
    assert widths[0] >= units("REQ-001") * TWIPS_PER_UNIT + CELL_PADDING
    assert widths[1] > widths[0] * 2  # the text columns take the rest
    # the first row states each cell's width (LibreOffice ignores the grid of a fixed table otherwise)
    first = table._tbl.findall(W + "tr")[0]
    assert [int(tc.find(f"{W}tcPr/{W}tcW").get(W + "w")) for tc in first.iter(W + "tc")] == widths
    # a status column fits "To be confirmed" in one line
    kv = next(t for t in doc.tables if t.rows[0].cells[0].text == "Code" and len(t.columns) == 2)
    assert _grid(kv)[0] >= units("Risks and dependencies") * TWIPS_PER_UNIT


def test_short_rows_stay_whole_long_rows_may_split_header_repeats(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 2)
    with workspace.store.transaction():
        workspace.repos.rows.update("requirements", 1, {"acceptance": "\n".join(f"step {i}" for i in range(60))})
    table = _criteria(_spec(workspace, eid))
    rows = table._tbl.findall(W + "tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    split = {r.findtext(f".//{W}t"): r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows[1:]}
    assert split == {"REQ-001": False, "REQ-002": True}  # 60 lines may break across pages, 1 line never


def test_rejected_requirements_are_out_of_scope_with_their_reason(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 2)
    with workspace.store.transaction():
        workspace.repos.rows.update("requirements", 2, {"status": "rejected", "why": "Noise: not the goal."})
    doc = _spec(workspace, eid)
    texts = body_texts(doc)
    assert not any(t.startswith("2.") and "REQ-002" in t for t in texts)  # no heading in the requirements chapter
    out = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Reason")
    assert [c.text for c in out.rows[0].cells] == ["Code", "Title", "Reason"]
    assert [c.text for c in out.rows[1].cells] == ["REQ-002", "Requirement 2", "Noise: not the goal."]
    criteria = _criteria(doc)
    assert [r.cells[0].text for r in criteria.rows[1:]] == ["REQ-001"]
    assert "1.3.2  Out of scope" in texts


def test_signatories_named_from_the_contacts_before_signing(workspace) -> None:
    eid = add_engagement(workspace)
    _contacts(workspace, eid)
    doc = _spec(workspace, eid, lang="zh_CN", author="李伟")
    table = _table(doc, "角色")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["角色", "姓名", "签署含义", "签署", "SHA-256"]
    assert [r[:3] for r in rows[1:]] == [["客户代表", "王芳", "批准"], ["顾问", "李伟", "编写"], ["技术负责人", "赵磊", "审核"]]
    assert all(r[3] == "________\n（尚未签署）" for r in rows[1:])  # a line to sign on
    control = _table(doc, "编写人")
    assert [c.text for c in control.rows[0].cells] == ["编写人", "李伟"]
    assert "王芳" in control.rows[2].cells[1].text and "赵磊" in control.rows[2].cells[1].text


def test_consultant_row_stays_when_only_the_client_signed_and_shows_time_and_hash(workspace) -> None:
    eid = add_engagement(workspace)
    _contacts(workspace, eid)
    status = SpecStatus(DocStatus.SIGNED, 1, "ab" * 32,
                        signoffs=(SignOffRecord("王芳", "client", "approved", "2026-11-20T08:15:00Z"),),
                        revisions=(Revision(1, "2026-11-20T08:00:00Z", "ab" * 32, "", (("王芳", "approved"),), 4),))
    doc = _spec(workspace, eid, status=status, author="Li Wei")
    rows = [[c.text for c in r.cells] for r in _table(doc, "Role").rows[1:]]
    assert rows[0][:5] == ["Client representative", "王芳", "Approved", "2026-11-20\n08:15", "abababab…"]
    assert rows[1][:4] == ["Consultant", "Li Wei", "Authored", "________\n(not signed)"]
    history = _table(doc, "Version")
    assert [c.text for c in history.rows[0].cells] == ["Version", "Date", "Changes", "Signed by", "SHA-256"]
    assert history.rows[1].cells[2].text == "Initial baseline (4 requirements)"
    assert history.rows[1].cells[3].text == "王芳 (Approved)"


def test_changes_since_shows_the_section_heading_and_only_changed_lines(workspace) -> None:
    eid = add_engagement(workspace)
    old = "Response under 2 s\nRuns on Chrome\nSame line"
    new = "Response under 1 s\nRuns on Chrome\nSame line\nRuns on Edge"
    status = SpecStatus(DocStatus.DRAFT, 2, changes_since_version=1, changes_since=(
        FieldChange("", "delivery_standards", "section:delivery_standards", old, new),))
    doc = _spec(workspace, eid, status=status)
    changes = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:5] == ["Before", "After"])
    cells = [c.text for c in changes.rows[1].cells]
    assert cells[1] == "Delivery standards" and "delivery_standards" not in " ".join(cells)
    assert cells[3] == "− Response under 2 s"
    assert cells[4] == "+ Response under 1 s\n+ Runs on Edge"


def test_scope_assumptions_glossary_and_delivery_standards_as_tables(workspace) -> None:
    eid = add_engagement(workspace)
    _set_section(workspace, eid, SectionKey.GLOSSARY, "波次：一批同时拣货的订单\nSKU: stock keeping unit")
    _set_section(workspace, eid, SectionKey.DELIVERY_STANDARDS,
                 "Pick-list generation | < 2 min for 20,000 lines | load test\nCompatibility: Android 11+\nFree text.")
    _set_section(workspace, eid, SectionKey.ASSUMPTIONS, "The client provides test data.")
    doc = _spec(workspace, eid)
    glossary = _table(doc, "Term")
    assert [[c.text for c in r.cells] for r in glossary.rows[1:]] == [["波次", "一批同时拣货的订单"],
                                                                     ["SKU", "stock keeping unit"]]
    standards = _table(doc, "Figure")
    assert [c.text for c in standards.rows[0].cells] == ["Figure", "Target", "How measured"]
    assert [c.text for c in standards.rows[1].cells] == ["Pick-list generation", "< 2 min for 20,000 lines", "load test"]
    assert [c.text for c in standards.rows[2].cells][:2] == ["Compatibility", "Android 11+"]
    texts = body_texts(doc)
    assert "Free text." in texts and "The client provides test data." in texts
    assert "1.4  Assumptions" in texts and "1.5  Glossary" in texts


def test_new_sections_keep_the_hash_of_a_specification_signed_before_them() -> None:
    from consultdesk.domain.baseline import freeze

    sections = {"background": "b", "goals": "g", "delivery_standards": "", "acceptance_procedure": "", "change_rules": ""}
    before = freeze([], sections)[1]
    assert freeze([], {**sections, "glossary": ""})[1] == before
    assert freeze([], {**sections, "glossary": "SKU: unit"})[1] != before


def test_ui_sample_pasted_into_a_section_is_placed_with_caption_and_undoable(ctx) -> None:
    from PySide6.QtGui import QColor, QImage

    from consultdesk.ops import specs as ops
    from consultdesk.ui.specs.samples_strip import png_bytes

    eid = add_engagement(ctx.workspace)
    image = QImage(320, 200, QImage.Format_RGB32)
    image.fill(QColor("#2F5496"))
    sample = ops.add_sample(ctx, eid, SectionKey.DELIVERY_STANDARDS, png_bytes(image), caption="Pick-list screen")
    doc = _spec(ctx.workspace, eid)
    assert len(doc.inline_shapes) == 2  # the quadrant chart and the sample
    assert "Figure 2: Pick-list screen" in body_texts(doc)
    stored = ctx.repos.spec_sections.samples(eid)[0]
    assert stored.id == sample and ctx.repos.spec_sections.files.exists(stored.sha256)
    ctx.undo_stack("specs").undo()
    assert ctx.repos.spec_sections.samples(eid) == []
    ctx.undo_stack("specs").redo()
    assert [s.caption for s in ctx.repos.spec_sections.samples(eid)] == ["Pick-list screen"]


def test_traceability_appendix_and_change_request_register(workspace) -> None:
    eid, _interview = engagement_with_interview(workspace, 2, raised=1)
    rows = workspace.repos.rows
    with workspace.store.transaction():
        cr = rows.insert("change_requests", {"engagement_id": eid, "code": "CR-001", "title": "Faster",
                                             "submitted_at": "2026-04-01T08:00:00Z", "status": "approved", "seq": 1,
                                             "decided_by": "王芳", "decided_at": "2026-04-01T10:00:00Z",
                                             "decision_note": "Approved at no cost"})
        rows.insert("change_request_requirements", {"change_request_id": cr, "requirement_id": 2,
                                                    "requirement_code": "REQ-002"})
    doc = _spec(workspace, eid)
    trace = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][2:4] == ["Source", "Tests"])
    cells = {r.cells[0].text: [c.text for c in r.cells] for r in trace.rows[1:]}
    assert cells["REQ-001"][2] == "Kick-off\n2026-03-02" and cells["REQ-001"][3] == "—"
    assert cells["REQ-002"][4] == "CR-001\n(Approved)"
    register = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][2:4] == ["Size", "Status"])
    assert [c.text for c in register.rows[1].cells] == ["CR-001", "Faster", "Small", "Approved", "Approved at no cost",
                                                        "王芳\n2026-04-01"]
    assert "Appendix A  Traceability matrix" in body_texts(doc)


def test_traceability_view_in_the_specifications_tab(ctx, qtbot) -> None:
    from consultdesk.ui.specs.trace_page import TracePage

    eid = add_engagement(ctx.workspace)
    seed_requirements(ctx.workspace, eid, 3)
    page = TracePage(ctx)
    qtbot.addWidget(page)
    page.set_engagement(eid)
    assert page.table.objectName() == "traceMatrix" and page.table.rowCount() == 3
    assert page.table.item(0, 0).text() == "REQ-001"


def test_summary_covers_its_meeting_or_the_chosen_filter(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 3)
    rows = workspace.repos.rows
    with workspace.store.transaction():
        first = rows.insert("interviews", {"engagement_id": eid, "title": "Workshop"})
        rows.update("requirements", 1, {"source_interview_id": first})
    request = DocumentRequest(workspace.repos, eid, interview_id=first)
    doc = summary_document.build(request)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Code")
    assert [r.cells[0].text for r in table.rows[1:]] == ["REQ-001"]
    picked = summary_document.build(DocumentRequest(workspace.repos, eid, interview_id=first,
                                                    requirement_filter=lambda r: r.code != "REQ-001"))
    table = next(t for t in picked.tables if t.rows[0].cells[0].text == "Code")
    assert [r.cells[0].text for r in table.rows[1:]] == ["REQ-002", "REQ-003"]


def test_diagnosis_report_has_no_tab_characters(demo_dir, qapp) -> None:
    def edit(ws, diagnosis) -> None:
        cause = ws.repos.diagnoses.causes(diagnosis.id)[0]
        ws.repos.rows.update("diagnosis_causes", cause.id, {"verification_method": "look\tat\t\tlogs"})

    xml = diagnosis_report_after(demo_dir, edit)[0].element.xml
    assert "<w:tab/>" not in xml and "look at logs" in xml


def test_dispute_minutes_show_reviewers_and_consensus(demo_dir) -> None:
    from consultdesk.export import dispute_document
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        case = next(k for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                    for k in ws.repos.evidence.cases(e.id))
        reviewers = ws.repos.evidence.reviewers(case.id)
        doc = dispute_document.build(DocumentRequest(ws.repos, case.engagement_id, lang="en", case_id=case.id))
    finally:
        ws.close()
    texts = body_texts(doc)
    assert any(t.startswith("2  Internal review and consensus") for t in texts)
    assert reviewers and all(r.name in texts for r in reviewers)
    agreed = sum(r.agreed for r in reviewers)
    if agreed:
        assert f"Consensus: {agreed} of {len(reviewers)} internal reviewers agreed with the computed figure." in texts
    else:
        assert f"No consensus yet: none of the {len(reviewers)} internal reviewers has agreed." in texts


def _stale_font_cache(folder: Path) -> None:
    """A matplotlib font cache written before the CJK fonts were installed."""
    code = (
        "import matplotlib, pathlib\n"
        "from matplotlib import font_manager as fm\n"
        "m = fm.fontManager\n"
        "m.ttflist = [f for f in m.ttflist if not any(k in f.name for k in ('CJK', 'Han', 'WenQuanYi', 'YaHei',"
        " 'PingFang', 'SimHei', 'Droid Sans Fallback', 'UMing'))]\n"
        "fm.json_dump(m, pathlib.Path(matplotlib.get_cachedir(), f'fontlist-v{fm.FontManager.__version__}.json'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "MPLCONFIGDIR": str(folder)})


def test_chart_finds_cjk_fonts_with_a_stale_cache_and_prints_no_glyph_warnings(tmp_path: Path) -> None:
    check = subprocess.run([sys.executable, "-c", "from matplotlib import font_manager as fm; "
                            "print(any('CJK' in f.name or 'WenQuanYi' in f.name for f in fm.FontManager().ttflist))"],
                           capture_output=True, text=True)
    if check.stdout.strip() != "True":
        pytest.skip("no CJK font installed on this machine")
    cache = tmp_path / "mpl"
    cache.mkdir()
    _stale_font_cache(cache)
    data = tmp_path / "ws"
    env = {**os.environ, "MPLCONFIGDIR": str(cache)}
    subprocess.run([CLI, "--data-dir", str(data), "demo"], check=True, capture_output=True, env=env)
    done = subprocess.run([CLI, "--data-dir", str(data), "export", "status", "--client", "华信教育科技有限公司",
                           "--engagement", "家长端 App 稳定性优化", "--out", str(tmp_path / "s.docx"), "--lang", "zh_CN"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "Glyph" not in done.stderr and "missing from" not in done.stderr and "Traceback" not in done.stderr
    family = subprocess.run([sys.executable, "-c", "from consultdesk.export.chart_fonts import cjk_font_family; "
                             "print(cjk_font_family())"], capture_output=True, text=True, env=env)
    assert family.stdout.strip() not in ("", "None")  # the rebuilt cache was written back


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


@needs_soffice
def test_pdf_of_the_specification_keeps_codes_and_statuses_whole(workspace, tmp_path: Path) -> None:
    from consultdesk.export.pdf import convert
    from consultdesk.export.save import save_document

    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 3, status="to_confirm")
    target = tmp_path / "spec.docx"
    save_document(spec_document.build(DocumentRequest(workspace.repos, eid, "en")), target)
    pdf = convert(target, tmp_path / "spec.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "REQ-001" in text and "To be confirmed" in text and "Acceptance criteria" in text
    assert "Update this field" not in text
    contents = text[text.index("Contents"):].split("\f")[0]
    assert "Background" in contents and "Sign-off" in contents  # the TOC is there without updating fields


def test_pdf_says_plainly_when_nothing_can_convert(monkeypatch, tmp_path: Path) -> None:
    from consultdesk.export import pdf

    monkeypatch.setattr(pdf, "soffice_path", lambda: None)
    monkeypatch.setattr(pdf, "word_available", lambda: False)
    with pytest.raises(pdf.PdfError, match="LibreOffice or Microsoft Word"):
        pdf.convert(tmp_path / "x.docx", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("header, rows", [
    (["Phase", "Task", "Owner", "Deadline", "Addresses", "Status"],
     [["Continuous wave planning", "Move to hourly order sync from the ERP", "Sam Lee", "2099-06-30", "", "Open"]]),
    (["Role", "Name", "Meaning", "Signed", "SHA-256"],
     [["Client representative", "Sarah Mitchell", "Approved", "2026-11-25\n18:12", "b8d547ec…"],
      ["Technical owner", "Priya Raman", "Reviewed", "________\n(not signed)", ""]]),
    (["类别", "原因", "原因类型", "验证方式", "验证结果", "是否根因"],
     [["人员", "值班运维不熟悉连接池告警", "直接原因", "访谈值班记录", "已确认\n告警出现 3 次均未处理", "否"]]),
    (["Code", "Title", "Status", "Captured at"], [["REQ-001", "x " * 80, "To be confirmed", "2025-04-02 10:15"]]),
])
def test_column_widths_span_the_page_and_keep_words_whole(header, rows) -> None:
    from consultdesk.export.docx_widths import column_twips, longest_word

    total = 9072
    widths = column_twips(header, rows, total)
    assert total - len(widths) <= sum(widths) <= total
    for index, title in enumerate(header):
        # no header word, and no ASCII word of a cell, is cut: each fits its column
        pieces = title.split() + [w for r in rows for w in str(r[index]).split() if w.isascii()]
        need = max(units(p) if p.isascii() else longest_word(p) for p in pieces)
        assert widths[index] >= need * TWIPS_PER_UNIT, (title, widths)


@needs_soffice
def test_pdf_of_the_demo_documents_in_chinese(tmp_path: Path) -> None:
    """The faults as a reader of the PDF saw them: boxes, words broken mid-way, holes, misplaced units."""
    from consultdesk.export.pdf import convert

    data = tmp_path / "ws"
    subprocess.run([CLI, "--data-dir", str(data), "demo"], check=True, capture_output=True)
    texts = {}
    for kind, client, engagement in (("spec", "Northwind Logistics Ltd", "WMS architecture rework"),
                                     ("dispute", "华信教育科技有限公司", "家长端 App 稳定性优化")):
        out = tmp_path / f"{kind}.docx"
        done = subprocess.run([CLI, "--data-dir", str(data), "export", kind, "--client", client, "--engagement",
                               engagement, "--out", str(out), "--lang", "zh_CN"], capture_output=True, text=True)
        assert done.returncode == 0 and "Glyph" not in done.stderr, done.stderr
        pdf = convert(out, out.with_suffix(".pdf"))
        texts[kind] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    spec = texts["spec"]
    # English words in a Chinese document are not broken anywhere ("peak sea|son")
    assert "season" in spec and "handheld" in spec
    # the contents are there without updating fields, and the rejected requirement is out of scope
    contents = spec[spec.index("目录"):spec.index("需求描述", spec.index("目录") + 40)]
    assert "附录 A" in spec[spec.index("目录"):spec.index("\f", spec.index("目录"))] and "背景" in contents
    out_of_scope = spec[spec.index("范围外", spec.index("范围外") + 1):]  # the body's, after the contents
    assert "REQ-007" in out_of_scope[:400] and "Noise" in out_of_scope[:400]
    # the sign-off names the signatories with their roles
    assert "客户代表" in spec and "Sarah Mitchell" in spec and "技术负责人" in spec
    dispute = texts["dispute"]
    assert "-70 单 (-5.60%)" in dispute and "内部评审与共识" in dispute
