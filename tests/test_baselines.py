"""Baselines: canonical hash, immutability, changed-since-sign-off, diff and the document status."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from consultdesk.domain.baseline import canonical_json, content_hash, diff_content, freeze, spec_content
from consultdesk.domain.requirements import Requirement
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.domain.spec_status import DocStatus
from consultdesk.ops import baselines as bl_ops
from consultdesk.ops import clients, requirements
from consultdesk.ops import specs as spec_ops
from consultdesk.ops.errors import OpError


@pytest.fixture
def eng(ctx):
    client = clients.create_client(ctx, "华信教育科技有限公司")
    engagement = clients.create_engagement(ctx, client, "家长端 App 稳定性优化")
    ids = [
        requirements.create_requirement(ctx, engagement, "Fix payment stalls", value=5, urgency=5),
        requirements.create_requirement(ctx, engagement, "Add batch export", value=4, urgency=3),
        requirements.create_requirement(ctx, engagement, "家长端加载超时低于 5%", goal="超时率 < 5%"),
    ]
    spec_ops.set_section_text(ctx, engagement, SectionKey.BACKGROUND, "Parents complain about time-outs.")
    return engagement, ids


def test_canonical_hash_ignores_key_order_and_unicode_composition() -> None:
    composed, decomposed = "Café 需求", unicodedata.normalize("NFD", "Café 需求")
    assert composed != decomposed
    a = Requirement(1, 1, "REQ-001", composed, description="x")
    b = {name: getattr(Requirement(2, 9, "REQ-001", decomposed, description="x"), name)
         for name in reversed(Requirement.__dataclass_fields__)}
    b["is_core"] = 1  # as stored in SQLite
    sections_a = {SectionKey.GOALS: "g", SectionKey.BACKGROUND: "b"}
    sections_b = {"background": "b", "goals": "g"}
    assert freeze([a], sections_a) == freeze([b], sections_b)
    text, sha = freeze([a], sections_a)
    assert ", " not in text and ": " not in text  # compact
    assert content_hash(text) == sha and len(sha) == 64
    # A one-character change gives another hash.
    assert freeze([Requirement(1, 1, "REQ-001", composed + ".", description="x")], sections_a)[1] != sha


def test_same_content_in_two_workspaces_and_after_restart_hashes_alike(tmp_path, qapp) -> None:
    from consultdesk.context import AppContext
    from consultdesk.store.workspace import open_workspace

    shas = []
    for name in ("one", "two"):
        ws = open_workspace(tmp_path / name)
        ctx = AppContext(workspace=ws)
        if name == "two":  # different ids in the second workspace
            clients.create_client(ctx, "padding")
        c = clients.create_client(ctx, "Northwind")
        e = clients.create_engagement(ctx, c, "WMS")
        requirements.create_requirement(ctx, e, "Pick list", value=4, urgency=5, description="Café")
        shas.append(bl_ops.sign_off(ctx, e, "Anna", "client").sha256)
        ws.close()
        ws = open_workspace(tmp_path / name)  # restart: recomputed from the stored rows
        assert ws.repos.baselines.freeze_current(e)[1] == shas[-1]
        ws.close()
    assert shas[0] == shas[1]


def test_sign_off_creates_v1_with_record_and_history(ctx, eng) -> None:
    engagement, _ = eng
    baseline = bl_ops.sign_off(ctx, engagement, "  Li Wei ", "client", "approved", "OK per mail")
    assert baseline.version == 1 and len(baseline.sha256) == 64
    assert [(s.signer, s.side, s.meaning, s.comment) for s in baseline.signoffs] == [
        ("Li Wei", "client", "approved", "OK per mail")
    ]
    # Not undoable, and a point of no return for the area: earlier steps (which the baseline now records)
    # cannot be undone behind its back.
    assert not ctx.undo_stack("specs").canUndo()
    actions = [(h.entity, h.action) for h in ctx.repos.history.for_engagement(engagement)]
    assert ("baseline", "create") in actions and ("signoff", "sign") in actions
    assert ctx.repos.history.verify() == []
    bl_ops.add_signoff(ctx, baseline.id, "Me", "us", "authored")
    assert len(ctx.repos.baselines.latest(engagement).signoffs) == 2


def test_refusals(ctx, eng) -> None:
    engagement, _ = eng
    empty = clients.create_engagement(ctx, clients.create_client(ctx, "Empty Co"), "Nothing yet")
    with pytest.raises(OpError, match="no requirements"):
        bl_ops.sign_off(ctx, empty, "Anna")
    with pytest.raises(OpError, match="name"):
        bl_ops.sign_off(ctx, engagement, "   ")
    with pytest.raises(OpError):
        bl_ops.sign_off(ctx, engagement, "Anna", meaning="liked")
    assert ctx.repos.baselines.for_engagement(engagement) == []
    bl_ops.sign_off(ctx, engagement, "Anna")
    with pytest.raises(OpError, match="not changed since v1"):
        bl_ops.sign_off(ctx, engagement, "Anna")


def test_triggers_refuse_update_and_delete(ctx, eng) -> None:
    engagement, _ = eng
    bl_ops.sign_off(ctx, engagement, "Anna")
    db = ctx.store.db
    for sql in (
        "update baselines set content = '{}'",
        "delete from baselines",
        "update signoffs set signer = 'Mallory'",
        "delete from signoffs",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            db.execute(sql)
    assert ctx.repos.baselines.latest(engagement).signoffs[0].signer == "Anna"


def test_an_engagement_with_a_baseline_is_archived_not_deleted(ctx, eng) -> None:
    from consultdesk.ops import archive
    from consultdesk.ops.errors import OpError

    engagement, _ = eng
    sha = bl_ops.sign_off(ctx, engagement, "Anna").sha256
    with pytest.raises(OpError, match="signed baseline"):
        clients.delete_engagement(ctx, engagement)
    archive.archive_engagement(ctx, engagement)
    restored = ctx.repos.baselines.latest(engagement)
    assert restored is not None and restored.sha256 == sha and restored.signoffs


def test_changed_ids_and_diff_after_edit_add_delete(ctx, eng) -> None:
    engagement, (pay, export, parents) = eng
    repo = ctx.repos.baselines
    assert repo.changed_requirement_ids(engagement) == set()  # no baseline: nothing is "changed"
    bl_ops.sign_off(ctx, engagement, "Anna")
    assert repo.changed_requirement_ids(engagement) == set()
    assert repo.spec_status(engagement).status is DocStatus.SIGNED
    requirements.update_requirement(ctx, pay, {"title": "Fix payment interface stalls"})
    new = requirements.create_requirement(ctx, engagement, "SMS fallback")
    requirements.delete_requirements(ctx, [parents])
    spec_ops.set_section_text(ctx, engagement, SectionKey.BACKGROUND, "Parents complain loudly.")
    assert repo.changed_requirement_ids(engagement) == {pay, new}
    assert repo.removed_codes(engagement) == ["REQ-003"]
    diff = {(c.code, c.field): (c.old, c.new) for c in repo.diff(engagement)}
    assert diff[("REQ-001", "title")] == ("Fix payment stalls", "Fix payment interface stalls")
    assert diff[("REQ-004", "")] == ("", "SMS fallback")
    assert diff[("REQ-003", "")] == ("家长端加载超时低于 5%", "")
    assert diff[("", "section:background")] == ("Parents complain about time-outs.", "Parents complain loudly.")
    assert len(diff) == 4
    # Undoing everything brings the content back to the signed one.
    for _ in range(3):
        ctx.undo_stack("board").undo()
    ctx.undo_stack("specs").undo()
    assert ctx.undo_stack("specs").undoText() == ""  # the pre-sign-off section edit is not undoable
    assert repo.changed_requirement_ids(engagement) == set() and repo.diff(engagement) == []


def test_spec_status_draft_signed_and_next_version(ctx, eng) -> None:
    engagement, (pay, *_rest) = eng
    repo = ctx.repos.baselines
    assert repo.spec_status(engagement).status is DocStatus.DRAFT
    assert repo.spec_status(engagement).version is None
    v1 = bl_ops.sign_off(ctx, engagement, "Anna", "client", "approved")
    status = repo.spec_status(engagement)
    assert (status.status, status.version, status.sha256) == (DocStatus.SIGNED, 1, v1.sha256)
    assert [s.signer for s in status.signoffs] == ["Anna"] and [r.version for r in status.revisions] == [1]
    requirements.update_requirement(ctx, pay, {"value": 3})
    status = repo.spec_status(engagement)
    assert (status.status, status.version, status.changes_since_version, status.sha256) == (DocStatus.DRAFT, 2, 1, "")
    assert [(c.code, c.field, c.old, c.new) for c in status.changes_since] == [("REQ-001", "value", "5", "3")]
    v2 = bl_ops.sign_off(ctx, engagement, "Anna")
    status = repo.spec_status(engagement)
    assert status.version == 2 and [r.sha256 for r in status.revisions] == [v1.sha256, v2.sha256]


def test_diff_content_pure() -> None:
    old = spec_content([Requirement(1, 1, "REQ-001", "A")], {})
    new = spec_content([Requirement(1, 1, "REQ-001", "A", cost=2, is_core=False)], {})
    changes = diff_content(old, new, {"REQ-001": "CR-001 (approved)"})
    assert [(c.field, c.old, c.new, c.change_request) for c in changes] == [
        ("cost", "", "2", "CR-001 (approved)"), ("is_core", "yes", "no", "CR-001 (approved)")
    ]
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'


def test_changed_codes_fast_path_agrees_with_the_hash() -> None:
    from consultdesk.domain.baseline import changed_codes

    base = spec_content([Requirement(1, 1, "REQ-001", "Café"), Requirement(2, 1, "REQ-002", "B")], {})
    row = {name: getattr(Requirement(1, 1, "REQ-001", unicodedata.normalize("NFD", "Café")), name)
           for name in Requirement.__dataclass_fields__}
    row["is_core"] = 1
    assert changed_codes(base, [row]) == set()  # same text in another Unicode form: not a change
    assert changed_codes(base, [{**row, "is_core": 0}, {**row, "code": "REQ-009"}]) == {"REQ-001", "REQ-009"}
