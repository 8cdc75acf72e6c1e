"""Evidence cases, items, content-addressed attachments, integrity check and hash-chained history."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_attach as ops_attach
from consultdesk.ops import evidence_consensus as ops_cons
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ops.errors import OpError


def make_case(ctx, **fields):
    client = ctx.repos.rows.insert("clients", {"name": "华信教育"})
    engagement = ctx.repos.rows.insert("engagements", {"client_id": client, "title": "portal"})
    ctx.store.db.conn.commit()
    case_id = ops_case.create_case(ctx, engagement, "月活跃用户数", expected_value="1,250", computed_value="1180", **fields)
    return engagement, case_id


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_case_numbers_and_difference(ctx) -> None:
    _, case_id = make_case(ctx, unit="单")
    case = ctx.repos.evidence.get_case(case_id)
    assert case.expected_value == 1250 and case.computed_value == 1180
    assert case.difference.absolute == -70
    assert case.difference.percent == pytest.approx(-5.6)
    with pytest.raises(OpError, match="number"):
        ops_case.update_case(ctx, case_id, {"expected_value": "about twelve hundred"})
    assert ctx.repos.evidence.get_case(case_id).expected_value == 1250


def test_identical_file_stored_once(ctx, tmp_path) -> None:
    _, case_id = make_case(ctx)
    a = ops_items.add_item(ctx, case_id, "raw_data", "订单导出")
    b = ops_items.add_item(ctx, case_id, "comparison", "对比")
    one = write(tmp_path, "orders.csv", b"id,amount\n1,10\n")
    two = write(tmp_path, "copy-of-orders.csv", b"id,amount\n1,10\n")
    ops_attach.attach_paths(ctx, a, [one])
    ops_attach.attach_paths(ctx, b, [two])
    store = ctx.repos.evidence.files.root
    assert len([p for p in store.iterdir()]) == 1
    stored = next(store.iterdir())
    assert not os.stat(stored).st_mode & stat.S_IWUSR  # read-only after copy
    att = ctx.repos.evidence.get_item(a).attachments[0]
    assert att.name == "orders.csv" and att.size == 15 and len(att.sha256) == 64 and att.captured_at
    with pytest.raises(OpError, match="already attached"):
        ops_attach.attach_paths(ctx, a, [two])


def test_bad_sources_leave_nothing(ctx, tmp_path) -> None:
    _, case_id = make_case(ctx)
    item = ops_items.add_item(ctx, case_id, "raw_data", "x")
    good = write(tmp_path, "good.txt", b"good")
    with pytest.raises(OpError, match="folder"):
        ops_attach.attach_paths(ctx, item, [good, tmp_path])
    with pytest.raises(OpError, match="does not exist"):
        ops_attach.attach_paths(ctx, item, [tmp_path / "gone.txt"])
    root = ctx.repos.evidence.files.root
    assert not root.exists() or list(root.iterdir()) == []
    assert ctx.repos.evidence.get_item(item).attachments == ()


def test_cancelled_copy_leaves_nothing(ctx, tmp_path) -> None:
    big = write(tmp_path, "big.bin", os.urandom(3 * 1024 * 1024 + 5))
    seen = []
    with pytest.raises(ops_attach.CopyCancelled):
        ops_attach.store_files(ctx, [big], progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) >= 2)
    assert seen[:2] == [1024 * 1024, 2 * 1024 * 1024]
    assert list(ctx.repos.evidence.files.root.iterdir()) == []


def test_tampered_and_missing_files_fail_check(ctx, tmp_path, cli) -> None:
    _, case_id = make_case(ctx)
    item = ops_items.add_item(ctx, case_id, "raw_data", "订单导出")
    other = ops_items.add_item(ctx, case_id, "business_rule", "合同")
    ops_attach.attach_paths(ctx, item, [write(tmp_path, "orders.csv", b"1,2,3\n")])
    ops_attach.attach_paths(ctx, other, [write(tmp_path, "sow.pdf", b"%PDF-1.4 sow")])
    root = ctx.workspace.root
    assert cli("check", data_dir=root)[0] == 0
    sha = ctx.repos.evidence.get_item(item).attachments[0].sha256
    path = ctx.repos.evidence.files.path_for(sha)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(b"1,2,4\n")
    code, out, _ = cli("check", data_dir=root)
    assert code == 1
    assert "orders.csv" in out and "订单导出" in out and "月活跃用户数" in out and "changed" in out
    assert "sow.pdf" not in out
    ctx.repos.evidence.files.path_for(ctx.repos.evidence.get_item(other).attachments[0].sha256).unlink()
    code, out, _ = cli("check", data_dir=root)
    assert code == 1 and "sow.pdf" in out and "missing" in out and "合同" in out


def test_history_records_changes_and_detects_tampering(ctx, cli) -> None:
    _, case_id = make_case(ctx)
    ops_case.update_case(ctx, case_id, {"conclusion": "口径不同"})
    item = ops_items.add_item(ctx, case_id, "raw_data", "订单导出")
    ctx.undo_stack("evidence").undo()  # undo is recorded as a new entry, never by erasing one
    entries = ctx.repos.history.entries()
    actions = [(e.entity, e.action, e.field) for e in entries]
    assert ("dispute_case", "create", "") in actions
    assert ("dispute_case", "update", "conclusion") in actions
    assert ("evidence_item", "undo_create", "") in actions
    assert ctx.repos.evidence.get_item(item) is None
    # Record fingerprints ("seal" entries) belong to the workspace, not to an engagement's visible history.
    assert all(e.engagement_id for e in entries if not e.action.startswith("seal"))
    assert cli("check", data_dir=ctx.workspace.root)[0] == 0
    db = ctx.store.db
    db.execute("drop trigger history_no_update")
    db.execute("update history set new = '不同' where field = 'conclusion'")
    db.conn.commit()
    code, out, _ = cli("check", data_dir=ctx.workspace.root)
    assert code == 1 and "altered" in out


def test_undo_redo_item_with_file_keeps_store_consistent(ctx, tmp_path, cli) -> None:
    _, case_id = make_case(ctx)
    stored = ops_attach.store_files(ctx, [write(tmp_path, "a.log", b"log line")])
    item = ops_attach.add_item_with_files(ctx, case_id, "raw_data", stored)
    stack = ctx.undo_stack("evidence")
    stack.undo()
    assert ctx.repos.evidence.get_item(item) is None
    stack.redo()
    restored = ctx.repos.evidence.get_item(item)
    assert restored.title == "a.log" and restored.attachments[0].sha256 == stored[0].sha256
    assert cli("check", data_dir=ctx.workspace.root)[0] == 0


def test_meeting_held_needs_agreement_or_override(ctx) -> None:
    _, case_id = make_case(ctx)
    ops_cons.save_meeting(ctx, case_id, {"held_on": "2025-04-07"})
    with pytest.raises(OpError, match="reviewer agreed"):
        ops_case.set_status(ctx, case_id, "meeting_held")
    reviewer = ops_cons.add_reviewer(ctx, case_id, "王工", role="技术负责人", agreed=False)
    with pytest.raises(OpError, match="reviewer agreed"):
        ops_case.set_status(ctx, case_id, "meeting_held")
    ops_case.set_status(ctx, case_id, "meeting_held", override_reason="客户要求当天开会")
    case = ctx.repos.evidence.get_case(case_id)
    assert case.status == "meeting_held" and case.status_override_reason == "客户要求当天开会"
    ctx.undo_stack("evidence").undo()
    ops_cons.update_reviewer(ctx, reviewer, {"agreed": True})
    ops_case.set_status(ctx, case_id, "meeting_held")
    with pytest.raises(OpError, match="without evidence items"):
        ops_case.set_status(ctx, case_id, "resolved")


def test_completeness_and_links(ctx) -> None:
    from consultdesk.domain.evidence import completeness

    _, case_id = make_case(ctx)
    raw = ops_items.add_item(ctx, case_id, "raw_data", "原始数据", excerpt="select 1")
    logic = ops_items.add_item(ctx, case_id, "processing_logic", "SQL")
    link = ops_items.link_items(ctx, raw, logic)
    with pytest.raises(OpError, match="already linked"):
        ops_items.link_items(ctx, logic, raw)
    repo = ctx.repos.evidence
    result = completeness(repo.items(case_id), repo.links(case_id))
    assert result.missing_kinds == ("business_rule", "comparison", "test_case")
    assert result.empty_items == (logic,) and result.weak_links == (link,)
    ops_items.update_item(ctx, logic, {"ref_document": "计算口径说明.docx", "ref_section": "3.2"})
    result = completeness(repo.items(case_id), repo.links(case_id))
    assert result.weak_links == () and not result.complete
    ops_items.unlink(ctx, [link])
    assert repo.links(case_id) == []


def test_action_items_overdue_and_engagement_list(ctx) -> None:
    from datetime import date

    engagement, case_id = make_case(ctx)
    ops_cons.add_action(ctx, case_id, "补充退款数据", side="client", who="李经理", due_on="2020-01-01")
    ops_cons.add_action(ctx, case_id, "更新口径文档", who="我方", due_on="2999-01-01")
    with pytest.raises(OpError, match="due date"):
        ops_cons.add_action(ctx, case_id, "x", due_on="next week")
    rows = ctx.repos.evidence.engagement_actions(engagement)
    assert [title for title, _ in rows] == ["月活跃用户数", "月活跃用户数"]
    assert [a.is_overdue(date.today()) for _, a in rows] == [True, False]


def test_delete_item_undo_restores_files_and_links(ctx, tmp_path) -> None:
    _, case_id = make_case(ctx)
    raw = ops_items.add_item(ctx, case_id, "raw_data", "原始数据")
    logic = ops_items.add_item(ctx, case_id, "processing_logic", "SQL")
    ops_attach.attach_paths(ctx, raw, [write(tmp_path, "x.csv", b"x")])
    link = ops_items.link_items(ctx, raw, logic)
    before = ctx.repos.evidence.get_item(raw)
    ops_items.delete_item(ctx, raw)
    assert ctx.repos.evidence.get_item(raw) is None and ctx.repos.evidence.links(case_id) == []
    assert ctx.repos.evidence.files.exists(before.attachments[0].sha256)  # the store never loses a file
    ctx.undo_stack("evidence").undo()
    assert ctx.repos.evidence.get_item(raw) == before
    assert [stored.id for stored in ctx.repos.evidence.links(case_id)] == [link]
    assert ctx.repos.history.verify() == []


def test_numbers_and_difference_rules() -> None:
    from consultdesk.domain.evidence import difference, format_number, parse_number

    assert parse_number("１，２５０") == 1250 and parse_number(" 1 250.5 ") == 1250.5 and parse_number("") is None
    for bad in ("12a", "1.2.3", "--1"):
        with pytest.raises(ValueError):
            parse_number(bad)
    assert difference(0, 5).percent is None and difference(None, 5) is None
    assert difference(99.5, 98.67).percent == pytest.approx(-0.834, abs=1e-3)
    assert format_number(1180.0) == "1,180" and format_number(98.67) == "98.67"


def test_attaching_the_original_again_repairs_a_damaged_copy(ctx, tmp_path, cli) -> None:
    _, case_id = make_case(ctx)
    item = ops_items.add_item(ctx, case_id, "raw_data", "订单导出")
    original = write(tmp_path, "orders.csv", b"1,2,3\n")
    ops_attach.attach_paths(ctx, item, [original])
    sha = ctx.repos.evidence.get_item(item).attachments[0].sha256
    stored = ctx.repos.evidence.files.path_for(sha)
    os.chmod(stored, stat.S_IRUSR | stat.S_IWUSR)
    stored.write_bytes(b"forged")
    assert cli("check", data_dir=ctx.workspace.root)[0] == 1
    ops_attach.attach_paths(ctx, item, [original])  # same item: nothing new to record, the copy is restored
    assert stored.read_bytes() == b"1,2,3\n" and not os.stat(stored).st_mode & stat.S_IWUSR
    assert cli("check", data_dir=ctx.workspace.root)[0] == 0
    stored.unlink()
    ops_attach.attach_paths(ctx, item, [original])
    assert cli("check", data_dir=ctx.workspace.root)[0] == 0
    assert len(ctx.repos.evidence.get_item(item).attachments) == 1


def test_meeting_held_needs_the_meeting_date_and_keeps_it(ctx) -> None:
    _, case_id = make_case(ctx)
    ops_cons.add_reviewer(ctx, case_id, "王工", agreed=True)
    with pytest.raises(OpError, match="date the meeting was held"):
        ops_case.set_status(ctx, case_id, "meeting_held")  # no meeting recorded at all
    ops_cons.save_meeting(ctx, case_id, {"our_attendees": "李工"})
    with pytest.raises(OpError, match="date the meeting was held"):
        ops_case.set_status(ctx, case_id, "meeting_held")  # a meeting without its date
    with pytest.raises(OpError, match="2025-03-31"):
        ops_cons.save_meeting(ctx, case_id, {"held_on": "next Monday"})
    ops_cons.save_meeting(ctx, case_id, {"held_on": "2025-04-07"})
    ops_case.set_status(ctx, case_id, "meeting_held")
    with pytest.raises(OpError, match="cannot be cleared"):
        ops_cons.save_meeting(ctx, case_id, {"held_on": ""})
    assert ctx.repos.evidence.meetings(case_id)[-1].held_on == "2025-04-07"
