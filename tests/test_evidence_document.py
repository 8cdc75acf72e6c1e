"""Dispute minutes (.docx): figures, difference, evidence chain with SHA-256, root cause, action items."""

from __future__ import annotations

import pytest


def _text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_dispute_minutes_from_demo(demo_dir, lang) -> None:
    from consultdesk.export import dispute_document
    from consultdesk.export.request import DocumentRequest
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        repos = ws.repos
        portal = next(e for c in repos.clients.list_clients() for e in repos.clients.engagements(c.id) if "家长端" in e.title)
        case = repos.evidence.cases(portal.id)[0]
        doc = dispute_document.build(DocumentRequest(repos=repos, engagement_id=portal.id, lang=lang, case_id=case.id))
        text = _text(doc)
        shas = [a.sha256 for item in repos.evidence.items(case.id) for a in item.attachments]
    finally:
        ws.close()
    assert "1,250 单" in text and "1,180 单" in text and "-70 单 (-5.60%)" in text  # the unit beside the number
    assert all(sha in text for sha in shas) and len(shas) == 5
    assert "运营看板指标更名为“订单总数”并加注口径说明" in text
    if lang == "zh_CN":
        assert "争议确认纪要" in text and "规则理解偏差" in text and "原始数据快照" in text and "2025-04-07" in text
    else:
        assert "written confirmation" in text and "Different reading of the agreed rule" in text and "Raw data snapshot" in text


def test_dispute_minutes_cli(demo_dir, cli, tmp_path) -> None:
    out = tmp_path / "minutes.docx"
    code, _, err = cli("export", "dispute", "--client", "华信教育科技有限公司", "--engagement", "家长端 App 稳定性优化",
                       "--out", str(out), "--lang", "zh_CN", data_dir=demo_dir)
    assert code == 0, err
    assert out.stat().st_size > 5000
