"""The Requirements Specification and the requirement summary, read back with python-docx."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from documents_support import SPECIAL, W, add_engagement, body_texts, seed_requirements  # noqa: E402

from consultdesk.domain.requirements import QUADRANT_ORDER, quadrant_for
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.domain.spec_status import DocStatus, FieldChange, Revision, SignOffRecord, SpecStatus
from consultdesk.export import spec_document, summary_document
from consultdesk.export.request import DocumentRequest, ExportCancelled

SHA = "ab" * 32


class _Repos:
    """The workspace's repos with a chosen baseline status (what baselines would report)."""

    def __init__(self, real, status: SpecStatus) -> None:
        self._real = real
        self.baselines = SimpleNamespace(spec_status=lambda _eid: status)

    def __getattr__(self, name):
        return getattr(self._real, name)


def _reopen(document) -> docx.document.Document:
    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def _spec(workspace, engagement_id: int, lang: str = "en", status: SpecStatus | None = None, **kw):
    repos = workspace.repos if status is None else _Repos(workspace.repos, status)
    return _reopen(spec_document.build(DocumentRequest(repos, engagement_id, lang, **kw)))


def _set_section(workspace, engagement_id: int, key: SectionKey, text: str) -> None:
    with workspace.store.transaction():
        workspace.repos.rows.insert("spec_sections", {"engagement_id": engagement_id, "key": key.value, "text": text})


def test_every_requirement_in_quadrant_order_with_attribute_table(workspace) -> None:
    eid = add_engagement(workspace)
    made = seed_requirements(workspace, eid, 20)
    doc = _spec(workspace, eid)
    texts = body_texts(doc)
    expected = [code for q in QUADRANT_ORDER for code, v, u in made if quadrant_for(v, u) is q]
    headings = [t for t in texts if t.split("  ")[-1].startswith("Requirement ") and "REQ-" in t]
    positions = [next(i for i, t in enumerate(texts) if t.endswith(f"{code}  Requirement {int(code[4:])}"))
                 for code in expected]
    assert positions == sorted(positions), "requirements must follow quadrant order, do now first"
    assert len(set(headings)) >= len(made)
    # numbered headings: "2.2.1  REQ-..." under "2  Requirements"
    assert "2  Requirements" in texts and any(t.startswith("2.2  Do now") for t in texts)
    first = texts.index(next(t for t in texts if t.endswith(f"{expected[0]}  Requirement {int(expected[0][4:])}")))
    assert texts[first].split("  ")[0].count(".") == 2
    for label in ("Code", "Type", "Value", "Urgency", "Status", "Goal", "Success criteria",
                  "Acceptance criteria", "Risks and dependencies"):
        assert label in texts
    assert "accept 1" in texts and "risk 7" in texts


def test_chart_is_embedded_as_png(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 5)
    doc = _spec(workspace, eid)
    assert len(doc.inline_shapes) == 1
    images = [rel.target_part for rel in doc.part.rels.values() if "image" in rel.reltype]
    assert images and images[0].blob[:8] == b"\x89PNG\r\n\x1a\n"


def test_chinese_labels_and_sections_content_as_entered(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 3, title="需求 {i}：" + SPECIAL)
    _set_section(workspace, eid, SectionKey.BACKGROUND, "开学季登录失败\n" + SPECIAL)
    _set_section(workspace, eid, SectionKey.CHANGE_RULES, "小变更 24 小时内评估")
    doc = _spec(workspace, eid, "zh_CN")
    texts = body_texts(doc)
    for heading in ("1  需求描述", "1.1  背景", "2  需求清单", "3  交付标准", "4  验收方式", "5  变更规则"):
        assert heading in texts
    assert SPECIAL in texts and "开学季登录失败" in texts and "小变更 24 小时内评估" in texts
    assert any(t.endswith("需求 1：" + SPECIAL) for t in texts)
    assert "草稿" in texts  # status on the cover
    assert "（尚未填写）" in texts  # goals were never written


def test_signed_status_fills_revision_history_signoffs_and_hash(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 2)
    status = SpecStatus(
        DocStatus.SIGNED, 2, SHA,
        signoffs=(SignOffRecord("王芳", "client", "approved", "2026-11-20T08:00:00Z"),
                  SignOffRecord("Li Lei", "us", "authored", "2026-11-19T08:00:00Z")),
        revisions=(Revision(1, "2026-10-01T00:00:00Z", "cd" * 32, "initial"),
                   Revision(2, "2026-11-19T00:00:00Z", SHA, "CR-001")),
    )
    doc = _spec(workspace, eid, status=status)
    texts = body_texts(doc)
    assert "Signed" in texts and "v2" in texts
    assert ["v1", "2026-10-01", "initial", "—", "cd" * 8] == texts[texts.index("v1"):texts.index("v1") + 5]
    assert "王芳" in texts and "Approved" in texts and any(t.startswith("2026-11-20") for t in texts) and "Consultant" in texts
    assert f"Content hash (SHA-256) of version 2: {SHA}" in texts
    footer = "".join(t.text for t in doc.sections[0].footer._element.iter(W + "t"))
    assert SHA[:16] in footer
    assert "Changes since" not in " ".join(texts)


def test_draft_with_changes_since_lists_them(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 1)
    status = SpecStatus(DocStatus.DRAFT, 3, changes_since_version=2, changes_since=(
        FieldChange("REQ-001", "Requirement 1", "urgency", "3", "5", "CR-002 (approved)"),
        FieldChange("REQ-009", "New & <shiny>", "", "", "added"),
    ))
    texts = body_texts(_spec(workspace, eid, status=status))
    assert "6  Changes since version 2" in texts
    assert "CR-002 (Approved)" in texts and "New & <shiny>" in texts and "(requirement added or removed)" in texts
    assert "Draft" in texts and "v3" in texts
    assert not any(t.startswith("Content hash") for t in texts)


def test_blank_signature_lines_when_nobody_signed(workspace) -> None:
    eid = add_engagement(workspace)
    doc = _spec(workspace, eid)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Role")
    assert [c.text for c in table.rows[0].cells] == ["Role", "Name", "Meaning", "Signed", "SHA-256"]
    assert table.rows[1].cells[0].text == "Client representative" and "____" in table.rows[1].cells[3].text
    assert table.rows[1].cells[3].text.endswith("(not signed)")
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None  # header repeats on each page


def test_progress_reaches_total_and_cancel_stops_the_build(workspace) -> None:
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, 30)
    calls: list[tuple[int, int]] = []
    _spec(workspace, eid, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    def cancel(done: int, total: int) -> None:
        if done > 5:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        _spec(workspace, eid, progress=cancel)


def _interview(workspace, eid: int, title: str, held_on: str, **fields) -> int:
    with workspace.store.transaction():
        return workspace.repos.rows.insert("interviews", {"engagement_id": eid, "title": title,
                                                           "held_on": held_on, **fields})


def test_summary_of_latest_or_chosen_meeting(workspace) -> None:
    eid = add_engagement(workspace)
    first = _interview(workspace, eid, "Kick-off", "2026-09-01", stressed="Old point")
    latest = _interview(workspace, eid, "Second visit", "2026-09-08",
                        stressed="登录失败率 < 5 %\n" + SPECIAL, to_confirm="峰值并发口径")
    seed_requirements(workspace, eid, 3, source_interview_id=latest, status="to_confirm")
    seed_requirements_other = workspace.repos.rows
    with workspace.store.transaction():
        seed_requirements_other.insert("requirements", {"engagement_id": eid, "seq": 9, "code": "REQ-009",
                                                        "title": "From kick-off", "source_interview_id": first})
    doc = _reopen(summary_document.build(DocumentRequest(workspace.repos, eid, "zh_CN")))
    texts = body_texts(doc)
    assert "需求摘要" in texts and "Second visit" in texts
    assert "登录失败率 < 5 %" in texts and SPECIAL in texts and "峰值并发口径" in texts
    assert "REQ-001 Requirement 1" in texts  # a to-confirm requirement is listed as open
    assert "From kick-off" not in texts
    chosen = body_texts(_reopen(summary_document.build(DocumentRequest(workspace.repos, eid, "en", interview_id=first))))
    assert "From kick-off" in chosen and "Old point" in chosen and "2  What the client stressed" in chosen


def test_summary_without_meetings_says_so(workspace) -> None:
    eid = add_engagement(workspace)
    with pytest.raises(ValueError, match="no meeting"):
        summary_document.build(DocumentRequest(workspace.repos, eid, "en"))


def _chart_image(points, title: str = "优先级四象限", lang: str = "zh_CN"):
    from PySide6.QtGui import QImage

    from consultdesk.export.labels import labels_for
    from consultdesk.render.quadrant_image import QuadrantTexts, quadrant_png

    L = labels_for(lang)
    texts = QuadrantTexts(title, L("axis.urgency"), L("axis.value"),
                          {q: L(f"quadrant_short.{q}") for q in ("do_now", "plan", "quick", "park")})
    png = quadrant_png(points, texts, 944, 708, 150)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return QImage.fromData(png, "PNG")


def _differing_pixels(a, b) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(0, a.height(), 2) for x in range(0, a.width(), 2))


@pytest.mark.parametrize("count", [8, 200])
def test_quadrant_chart_png_for_few_and_many(count: int) -> None:
    from PySide6.QtGui import QImage

    from consultdesk.export.labels import labels_for
    from consultdesk.export.quadrant_chart import LABEL_LIMIT, render_quadrant_chart

    points = [(f"REQ-{i:03d}", i % 5 + 1, (i * 3) % 5 + 1) for i in range(count)]
    png = render_quadrant_chart(points, labels_for("zh_CN"), width_cm=16, height_cm=12, dpi=150)
    image = QImage.fromData(png, "PNG")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (image.width(), image.height()) == (945, 709)
    assert (count > LABEL_LIMIT) == (count == 200)
    chart = _chart_image(points)
    if count <= LABEL_LIMIT:  # every code is written: blank codes leave the dots but lose the text
        assert _differing_pixels(chart, _chart_image([("", v, u) for _, v, u in points])) > 100
    else:  # one disc per cell with its count in white: 40 and 41 differ in the digits and the disc
        more = _chart_image(points + [("REQ-X", 1, 1)])
        assert 0 < _differing_pixels(chart, more) < 2_000


def test_quadrant_chart_draws_chinese_glyphs_not_boxes() -> None:
    from PySide6.QtGui import QFontDatabase

    from consultdesk.render.gui_app import ensure_gui_app

    ensure_gui_app()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Chinese font installed on this machine")
    points = [("REQ-001", 5, 5)]
    # Missing glyphs are all the same box, so swapping two characters would change nothing.
    assert _differing_pixels(_chart_image(points, "优先级"), _chart_image(points, "级先优")) > 20
    assert _differing_pixels(_chart_image(points, "优先级"), _chart_image(points, "\ue000\ue001\ue002")) > 20


def test_spec_export_in_a_fresh_process_does_not_import_matplotlib(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from consultdesk.export import spec_document\n"
        "from consultdesk.export.request import DocumentRequest\n"
        "from consultdesk.export.save import document_bytes\n"
        "from consultdesk.store.workspace import open_workspace\n"
        "ws = open_workspace(Path(sys.argv[1]))\n"
        "rows = ws.repos.rows\n"
        "with ws.store.transaction():\n"
        "    client = rows.insert('clients', {'name': '华信教育'})\n"
        "    eid = rows.insert('engagements', {'client_id': client, 'title': 'App'})\n"
        "    for i in range(1, 6):\n"
        "        rows.insert('requirements', {'engagement_id': eid, 'seq': i, 'code': f'REQ-{i:03d}',\n"
        "                                     'title': f'需求 {i}', 'value': i, 'urgency': 6 - i})\n"
        "data = document_bytes(spec_document.build(DocumentRequest(ws.repos, eid, 'zh_CN')))\n"
        "ws.close()\n"
        "print(len(data) > 10_000, 'matplotlib' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ws")], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]
