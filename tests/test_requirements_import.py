"""Import of requirements from CSV through the CLI: the real PROMISE file, CSV edge cases, row messages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from import_support import stored_requirements

DATA = Path(__file__).parent / "data"
PROMISE = DATA / "promise_nfr.csv"


_requirements = stored_requirements


def _dump(data_dir: Path) -> list[str]:
    import sqlite3

    from consultdesk.store.workspace import DB_NAME

    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _import(cli, data_dir, path, *extra):
    return cli("import", "requirements", str(path), "--client", "C", "--engagement", "E", *extra, data_dir=data_dir)


def _write(tmp_path: Path, text: str, name: str = "in.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_promise_file_keeps_every_row_and_its_exact_text(cli, data_dir) -> None:
    code, out, err = _import(cli, data_dir, PROMISE, "--map", "description=RequirementText", "--map", "tag=class")
    assert code == 0, err
    with PROMISE.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))[1:]
    # The file has 625 records (the "624" is `wc -l` minus the header: the last line has no newline).
    assert len(records) == 625
    assert "Imported 625 requirements" in out
    stored = _requirements(data_dir)
    assert len(stored) == len(records)
    for req, (_project, text, klass) in zip(stored, records, strict=True):
        expected = text[1:] if text.startswith("'") else text
        expected = expected[:-1] if expected.endswith("'") else expected
        assert req.description == expected
        assert req.tag == klass
        assert req.title and len(req.title) <= 81 and "'" not in (req.title[0], req.title[-1])
    assert [r.code for r in stored[:3]] == ["REQ-001", "REQ-002", "REQ-003"]
    assert stored[-1].code == "REQ-625"
    # Titles come from the first words; a short text is its own title, whitespace collapsed.
    assert stored[0].title == "The system shall refresh the display every 60 seconds."
    assert stored[1].title.endswith("…") and stored[1].description.startswith(stored[1].title[:-1])
    assert stored[2].description.startswith(" If projected  the data")  # stray blanks kept exactly
    assert "90\\% of viewers" in stored[2].description


def test_csv_edge_cases_bom_quotes_commas_newlines_chinese_headers(cli, data_dir, tmp_path) -> None:
    text = (
        "\ufeff编号,标题,描述,类型,价值,紧急度,成本,状态,标签,诉求目标\r\n"
        '"","批量导出, 含附件","第一行\n第二行 ""引号"" 结束",业务型,4,3,,待确认,导出,"降低 5%"\r\n'
        ',"Fix payment, stalls","He said ""now""",Experience,5,5,2,Confirmed,pay,\r\n'
        ",,,,,,,,,\r\n"  # a blank row is skipped, not an error
        "REQ-050,战略,,strategic,1,1,5,完成,,\r\n"
    )
    path = _write(tmp_path, text)
    code, out, err = _import(cli, data_dir, path)
    assert code == 0, err
    reqs = _requirements(data_dir)
    assert [r.title for r in reqs] == ["批量导出, 含附件", "Fix payment, stalls", "战略"]
    first, second, third = reqs
    assert first.description == "第一行\n第二行 \"引号\" 结束"
    assert (first.type.value, first.value, first.urgency, first.cost, first.status.value) == (
        "business", 4, 3, None, "to_confirm")
    assert first.goal == "降低 5%" and first.tag == "导出"
    assert second.description == 'He said "now"' and second.type.value == "experience" and second.cost == 2
    assert second.status.value == "confirmed"
    assert third.code == "REQ-050" and third.status.value == "done"
    assert [first.code, second.code] == ["REQ-001", "REQ-002"]


BAD_ROWS = [
    ("value", "9",
     'row 3, column "value": 9 is outside 1–5; expected a whole number from 1 to 5, or high/medium/low (高/中/低).'),
    ("value", "excellent",
     'row 3, column "value": "excellent" is not a number; expected a whole number from 1 to 5, or high/medium/low (高/中/低).'),
    ("urgency", "4.5",
     'row 3, column "urgency": "4.5" is not a whole number; expected a whole number from 1 to 5, '
     'or high/medium/low (高/中/低).'),
    ("cost", "0",
     'row 3, column "cost": 0 is outside 1–5; expected a whole number from 1 to 5, high/medium/low (高/中/低), '
     'or an empty cell.'),
    ("type", "magic", 'row 3, column "type": "magic" is not a requirement type; expected business/业务型'),
    ("status", "later", 'row 3, column "status": "later" is not a status; expected proposed/提出'),
    ("title", "  ", 'row 3, column "title": the title is empty; expected a title (any text).'),
    ("code", "REQ-001", 'row 3, column "code": code "REQ-001" is already used on row 2; expected each code once.'),
]


@pytest.mark.parametrize(("column", "cell", "message"), BAD_ROWS, ids=[b[1] or "blank" for b in BAD_ROWS])
def test_each_bad_cell_gets_a_precise_message_and_nothing_is_imported(
    cli, data_dir, tmp_path, column, cell, message
) -> None:
    headers = ["code", "title", "type", "value", "urgency", "cost", "status"]
    good = {"code": "REQ-001", "title": "ok", "type": "business", "value": "3", "urgency": "3", "cost": "",
            "status": "proposed"}
    bad = {**good, "code": "", "title": "second", column: cell}
    lines = [",".join(headers), ",".join(good[h] for h in headers), ",".join(bad[h] for h in headers)]
    path = _write(tmp_path, "\n".join(lines) + "\n")
    cli("list", data_dir=data_dir)  # create the workspace so "unchanged" is comparable
    before = _dump(data_dir)
    code, out, err = _import(cli, data_dir, path)
    assert code == 1
    assert f"{path}: {message}" in err
    assert "Nothing imported: 1 of 2 rows are invalid" in err
    assert _dump(data_dir) == before  # not even the client or engagement was created


def test_row_numbers_follow_the_spreadsheet_even_after_a_multiline_cell(cli, data_dir, tmp_path) -> None:
    path = _write(tmp_path, 'title,value\n"two\nlines",1\nok,2\nbad,7\n')
    code, _out, err = _import(cli, data_dir, path)
    assert code == 1
    assert 'row 4, column "value": 7 is outside 1–5' in err


def test_duplicate_of_an_existing_code_is_refused(cli, data_dir, tmp_path) -> None:
    assert _import(cli, data_dir, _write(tmp_path, "code,title\nREQ-007,first\n"))[0] == 0
    code, _out, err = _import(cli, data_dir, _write(tmp_path, "code,title\nREQ-007,again\n", "b.csv"))
    assert code == 1
    assert 'code "REQ-007" already exists in this engagement' in err


def test_skip_invalid_imports_the_valid_rows_and_lists_the_rest(cli, data_dir, tmp_path) -> None:
    path = _write(tmp_path, "title,value\nkeep me,5\n,3\nalso,x\nme too,1\n")
    code, out, err = _import(cli, data_dir, path, "--skip-invalid")
    assert code == 0
    assert "Imported 2 requirements into C / E, skipped 2 invalid rows." in out
    assert 'row 3, column "title": the title is empty' in err and 'row 4, column "value": "x"' in err
    assert [(r.code, r.title, r.value) for r in _requirements(data_dir)] == [
        ("REQ-001", "keep me", 5), ("REQ-002", "me too", 1)]


def test_bytes_that_are_no_text_name_line_and_byte(cli, data_dir, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"title,value\n\x80abc,3\n")
    code, _out, err = _import(cli, data_dir, path)
    assert code == 1
    assert f"{path}: line 2, byte 1 (0x80) is not text in GB18030 (GBK) or any other encoding" in err


def test_fake_xlsx_is_refused_precisely(cli, data_dir, tmp_path) -> None:
    path = _write(tmp_path, "title,value\nnot,a workbook\n", "sheet.xlsx")
    code, _out, err = _import(cli, data_dir, path)
    assert code == 1
    assert f"{path}: the file is not an Excel workbook (it is not an .xlsx package)" in err


def test_fifty_megabyte_csv_is_refused_before_reading(cli, data_dir, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"title\n")
        handle.truncate(50 * 1024 * 1024)
    code, _out, err = _import(cli, data_dir, path)
    assert code == 1
    assert "the file is 50.0 MB, larger than the 20 MB ConsultDesk imports at once" in err


@pytest.mark.parametrize(("text", "extra", "message"), [
    ("a,b\n1,2\n", (), "no column gives the requirement title"),
    ("title\nx\n", ("--map", "colour=title"), '--map "colour=title" does not name a requirement field'),
    ("title\nx\n", ("--map", "description=Text"), '--map "description=Text": the file has no column "Text"'),
    ("", (), "the file is empty"),
])
def test_file_level_problems(cli, data_dir, tmp_path, text, extra, message) -> None:
    code, _out, err = _import(cli, data_dir, _write(tmp_path, text), *extra)
    assert code == 1
    assert message in err


def test_map_accepts_chinese_field_names_and_any_header_case(cli, data_dir, tmp_path) -> None:
    path = _write(tmp_path, "Text,Prio\nsome need,4\n")
    code, _out, err = _import(cli, data_dir, path, "--map", "标题=text", "--map", "价值=PRIO")
    assert code == 0, err
    assert [(r.title, r.value) for r in _requirements(data_dir)] == [("some need", 4)]


def test_a_zip_that_is_not_a_workbook_is_refused(cli, data_dir, tmp_path) -> None:
    import zipfile

    path = tmp_path / "report.xlsx"  # e.g. a .docx renamed
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    code, _out, err = _import(cli, data_dir, path)
    assert code == 1
    assert f"{path}: the file is a Word document, not an Excel workbook; " in err
    assert "expected an .xlsx file saved by Excel, WPS or LibreOffice." in err and "Error)" not in err
