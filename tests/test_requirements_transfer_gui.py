"""Board menu Import/Export: the preview dialog (mapping, invalid rows), scripted through the asker."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import transfer_menu

DATA = Path(__file__).parent / "data"


@pytest.fixture
def board(qtbot, ctx):
    eid, menu, actions = transfer_menu(qtbot, ctx, "家长端 App 稳定性优化")
    return ctx, eid, menu, actions


def _titles(ctx, eid):
    return [r.title for r in ctx.repos.requirements.for_engagement(eid)]


def test_menu_has_the_transfer_actions(board) -> None:
    _ctx, _eid, menu, _actions = board
    assert [a.objectName() for a in menu.actions()] == [
        "importRequirementsAction", "exportRequirementsAction", "exportIntakeSheetAction"]
    assert [a.text() for a in menu.actions()] == [
        "&Import requirements…", "&Export requirements…", "Export &blank intake sheet…"]


def test_preview_lists_invalid_rows_and_imports_the_valid_ones(board, tmp_path) -> None:
    ctx, eid, _menu, actions = board
    path = tmp_path / "reqs.csv"
    path.write_text("标题,价值,紧急度,Colour\n导出报表,4,3,x\n,3,3,y\n支付卡顿,5,9,z\n登录慢,2,5,w\n", encoding="utf-8-sig")
    seen = {}

    def fill(dialog) -> bool:
        seen["mapping"] = dialog.mapping()
        seen["problems"] = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        seen["button"] = dialog.import_button.text()
        return True

    ctx.asker.queue(str(path), fill)
    actions.import_action.trigger()
    assert seen["mapping"] == {"title": 0, "value": 1, "urgency": 2}  # "Colour" is not imported
    assert seen["problems"] == [
        "reqs.csv: row 3, column \"标题\": the title is empty; expected a title (any text).",
        "reqs.csv: row 4, column \"紧急度\": 9 is outside 1–5; "
        "expected a whole number from 1 to 5, or high/medium/low (高/中/低).",
    ]
    assert seen["button"] == "Import 2 valid row(s)"
    assert _titles(ctx, eid) == ["导出报表", "登录慢"]
    assert ("inform", "Import requirements", "Imported 2 requirement(s).") in ctx.asker.asked
    ctx.undo_stack("board").undo()  # one step takes the whole import back
    assert _titles(ctx, eid) == []


def test_mapping_can_be_changed_in_the_preview(board) -> None:
    ctx, eid, _menu, actions = board
    seen = []

    def remap(dialog) -> bool:
        assert dialog.mapping() == {"description": 1}  # guessed from "RequirementText"
        dialog.map_column(1, "")  # the user says: do not import that column
        assert dialog.plan is None and not dialog.import_button.isEnabled()
        assert "no column gives the requirement title" in dialog.summary_label.text()
        dialog.map_column(1, "description")  # back: titles are derived from the text
        dialog.map_column(2, "tag")
        dialog.map_column(0, "tag")  # a field comes from one column: "class" lets "tag" go
        assert dialog.mapping() == {"description": 1, "tag": 0}
        dialog.map_column(2, "tag")
        assert dialog.mapping() == {"description": 1, "tag": 2}
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 625 valid row(s)"
        seen.append(True)
        return True

    ctx.asker.queue(str(DATA / "promise_nfr.csv"), remap)
    actions.import_action.trigger()
    assert seen == [True]  # the checks inside the dialog ran (an exception there is swallowed by Qt)
    reqs = ctx.repos.requirements.for_engagement(eid)
    assert len(reqs) == 625
    assert reqs[0].description == "The system shall refresh the display every 60 seconds." and reqs[0].tag == "PE"


def test_cancel_imports_nothing_and_bad_file_is_explained(board, tmp_path) -> None:
    ctx, eid, _menu, actions = board
    path = tmp_path / "ok.csv"
    path.write_text("title\nSomething\n", encoding="utf-8")
    ctx.asker.queue(str(path), False)
    actions.import_action.trigger()
    assert _titles(ctx, eid) == []
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    ctx.asker.queue(str(fake))
    actions.import_action.trigger()
    assert ctx.asker.asked[-1] == (
        "warn", "Import requirements",
        "fake.xlsx: the file is not an Excel workbook (it is not an .xlsx package); expected an .xlsx file saved "
        "by Excel, WPS or LibreOffice.")


def test_export_asks_a_file_name_and_writes_it(board, tmp_path) -> None:
    from openpyxl import load_workbook

    from consultdesk.ops.requirements import create_requirement

    ctx, eid, _menu, actions = board
    create_requirement(ctx, eid, "修复支付接口卡顿", value=5, urgency=5)
    ctx.asker.queue(str(tmp_path / "out"))  # no suffix: .xlsx is added
    actions.export_action.trigger()
    kind, title, suggested = next(q for q in ctx.asker.asked if q[0] == "save_file")
    assert suggested == "家长端 App 稳定性优化.xlsx"
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:3] == ("code", "title", "description") and rows[1][:2] == ("REQ-001", "修复支付接口卡顿")


def test_without_an_engagement_the_user_is_told_to_pick_one(board) -> None:
    ctx, _eid, _menu, actions = board
    ctx.selection.set_engagement(None)
    actions.export_action.trigger()
    assert ctx.asker.asked[-1] == ("inform", "Export requirements", "Pick a client and an engagement first.")
