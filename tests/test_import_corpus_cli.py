"""The import corpus (tests/data/import_corpus/, made by tools/make_import_corpus.py) through the installed
`consultdesk-cli` as a real process: exit code, stdout, stderr (one sentence, never a traceback) and the
rows stored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from import_support import stored_requirements

CORPUS = Path(__file__).parent / "data" / "import_corpus"
CLI = Path(sys.executable).with_name("consultdesk-cli")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(CLI), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                            timeout=120, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2), (result.returncode, result.stderr)
    return result


def import_file(data_dir: Path, name: str, *extra: str, client: str = "C", engagement: str = "E"):
    path = name if os.path.isabs(name) else str(CORPUS / name)
    return run(data_dir, "import", "requirements", path, "--client", client, "--engagement", engagement, *extra)


stored = stored_requirements


def client_names(data_dir: Path) -> list[str]:
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir, take_lock=False)
    try:
        return [c.name for c in ws.repos.clients.list_clients()]
    finally:
        ws.close()


STANDARD = [  # (title, type, value, urgency, notes) of the standard priority sheet's two sample rows
    ("增加批量导出功能", "business", 4, 3, "第二迭代\n价值评分：提升客户工作效率\n紧急度评分：非当前核心问题"),
    ("修复支付接口卡顿", "business", 5, 5, "本周修复\n价值评分：影响收入\n紧急度评分：客户投诉多"),
]


def _standard(reqs) -> list[tuple]:
    return [(r.title, r.type.value, r.value, r.urgency, r.notes) for r in reqs]


def test_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent.parent / "tools"))
    try:
        import make_import_corpus
    finally:
        sys.path.pop(0)
    made = make_import_corpus.make_all(tmp_path)
    committed = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    assert sorted(p.name for p in made) == sorted(committed - {make_import_corpus.OLD_FORMAT})
    for path in made:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes(), path.name
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in committed), "every file's origin is described"


@pytest.mark.parametrize(("name", "encoding"), [
    ("gbk_excel_zh.csv", "GB18030 (GBK)"),
    ("utf16_unicode_text.txt", "UTF-16 LE"),
    ("utf16_no_bom.txt", "UTF-16 LE"),
])
def test_the_standard_sheet_in_every_encoding_excel_writes(data_dir: Path, name: str, encoding: str) -> None:
    result = import_file(data_dir, name)
    assert result.returncode == 0, result.stderr
    assert f"encoding {encoding}" in result.stdout
    assert 'Created client "C".' in result.stdout and 'Created engagement "E".' in result.stdout
    assert "Imported 2 requirements into C / E." in result.stdout
    assert "Columns not imported" not in result.stdout  # 优先级分类 is read (compared), not ignored
    reqs = stored(data_dir)
    assert _standard(reqs) == STANDARD
    assert [r.code for r in reqs] == ["1", "2"]  # 需求编号 kept as the code


@pytest.mark.parametrize("name", ["semicolon_eu.csv", "tab_separated.tsv"])
def test_separators_are_sniffed(data_dir: Path, name: str) -> None:
    result = import_file(data_dir, name)
    assert result.returncode == 0, result.stderr
    reqs = stored(data_dir)
    assert [(r.title, r.type.value, r.value, r.urgency) for r in reqs] == [
        ("Batch export", "business", 4, 3), ("Fix payment stalls", "technical", 5, 5),
        ("Parent app redesign", "experience", 2, 2)]
    assert reqs[0].description == "Finance sums reports by hand, each month"
    assert reqs[1].description == 'Checkout hangs at peak hours; "timeout" errors'


def test_western_ansi_csv(data_dir: Path) -> None:
    result = import_file(data_dir, "windows1252.csv")
    assert result.returncode == 0, result.stderr
    assert "encoding Windows-1252" in result.stdout
    assert [(r.title, r.description) for r in stored(data_dir)] == [("Café menu", "Résumé of the naïve façade")]


def test_header_variants_score_words_and_reasons(data_dir: Path) -> None:
    result = import_file(data_dir, "variants_utf8.csv")
    assert result.returncode == 0, result.stderr
    assert 'Columns not imported: "负责人".' in result.stdout
    got = [(r.title, r.description, r.type.value, r.value, r.urgency, r.notes) for r in stored(data_dir)]
    assert got == [
        ("家长端加载超时", "高峰期 8% 请求超时", "experience", 5, 4, "家长投诉"),
        ("批量导出报表", "财务每月手工汇总", "business", 4, 3, ""),
        ("对接教育局平台", "年底前完成数据上报", "strategic", 4, 1, "需确认接口\n重要性：政策要求"),
        ("登录页改版", "", "experience", 2, 2, "紧急程度：不急"),
    ]


def test_a_stated_quadrant_that_disagrees_is_listed_and_the_scores_win(data_dir: Path) -> None:
    result = import_file(data_dir, "quadrant_disagrees.csv")
    assert result.returncode == 0, result.stderr
    assert ('row 2, column "优先级分类": "高价值、高紧急" disagrees with value 4 and urgency 3; imported by the '
            "scores as plan.") in result.stdout
    assert 'row 4, column "优先级分类": "本月内" is not a quadrant ConsultDesk can read' in result.stdout
    assert "row 3" not in result.stdout  # agrees
    assert [(r.value, r.urgency, r.quadrant.value) for r in stored(data_dir)] == [
        (4, 3, "plan"), (5, 5, "do_now"), (2, 2, "park")]


@pytest.mark.parametrize(("name", "sheet", "header_row"), [
    ("standard_titled.xlsx", "评估表", 2),
    ("standard_titled.xls", "评估表", 2),  # the old Excel format reads too
    ("two_level_header.xlsx", "需求", 3),
])
def test_workbooks_with_a_title_row_or_a_two_level_header(data_dir: Path, name: str, sheet: str, header_row: int) -> None:
    result = import_file(data_dir, name)
    assert result.returncode == 0, result.stderr
    assert f'sheet "{sheet}", header on row {header_row}.' in result.stdout
    assert "Columns not imported" not in result.stdout
    reqs = stored(data_dir)
    if name.startswith("standard_titled"):
        assert _standard(reqs) == STANDARD
    else:
        assert [(r.title, r.description, r.value, r.urgency, r.notes) for r in reqs] == [
            ("批量导出报表", "财务每月手工汇总", 4, 3, "第二迭代"), ("修复支付卡顿", "高峰期超时", 5, 5, "")]


def test_data_on_the_second_sheet_with_dates(data_dir: Path) -> None:
    result = import_file(data_dir, "second_sheet_dates.xlsx")
    assert result.returncode == 0, result.stderr
    assert 'sheet "需求列表", header on row 1.' in result.stdout
    assert [r.time_resources for r in stored(data_dir)] == ["2026-07-01", "2026-09-30 18:00"]


def test_sheet_and_header_row_options(data_dir: Path) -> None:
    result = import_file(data_dir, "second_sheet_dates.xlsx", "--sheet", "说明")
    assert result.returncode == 1 and "no column gives the requirement title" in result.stderr
    assert "--map title=COLUMN" in result.stderr  # the hint names the option on the command line only
    result = import_file(data_dir, "second_sheet_dates.xlsx", "--sheet", "nosuch")
    assert result.returncode == 1
    assert 'the workbook has no sheet named "nosuch"; expected one of the sheets "说明", "需求列表".' in result.stderr
    result = import_file(data_dir, "standard_titled.xlsx", "--header-row", "1")
    assert result.returncode == 1 and "no column gives the requirement title" in result.stderr
    assert client_names(data_dir) == []
    result = import_file(data_dir, "standard_titled.xlsx", "--sheet", "评估表", "--header-row", "2")
    assert result.returncode == 0, result.stderr
    assert _standard(stored(data_dir)) == STANDARD


@pytest.mark.parametrize(("name", "message"), [
    ("header_only.csv", "header_only.csv: 0 rows to import: the file has a header row (row 1) but no requirement "
                        "rows under it."),
    ("unbalanced_quote.csv", 'unbalanced_quote.csv: line 3: a quote (") opens a cell that is not closed properly'),
    ("damaged_old_excel.xls", "Excel 97–2003 workbook (.xls) that cannot be read (it may be password-protected or damaged); "
                      "expected a workbook saved as .xlsx: open it in Excel or WPS, choose Save As ▸ Excel Workbook"),
    ("word_renamed.xlsx", "word_renamed.xlsx: the file is a Word document, not an Excel workbook; expected an .xlsx"),
])
def test_files_that_cannot_be_imported_are_refused_in_one_sentence(data_dir: Path, name: str, message: str) -> None:
    result = import_file(data_dir, name)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Error" not in result.stderr  # no exception class names such as "(KeyError)"
    assert len(result.stderr.strip().splitlines()) == 1
    assert client_names(data_dir) == []  # nothing created


def test_client_and_engagement_names_match_case_width_and_spaces(data_dir: Path) -> None:
    first = import_file(data_dir, "semicolon_eu.csv", client="Northwind Logistics Ltd", engagement="Phase 1")
    assert first.returncode == 0, first.stderr
    again = import_file(data_dir, "tab_separated.tsv", client="  northwind   logistics LTD ",
                        engagement="ＰＨＡＳＥ 1")
    assert again.returncode == 0, again.stderr
    assert "Created" not in again.stdout
    assert "Imported 3 requirements into Northwind Logistics Ltd / Phase 1." in again.stdout
    assert client_names(data_dir) == ["Northwind Logistics Ltd"]
    other = import_file(data_dir, "semicolon_eu.csv", client="northwind logistics ltd", engagement="Phase 2")
    assert 'Created engagement "Phase 2".' in other.stdout and "Created client" not in other.stdout


def test_other_sub_commands_name_the_near_matches(data_dir: Path, tmp_path: Path) -> None:
    assert import_file(data_dir, "semicolon_eu.csv", client="华信教育", engagement="需求调研").returncode == 0
    out = tmp_path / "x.csv"
    ok = run(data_dir, "export", "requirements", "--client", "华信教育 ", "--engagement", "需求调研", "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    wrong = run(data_dir, "export", "requirements", "--client", "华信教", "--engagement", "需求调研", "--out", str(out))
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == 'There is no client named "华信教". Did you mean "华信教育"?'
    wrong = run(data_dir, "export", "requirements", "--client", "华信教育", "--engagement", "需求", "--out", str(out))
    assert wrong.returncode == 1
    assert 'Client "华信教育" has no engagement titled "需求". Did you mean "需求调研"?' in wrong.stderr


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exports_in_both_languages_import_back_exactly(data_dir: Path, tmp_path: Path, lang: str, suffix: str) -> None:
    assert import_file(data_dir, "variants_utf8.csv").returncode == 0
    assert import_file(data_dir, "quadrant_disagrees.csv", engagement="E2").returncode == 0
    out = tmp_path / f"export-{lang}{suffix}"
    exported = run(data_dir, "export", "requirements", "--client", "C", "--engagement", "E", "--out", str(out),
                   "--lang", lang)
    assert exported.returncode == 0, exported.stderr
    back = import_file(data_dir, str(out), engagement="Copy")
    assert back.returncode == 0, back.stderr
    assert "Columns not imported" not in back.stdout and "disagrees" not in back.stdout
    from consultdesk.domain.requirements import CONTENT_FIELDS

    def content(reqs):
        return [{f: getattr(r, f) for f in CONTENT_FIELDS} for r in reqs]

    assert content(stored(data_dir, engagement="Copy")) == content(stored(data_dir))
    if lang == "zh_CN" and suffix == ".csv":
        text = out.read_bytes().decode("utf-8-sig")
        assert text.startswith("编号,标题,描述,") and text.split("\n")[0].endswith(",备注,象限\r")
        assert ",体验型," in text and ",立即处理\r\n" in text
