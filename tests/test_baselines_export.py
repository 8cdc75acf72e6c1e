"""The specification document follows the baselines: signed status, hash, signers, revisions, changes since."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultdesk.domain.spec_status import DocStatus
from consultdesk.ops import baselines as bl_ops
from consultdesk.ops import change_requests as cr_ops
from consultdesk.ops import clients, requirements


def _docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


@pytest.fixture
def v2(ctx):
    client = clients.create_client(ctx, "Acme")
    engagement = clients.create_engagement(ctx, client, "Portal")
    pick = requirements.create_requirement(ctx, engagement, "Pick list")
    requirements.create_requirement(ctx, engagement, "Waves")
    v1 = bl_ops.sign_off(ctx, engagement, "Anna Client", "client", "approved")
    cr = cr_ops.create_change_request(ctx, engagement, "Rename pick list", [pick, None])
    cr_ops.set_status(ctx, cr, "approved", decided_by="Change board")
    requirements.update_requirement(ctx, pick, {"title": "Pick list (mobile)"})
    requirements.create_requirement(ctx, engagement, "Returns")
    v2 = bl_ops.sign_off(ctx, engagement, "Anna Client", "client", "approved")
    bl_ops.add_signoff(ctx, v2.id, "Li Wei", "us", "authored")
    return engagement, v1, v2


def test_signed_v2_status_lists_the_changes_since_v1_with_their_change_request(ctx, v2) -> None:
    engagement, v1, second = v2
    status = ctx.repos.baselines.spec_status(engagement)
    assert (status.status, status.version, status.sha256) == (DocStatus.SIGNED, 2, second.sha256)
    assert status.changes_since_version == 1
    assert [(c.code, c.field, c.old, c.new, c.change_request) for c in status.changes_since] == [
        ("REQ-001", "title", "Pick list", "Pick list (mobile)", "CR-001 (approved)"),
        ("REQ-003", "", "", "Returns", "CR-001 (approved)"),
    ]
    assert [(r.version, r.sha256) for r in status.revisions] == [(1, v1.sha256), (2, second.sha256)]
    assert "CR-001 Rename pick list" in status.revisions[1].summary
    assert [s.signer for s in status.signoffs] == ["Anna Client", "Li Wei"]


def test_exported_signed_specification_shows_hash_signers_revisions_and_changes(ctx, v2, cli, data_dir, tmp_path):
    engagement, v1, second = v2
    ctx.workspace.close()  # the CLI opens the workspace itself
    out = tmp_path / "spec.docx"
    code, _out, err = cli("export", "spec", "--client", "Acme", "--engagement", "Portal", "--out", str(out),
                          "--lang", "en", data_dir=data_dir)
    assert code == 0, err
    text = _docx_text(out)
    assert "Signed" in text
    assert second.sha256 in text  # the sign-off page names the full hash a printed copy can be matched to
    assert "Anna Client" in text and "Li Wei" in text
    assert "Changes since version 1" in text and "Pick list (mobile)" in text and "CR-001 (Approved)" in text
    assert v1.sha256[:16] in text and second.sha256[:16] in text  # revision history: both versions
