"""Export -> import round trips (.csv, .xlsx), the undoable import verb, and the title rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultdesk.domain.requirements import CONTENT_FIELDS

RICH = [
    dict(title="批量导出", description="第一行\n第二行, 含 \"引号\"", goal="降低 5%", current_state="现状",
         success_criteria="≤ 5 %", time_resources="2 周", risks="依赖支付网关", type="business", why="为什么",
         what="做什么", who="家长", when="Q3", where="App", how="异步", value=4, urgency=3, cost=2,
         status="to_confirm", is_core=True, source="访谈 1", acceptance="测试用例 12 条", tag="导出"),
    dict(title="=SUM(A1:A3) looks like a formula", description="  leading blanks kept", type="technical",
         value=1, urgency=5, cost=None, status="in_progress", is_core=False, tag="x,y"),
    dict(title="Plain", type="strategic", value=5, urgency=5, status="done"),
]


def _engagement(ctx, client="客户", title="项目") -> int:
    from consultdesk.ops import clients

    found = ctx.repos.clients.find_client(client)
    client_id = found.id if found else clients.create_client(ctx, client)
    return clients.create_engagement(ctx, client_id, title)


def _content(req) -> dict:
    return {name: getattr(req, name) for name in CONTENT_FIELDS}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_then_import_gives_the_same_requirements(ctx, cli, data_dir, tmp_path, suffix) -> None:
    from consultdesk.ops.requirements import create_requirement

    engagement = _engagement(ctx)
    for row in RICH:
        create_requirement(ctx, engagement, **row)
    originals = ctx.repos.requirements.for_engagement(engagement)
    ctx.workspace.close()

    out = tmp_path / f"reqs{suffix}"
    code, stdout, err = cli("export", "requirements", "--client", "客户", "--engagement", "项目", "--out", str(out),
                            data_dir=data_dir)
    assert code == 0, err
    assert "Exported 3 requirements" in stdout
    code, _, err = cli("import", "requirements", str(out), "--client", "Other", "--engagement", "Copy",
                       data_dir=data_dir)
    assert code == 0, err

    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir, take_lock=False)
    try:
        other = ws.repos.clients.find_client("Other")
        copy = ws.repos.clients.find_engagement(other.id, "Copy")
        copies = ws.repos.requirements.for_engagement(copy.id)
    finally:
        ws.close()
    assert [_content(r) for r in copies] == [_content(r) for r in originals]


def test_csv_export_has_bom_and_english_headers(ctx, tmp_path) -> None:
    from consultdesk.ops.requirements import create_requirement
    from consultdesk.transfer import write_requirements

    engagement = _engagement(ctx)
    create_requirement(ctx, engagement, "需求", type="experience")
    out = tmp_path / "x.csv"
    write_requirements(out, ctx.repos.requirements.for_engagement(engagement))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcode,title,description,")
    assert "REQ-001,需求,".encode() in raw and b",experience," in raw


def test_xlsx_export_keeps_scores_numeric_and_formulas_as_text(ctx, tmp_path) -> None:
    from openpyxl import load_workbook

    from consultdesk.ops.requirements import create_requirement
    from consultdesk.transfer import write_requirements

    engagement = _engagement(ctx)
    create_requirement(ctx, engagement, "=1+1", value=5)
    out = tmp_path / "x.xlsx"
    write_requirements(out, ctx.repos.requirements.for_engagement(engagement))
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["title"].value == "=1+1" and row["title"].data_type == "s"
    assert row["value"].value == 5


def test_import_verb_is_one_undo_step_and_redo_restores_the_same_ids(ctx) -> None:
    from consultdesk.ops.requirement_import import import_requirements
    from consultdesk.ops.requirements import AREA

    engagement = _engagement(ctx)
    seen = []
    ctx.bus.changed.connect(lambda changes, _initiator: seen.append(changes))
    ids = import_requirements(ctx, engagement, [{"title": "a", "code": None}, {"title": "b", "code": "X-1"},
                                                {"title": "c", "value": 5}])
    reqs = ctx.repos.requirements.for_engagement(engagement)
    assert [(r.id, r.code, r.title) for r in reqs] == [(ids[0], "REQ-001", "a"), (ids[1], "X-1", "b"),
                                                      (ids[2], "REQ-003", "c")]
    assert seen[-1].ids("requirements") == frozenset(ids)
    stack = ctx.undo_stack(AREA)
    assert stack.undoText() == "Import 3 requirements"
    stack.undo()
    assert ctx.repos.requirements.for_engagement(engagement) == []
    stack.redo()
    assert [r.id for r in ctx.repos.requirements.for_engagement(engagement)] == ids


def test_import_verb_refuses_invalid_rows_without_storing_any(ctx) -> None:
    from consultdesk.ops.errors import OpError
    from consultdesk.ops.requirement_import import import_requirements

    engagement = _engagement(ctx)
    with pytest.raises(OpError):
        import_requirements(ctx, engagement, [{"title": "fine"}, {"title": "bad", "value": 9}])
    with pytest.raises(OpError):
        import_requirements(ctx, engagement, [{"title": "fine"}, {"title": " "}])
    assert ctx.repos.requirements.for_engagement(engagement) == []


def test_codes_continue_after_existing_requirements(ctx) -> None:
    from consultdesk.ops.requirement_import import import_requirements
    from consultdesk.ops.requirements import create_requirement

    engagement = _engagement(ctx)
    create_requirement(ctx, engagement, "first")
    import_requirements(ctx, engagement, [{"title": "second"}, {"title": "third", "code": "REQ-004"},
                                          {"title": "fourth"}])
    assert [r.code for r in ctx.repos.requirements.for_engagement(engagement)] == [
        "REQ-001", "REQ-002", "REQ-004", "REQ-005"]


@pytest.mark.parametrize(("text", "title"), [
    ("Short text.", "Short text."),
    ("  line one\n  line two ", "line one line two"),
    ("word " * 30, ("word " * 16).strip() + "…"),
    ("需" * 60, "需" * 40 + "…"),
])
def test_title_is_derived_from_the_first_words(text, title) -> None:
    from consultdesk.domain.requirement_fields import derive_title

    assert derive_title(text) == title


def test_guessed_mapping_understands_english_chinese_and_spacing() -> None:
    from consultdesk.transfer import guess_mapping

    headers = ["编号", "Title", "Current State", "成功标准", "URGENCY", "价值", "unrelated", "验收标准"]
    assert guess_mapping(headers) == {"code": 0, "title": 1, "current_state": 2, "success_criteria": 3,
                                      "urgency": 4, "value": 5, "acceptance": 7}


def test_xlsx_rows_are_numbered_like_the_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from consultdesk.transfer import plan_import

    book = Workbook()
    sheet = book.active
    sheet.append(["标题", "价值", "类型"])
    sheet.append(["good", 4.0, "体验型"])
    sheet.append(["bad", 12, "业务型"])
    path = tmp_path / "s.xlsx"
    book.save(path)
    plan = plan_import(path)
    assert plan.rows == [{"title": "good", "value": 4, "type": "experience"}]
    assert [p.text() for p in plan.problems] == [
        's.xlsx: row 3, column "价值": 12 is outside 1–5; expected a whole number from 1 to 5, or high/medium/low (高/中/低).']


def test_transfer_package_has_no_qt_and_no_sql() -> None:
    import ast

    import consultdesk

    found = []
    for path in (Path(consultdesk.__file__).parent / "transfer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {n}" for n in names
                      if n.startswith(("PySide6", "sqlite3", "sqlite_utils", "consultdesk.store", "consultdesk.ui"))]
    assert found == []


def test_a_new_requirement_after_an_import_never_reuses_an_imported_code(ctx) -> None:
    from consultdesk.ops.requirement_import import import_requirements
    from consultdesk.ops.requirements import create_requirement

    engagement = _engagement(ctx)
    import_requirements(ctx, engagement, [{"title": "kept code", "code": "REQ-002"}])
    create_requirement(ctx, engagement, "typed on the board")
    create_requirement(ctx, engagement, "and another")
    assert [r.code for r in ctx.repos.requirements.for_engagement(engagement)] == ["REQ-002", "REQ-003", "REQ-004"]


def test_xlsx_row_numbers_hold_when_the_table_starts_lower_and_has_gaps(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from consultdesk.transfer import plan_import

    book = Workbook()
    sheet = book.active
    sheet["B3"], sheet["C3"] = "title", "value"  # a title block above, first column empty
    sheet["B4"], sheet["C4"] = "ok", 3
    sheet["B7"], sheet["C7"] = "bad", 9  # two empty rows before it
    path = tmp_path / "offset.xlsx"
    book.save(path)
    plan = plan_import(path)
    assert plan.rows == [{"title": "ok", "value": 3}]
    assert [p.row for p in plan.problems] == [7]
