"""Import/export rules without the GUI: formula neutralisation (and its exact way back), encodings,
separators, quotes, header and sheet finding, score cells, stated quadrants, bilingual headers."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from consultdesk.domain import requirement_fields as rf
from consultdesk.domain.requirement_values import parse_quadrant, parse_score_cell
from consultdesk.domain.requirements import Quadrant, Requirement
from consultdesk.transfer import TransferError, guess_mapping, read_table, validate
from consultdesk.transfer.neutralise import neutralise, restore
from consultdesk.transfer.writers import write_requirements

# Text a person could type: no control characters but tab and line breaks (a file with NULs is not text).
TEXT = st.text(alphabet=st.sampled_from(list("=+-@'\t\r\n ,\"a中;")), max_size=12) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@given(TEXT)
def test_neutralise_then_restore_gives_the_exact_text(text: str) -> None:
    assert restore(neutralise(text)) == text


@given(TEXT)
def test_a_neutralised_cell_never_starts_a_formula(text: str) -> None:
    assert not neutralise(text)[:1] or neutralise(text)[0] not in "=+-@\t\r"


@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("'quoted'", "'quoted'"), ("'5", "'5"), ("a=b", "a=b"), ("", ""),
])
def test_owasp_prefix(text: str, written: str) -> None:
    assert neutralise(text) == written


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(TEXT.filter(lambda t: t.strip()), TEXT), min_size=1, max_size=4))
@example([("''", "'quoted'")])  # quotes typed by the user are text, not another tool's wrapping
@example([(";", "''")])
def test_csv_export_then_read_gives_every_text_back(tmp_path_factory, cells) -> None:
    path = tmp_path_factory.mktemp("csv") / "out.csv"
    reqs = [Requirement(i + 1, 1, f"REQ-{i + 1:03d}", title, description=description)
            for i, (title, description) in enumerate(cells)]
    write_requirements(path, reqs)
    raw = path.read_bytes().decode("utf-8-sig")
    for record in list(csv.reader(io.StringIO(raw, newline="")))[1:]:
        assert all(not c or c[0] not in "=+-@\t\r" for c in record)  # nothing a spreadsheet would run
    table = read_table(path)
    plan = validate(table, guess_mapping(table.headers))
    assert [(r["title"], r["description"]) for r in plan.rows] == cells


def _csv(tmp_path: Path, data: bytes, name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


SAMPLE = "标题,价值,备注\n家长端加载超时,5,高峰期\n批量导出,4,财务\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (SAMPLE.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "UTF-8 (BOM)"),
    (SAMPLE.encode("gbk"), "GB18030 (GBK)"),
    (SAMPLE.encode("gb18030"), "GB18030 (GBK)"),
    (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "UTF-16 LE"),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "UTF-16 BE"),
    (SAMPLE.encode("utf-16-le"), "UTF-16 LE"),
    (SAMPLE.encode("utf-16-be"), "UTF-16 BE"),
])
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    table = read_table(_csv(tmp_path, data))
    assert table.encoding == encoding
    assert table.headers == ["标题", "价值", "备注"] and table.rows[0][1] == ["家长端加载超时", "5", "高峰期"]


def test_a_few_gbk_words(tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "标题\n需求一\n".encode("gbk")))  # the library alone ranks Korean first
    assert table.encoding == "GB18030 (GBK)" and table.rows == [(2, ["需求一"])]


def test_big5_from_taiwan_or_hong_kong(tmp_path: Path) -> None:
    text = "標題,價值,備註\n家長端載入逾時,5,高峰期\n批次匯出報表,4,財務每月手動彙總\n"
    table = read_table(_csv(tmp_path, text.encode("big5")))
    assert table.encoding == "Big5" and table.headers == ["標題", "價值", "備註"]


def test_bytes_that_are_no_text_are_refused_naming_line_and_byte(tmp_path: Path) -> None:
    with pytest.raises(TransferError) as caught:
        read_table(_csv(tmp_path, b"title,value\n\x80abc,3\n"))
    assert "line 2, byte 1 (0x80) is not text" in str(caught.value)


@pytest.mark.parametrize(("text", "suffix", "separator"), [
    ("title;value\nfoo, bar;3\n", ".csv", ";"),
    ("title\tvalue\nfoo;bar\t3\n", ".txt", "\t"),
    ("title\tvalue\nfoo\t3\n", ".tsv", "\t"),
    ('title,value\n"a;b;c;d",3\n', ".csv", ","),  # separators inside quotes do not count
    ("title\nfoo\n", ".tsv", "\t"),
])
def test_separators(tmp_path: Path, text: str, suffix: str, separator: str) -> None:
    table = read_table(_csv(tmp_path, text.encode(), "f" + suffix))
    assert table.separator == separator
    assert table.headers[0] == "title"


@pytest.mark.parametrize(("text", "line"), [
    ('title,value\nfirst,3\n"never closed,4\nthird,5\n', 3),
    ('title,value\n"multi\nline",3\n"bad,4\nx,"y",5\n', 4),  # a legal multi-line cell before it
])
def test_an_unbalanced_quote_is_refused_naming_its_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(TransferError) as caught:
        read_table(_csv(tmp_path, text.encode()))
    assert f"line {line}: a quote (\") opens a cell that is not closed properly" in str(caught.value)


def test_a_huge_cell_is_refused_in_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(TransferError) as caught:
        read_table(_csv(tmp_path, b"title\n" + b"x" * 1_000_001 + b"\n"))
    assert "line 2: a cell is longer than 1,000,000 characters" in str(caught.value)


def test_header_found_below_title_rows_in_csv_too(tmp_path: Path) -> None:
    text = "需求优先级评估表,,\n填表日期：2026-07-01,,\n需求名称,价值,紧急度\n导出,4,3\n"
    table = read_table(_csv(tmp_path, text.encode()))
    assert table.header_row == 3 and table.rows == [(4, ["导出", "4", "3"])]
    assert read_table(_csv(tmp_path, text.encode()), header_row=1).headers[0] == "需求优先级评估表"
    with pytest.raises(TransferError):
        read_table(_csv(tmp_path, text.encode()), header_row=99)


@pytest.mark.parametrize(("cell", "score", "reason"), [
    ("4", 4, ""), ("４", 4, ""), ("4.0", 4, ""), ("4分", 4, ""), ("4 (reason)", 4, "reason"),
    ("4（提升客户工作效率）", 4, "提升客户工作效率"), ("５分（很急）", 5, "很急"), ("3 - later", 3, "later"),
    ("高", 5, ""), ("High", 5, ""), ("较高", 4, ""), ("中", 3, ""), ("medium", 3, ""), ("较低", 2, ""),
    ("低", 1, ""), ("low (nice to have)", 1, "nice to have"),
])
def test_score_cells(cell: str, score: int, reason: str) -> None:
    assert parse_score_cell(cell) == (score, reason)


@pytest.mark.parametrize("cell", ["6", "0", "4.5", "abc", "很", "4 5"])
def test_bad_score_cells(cell: str) -> None:
    with pytest.raises(rf.CellError):
        parse_score_cell(cell)


@pytest.mark.parametrize(("cell", "quadrant"), [
    ("高价值、高紧急", Quadrant.DO_NOW), ("高价值、低紧急", Quadrant.PLAN), ("低价值高紧急", Quadrant.QUICK),
    ("低价值，低紧急", Quadrant.PARK), ("重要不紧急", Quadrant.PLAN), ("do now", Quadrant.DO_NOW),
    ("High value, low urgency", Quadrant.PLAN), ("立即处理", Quadrant.DO_NOW), ("暂缓", Quadrant.PARK),
    ("quick win", Quadrant.QUICK), ("本月内", None), ("", None),
])
def test_stated_quadrants(cell: str, quadrant: Quadrant | None) -> None:
    assert parse_quadrant(cell) is quadrant


@pytest.mark.parametrize(("header", "field"), [
    ("需求编号", "code"), ("序号", "code"), ("需求名称", "title"), ("需求描述", "description"), ("需求说明", "description"),
    ("需求类型", "type"), ("需求类别", "type"), ("价值评分（1-5分）", "value"), ("重要性", "value"), ("重要程度", "value"),
    ("紧急度评分（1-5分）", "urgency"), ("紧急程度", "urgency"), ("紧急性", "urgency"), ("备注", "notes"),
    ("需求名称\nTitle", "title"), ("Value (1–5)", "value"), ("*需求名称", "title"), ("Notes", "notes"),
])
def test_header_variants(header: str, field: str) -> None:
    assert rf.field_for_header(header) == field


@pytest.mark.parametrize(("cell", "kind"), [("业务型需求", "business"), ("体验需求", "experience"),
                                           ("Strategic requirement", "strategic"), ("技术型", "technical")])
def test_types_with_the_requirement_suffix(cell: str, kind: str) -> None:
    assert rf.parse_type(cell).value == kind


def test_every_ignored_column_is_listed_and_blank_unnamed_ones_are_not(tmp_path: Path) -> None:
    text = "标题,负责人,,优先级分类,\n导出,王工,,高价值高紧急,x\n"
    table = read_table(_csv(tmp_path, text.encode()))
    plan = validate(table, guess_mapping(table.headers))
    assert plan.ignored_columns == ["负责人", "column 5"]


def test_blank_intake_sheet_imports_back_as_is(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from consultdesk.transfer.intake import write_intake_sheet

    path = tmp_path / "intake.xlsx"
    write_intake_sheet(path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [s.title for s in book.worksheets] == ["需求优先级评估表", "填写说明 Instructions"]
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref.startswith("A2:")
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists["D3"] == '"业务型,体验型,战略型,技术型"' and lists["E3"] == '"1,2,3,4,5"'
    table = read_table(path)
    assert table.header_row == 2 and validate(table, guess_mapping(table.headers)).ignored_columns == []
    sheet["A3"], sheet["B3"], sheet["D3"], sheet["E3"], sheet["F3"] = "", "增加批量导出功能", "业务型需求", "4（提升效率）", 3
    book.save(path)
    table = read_table(path)
    plan = validate(table, guess_mapping(table.headers))
    assert plan.rows == [{"code": None, "title": "增加批量导出功能", "description": "", "type": "business", "value": 4,
                          "urgency": 3, "source": "", "notes": "价值评分：提升效率"}]
    assert plan.notices == [] and plan.problems == []


def test_xlsx_export_is_laid_out_for_people(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    reqs = [Requirement(1, 1, "REQ-001", "=1+1", description="长" * 80, value=5, urgency=4)]
    path = tmp_path / "x.xlsx"
    write_requirements(path, reqs, "zh_CN")
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编号", "标题", "描述"] and header[-1] == "象限"
    row = dict(zip(header, sheet[2], strict=True))
    assert row["标题"].value == "=1+1" and row["标题"].data_type == "s"
    assert row["价值"].value == 5 and row["象限"].value == "立即处理" and row["类型"].value == "业务型"
    assert row["描述"].alignment.wrap_text and not row["标题"].alignment.wrap_text
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}2"
    assert sheet.column_dimensions["C"].width == 60 and sheet.column_dimensions["A"].width < 20
    validated = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validated["S2"] == '"提出,待确认,已确认,已拒绝,进行中,完成"' and validated["P2"] == '"1,2,3,4,5"'


def test_hidden_sheets_are_not_taken_for_the_data(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    lists = book.active
    lists.title, lists.sheet_state = "lists", "hidden"  # the source of drop-down lists, with a header too
    lists.append(["标题", "价值"])
    lists.append(["not a requirement", 1])
    data = book.create_sheet("需求")
    data.append(["需求名称", "重要性"])
    data.append(["真的需求", "高"])
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.sheet, table.rows) == ("需求", [(2, ["真的需求", "高"])])
    assert read_table(path, sheet="lists").rows == [(2, ["not a requirement", "1"])]  # still readable by name
