"""The one edit command: its merge rule (same record, same fields, same edit session) for every kind of
record that is typed into, and a step whose edits come back to where they started leaves the history."""

from __future__ import annotations

import pytest

from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as diagnosis_ops
from consultdesk.ops import evidence as case_ops
from consultdesk.ops import evidence_consensus as consensus_ops
from consultdesk.ops import requirements as req_ops
from consultdesk.ops import specs as spec_ops
from consultdesk.ops.errors import OpError, WriteFailed


@pytest.fixture
def engagement(ctx) -> int:
    client = client_ops.create_client(ctx, "Northwind")
    return client_ops.create_engagement(ctx, client, "WMS")


def _title(ctx, rid: int) -> str:
    return ctx.repos.requirements.get(rid).title


# --- the rule -------------------------------------------------------------------------------------
def test_edits_merge_only_for_the_same_record_fields_and_session(ctx, engagement) -> None:
    one = req_ops.create_requirement(ctx, engagement, "Pick list")
    other = req_ops.create_requirement(ctx, engagement, "Labels")
    history = ctx.history
    start = history.count()
    req_ops.update_requirement(ctx, one, {"title": "Pick"}, merge_session="focus 1")
    req_ops.update_requirement(ctx, one, {"title": "Pick lists"}, merge_session="focus 1")
    assert history.count() == start + 1, "one focus of one field is one step"
    req_ops.update_requirement(ctx, one, {"title": "Pick lists v2"}, merge_session="focus 2")
    assert history.count() == start + 2, "a new focus is a new step"
    req_ops.update_requirement(ctx, one, {"goal": "Faster"}, merge_session="focus 2")
    assert history.count() == start + 3, "another field is another step"
    req_ops.update_requirement(ctx, other, {"goal": "Faster"}, merge_session="focus 2")
    assert history.count() == start + 4, "another record is another step"
    req_ops.update_requirement(ctx, other, {"goal": "Fast"})
    req_ops.update_requirement(ctx, other, {"goal": "Faster"})
    assert history.count() == start + 6, "without a session an edit never merges"
    for _ in range(5):
        assert history.undo()
    assert _title(ctx, one) == "Pick lists"
    assert history.undo()
    assert _title(ctx, one) == "Pick list"


def test_an_edit_after_an_undo_starts_a_new_step(ctx, engagement) -> None:
    rid = req_ops.create_requirement(ctx, engagement, "Pick list")
    start = ctx.history.count()
    req_ops.update_requirement(ctx, rid, {"title": "Pick"}, merge_session="focus")
    assert ctx.history.undo()
    req_ops.update_requirement(ctx, rid, {"title": "Pack list"}, merge_session="focus")
    assert ctx.history.count() == start + 1
    assert ctx.history.undo()
    assert _title(ctx, rid) == "Pick list"


def test_a_refused_write_does_not_merge(ctx, engagement) -> None:
    rid = req_ops.create_requirement(ctx, engagement, "Pick list")
    req_ops.update_requirement(ctx, rid, {"title": "Pick"}, merge_session="focus")
    index = ctx.history.index()
    conn = ctx.store.conn
    conn.execute("PRAGMA max_page_count = %d" % conn.execute("PRAGMA page_count").fetchone()[0])
    try:
        with pytest.raises(WriteFailed):
            req_ops.update_requirement(ctx, rid, {"title": "P" * 50_000}, merge_session="focus")
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert (ctx.history.index(), ctx.history.count()) == (index, index)
    assert _title(ctx, rid) == "Pick"
    assert ctx.history.undo()
    assert _title(ctx, rid) == "Pick list"


def test_editing_a_record_that_is_gone_is_refused(ctx, engagement) -> None:
    rid = req_ops.create_requirement(ctx, engagement, "Pick list")
    req_ops.delete_requirements(ctx, [rid])
    count = ctx.history.count()
    with pytest.raises(OpError):
        req_ops.update_requirement(ctx, rid, {"title": "Pack list"}, merge_session="focus")
    assert ctx.history.count() == count


# --- back where it started: no step ---------------------------------------------------------------
def test_requirement_field_typed_back_leaves_no_step(ctx, engagement) -> None:
    rid = req_ops.create_requirement(ctx, engagement, "Pick list")
    req_ops.update_requirement(ctx, rid, {"title": "Old title"}, merge_session="earlier")
    start = ctx.history.count()
    req_ops.update_requirement(ctx, rid, {"title": "Pick"}, merge_session="focus")
    req_ops.update_requirement(ctx, rid, {"title": "Old title"}, merge_session="focus")
    assert ctx.history.count() == ctx.history.index() == start
    assert _title(ctx, rid) == "Old title"
    assert ctx.history.undo()  # the step below is untouched
    assert _title(ctx, rid) == "Pick list"


def test_requirement_editor_typing_and_erasing_in_one_focus_leaves_no_step(qtbot, ctx, engagement) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from consultdesk.ui.board.editor import open_requirement_editor

    rid = req_ops.create_requirement(ctx, engagement, "Pick list")
    editor = open_requirement_editor(ctx, rid, None)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    try:
        start = ctx.history.count()
        title = editor.form.reqTitle
        title.setFocus()
        qtbot.waitUntil(title.hasFocus)
        title.end(False)
        QTest.keyClicks(title, " v2")
        editor.flush()  # a pause in typing: stored
        assert _title(ctx, rid) == "Pick list v2" and ctx.history.count() == start + 1
        for _ in range(3):
            QTest.keyClick(title, Qt.Key.Key_Backspace)
        editor.flush()
        assert _title(ctx, rid) == "Pick list"
        assert ctx.history.count() == start, "typing and erasing it again is not a step"
    finally:
        editor.close()


def test_diagnosis_edits_typed_back_leave_no_step(ctx, engagement) -> None:
    diagnosis = diagnosis_ops.create_diagnosis(ctx, engagement, "Slow month end", ["People"])
    (bone,) = ctx.repos.diagnoses.bones(diagnosis)
    start = ctx.history.count()
    diagnosis_ops.update_diagnosis(ctx, diagnosis, {"title": "Slow"}, session="focus")
    diagnosis_ops.update_diagnosis(ctx, diagnosis, {"title": "Slow month end"}, session="focus")
    diagnosis_ops.rename_bone(ctx, bone.id, "Peo", session="bone focus")
    assert ctx.history.count() == start + 1
    diagnosis_ops.rename_bone(ctx, bone.id, "People", session="bone focus")
    assert ctx.history.count() == start
    assert ctx.repos.diagnoses.get(diagnosis).title == "Slow month end"
    assert ctx.repos.diagnoses.bones(diagnosis)[0].title == "People"


def test_spec_section_typed_back_leaves_no_step(ctx, engagement) -> None:
    key = SectionKey.BACKGROUND
    spec_ops.set_section_text(ctx, engagement, key, "Parents complain.")
    start = ctx.history.count()
    spec_ops.set_section_text(ctx, engagement, key, "Parents", merge_session="focus")
    spec_ops.set_section_text(ctx, engagement, key, "Parents complain.", merge_session="focus")
    assert ctx.history.count() == start
    assert ctx.repos.spec_sections.for_engagement(engagement)[key] == "Parents complain."


def test_first_text_of_a_section_creates_it_in_the_same_step(ctx, engagement) -> None:
    key = SectionKey.BACKGROUND
    start = ctx.history.count()
    spec_ops.set_section_text(ctx, engagement, key, "", merge_session="focus")
    assert ctx.history.count() == start, "an empty section needs no row"
    spec_ops.set_section_text(ctx, engagement, key, "Par", merge_session="focus")
    spec_ops.set_section_text(ctx, engagement, key, "Parents", merge_session="focus")
    assert ctx.history.count() == start + 1
    spec_ops.set_section_text(ctx, engagement, key, "", merge_session="focus")
    # Not a no-op: the section's row was created by this step, so undoing it still removes something.
    assert ctx.history.count() == start + 1
    assert ctx.history.undo()
    assert ctx.repos.spec_sections.row_id(engagement, key) is None
    assert ctx.history.redo()
    assert ctx.repos.spec_sections.row_id(engagement, key) is not None
    spec_ops.set_section_text(ctx, engagement, key, "Teachers", merge_session="next focus")
    assert ctx.history.count() == start + 2


def _case_entries(ctx, case_id: int) -> list[tuple]:
    return [(e.action, e.field, e.old, e.new) for e in ctx.repos.history.entries("dispute_case", case_id)
            if e.action != "create"]


def test_evidence_edit_typed_back_leaves_no_step_but_the_record_keeps_every_change(ctx, engagement) -> None:
    case = case_ops.create_case(ctx, engagement, "Revenue gap")
    start = ctx.history.count()
    case_ops.update_case(ctx, case, {"title": "Revenue"}, merge_session="focus")
    case_ops.update_case(ctx, case, {"title": "Revenue gap"}, merge_session="focus")
    assert ctx.history.count() == start
    assert ctx.repos.evidence.get_case(case).title == "Revenue gap"
    assert _case_entries(ctx, case) == [("update", "title", "Revenue gap", "Revenue"),
                                        ("update", "title", "Revenue", "Revenue gap")]
    case_ops.update_case(ctx, case, {"title": "Revenue"}, merge_session="again")
    case_ops.update_case(ctx, case, {"title": "Revenue gaps"}, merge_session="again")
    assert ctx.history.undo()  # one entry back to the start of the step
    assert _case_entries(ctx, case)[-1] == ("undo_update", "title", "Revenue gaps", "Revenue gap")


def test_a_meeting_created_by_typing_merges_the_rest_of_that_focus(ctx, engagement) -> None:
    case = case_ops.create_case(ctx, engagement, "Revenue gap")
    start = ctx.history.count()
    consensus_ops.save_meeting(ctx, case, {"confirmed_facts": "1. Export"}, merge_session="focus")
    meeting = consensus_ops.save_meeting(ctx, case, {"confirmed_facts": "1. Export ran twice"}, merge_session="focus")
    assert ctx.history.count() == start + 1
    consensus_ops.save_meeting(ctx, case, {"our_attendees": "Li"}, merge_session="focus")
    assert ctx.history.count() == start + 2, "another field is another step"
    assert ctx.history.undo() and ctx.history.undo()
    assert ctx.repos.evidence.meetings(case) == []
    (undone,) = [e for e in ctx.repos.history.entries("evidence_meeting", meeting) if e.action == "undo_create"]
    assert "1. Export ran twice" in undone.old
    assert ctx.history.redo()
    assert ctx.repos.evidence.meetings(case)[0].confirmed_facts == "1. Export ran twice"
