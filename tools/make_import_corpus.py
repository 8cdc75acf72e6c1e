"""Write the import test corpus (tests/data/import_corpus/): the shapes of requirement files consultants
really receive, one file per shape. Deterministic; re-run after changing a shape and commit the files:

    python tools/make_import_corpus.py

Where each shape comes from is in tests/data/import_corpus/README.md. One file is not reproducible byte for
byte and is made only with --libreoffice (LibreOffice's soffice on the PATH), then committed:
standard_titled.xls, the standard sheet saved in the Excel 97–2003 format.

    python tools/make_import_corpus.py --libreoffice
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "data" / "import_corpus"

# The standard priority sheet (需求优先级评估表) with its two sample rows.
STANDARD_HEADERS = ["需求编号", "需求描述", "需求类型", "价值评分（1-5分）", "紧急度评分（1-5分）", "优先级分类", "备注"]
STANDARD_ROWS = [
    ["1", "增加批量导出功能", "业务型需求", "4（提升客户工作效率）", "3（非当前核心问题）", "高价值、低紧急", "第二迭代"],
    ["2", "修复支付接口卡顿", "业务型需求", "5（影响收入）", "5（客户投诉多）", "高价值、高紧急", "本周修复"],
]
# A field-notes sheet with the other common header spellings, words for scores and a column we do not know.
VARIANT_HEADERS = ["序号", "需求名称", "需求说明", "需求类别", "重要性", "紧急程度", "负责人", "备注"]
VARIANT_ROWS = [
    ["1", "家长端加载超时", "高峰期 8% 请求超时", "体验型需求", "高", "较高", "王工", "家长投诉"],
    ["2", "批量导出报表", "财务每月手工汇总", "业务型", "4分", "中", "李经理", ""],
    ["3", "对接教育局平台", "年底前完成数据上报", "战略型需求", "4 (政策要求)", "低", "", "需确认接口"],
    ["4", "登录页改版", "", "体验", "较低", "2（不急）", "", ""],
]
PLAIN_HEADERS = ["title", "description", "type", "value", "urgency"]
PLAIN_ROWS = [
    ["Batch export", "Finance sums reports by hand, each month", "business", "4", "3"],
    ["Fix payment stalls", "Checkout hangs at peak hours; \"timeout\" errors", "technical", "5", "5"],
    ["Parent app redesign", "Schools ask for a simpler home screen", "experience", "2", "2"],
]


def _csv_text(headers: list[str], rows: list[list[str]], separator: str = ",", line_end: str = "\r\n") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator=line_end)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def _workbook(sheets: list[tuple[str, list[list[object]], list[str]]], path: Path) -> None:
    """sheets: (name, rows, merged ranges)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows, merged in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for ref in merged:
            sheet.merge_cells(ref)
    book.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    # openpyxl stamps the current time into the zip and docProps: rewrite both so the file is reproducible.
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-01-01T00:00:00Z<", data)
            target.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)


def make_all(target: Path = TARGET) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []

    def text(name: str, data: bytes) -> None:
        (target / name).write_bytes(data)
        out.append(target / name)

    standard = _csv_text(STANDARD_HEADERS, STANDARD_ROWS)
    text("gbk_excel_zh.csv", standard.encode("gbk"))
    text("utf16_unicode_text.txt", codecs.BOM_UTF16_LE + _csv_text(STANDARD_HEADERS, STANDARD_ROWS, "\t").encode("utf-16-le"))
    text("utf16_no_bom.txt", _csv_text(STANDARD_HEADERS, STANDARD_ROWS, "\t").encode("utf-16-le"))
    text("semicolon_eu.csv", _csv_text(PLAIN_HEADERS, PLAIN_ROWS, ";").encode("utf-8"))
    text("tab_separated.tsv", _csv_text(PLAIN_HEADERS, PLAIN_ROWS, "\t", "\n").encode("utf-8"))
    text("windows1252.csv", _csv_text(PLAIN_HEADERS, [["Café menu", "Résumé of the naïve façade", "business", "3", "4"]])
         .encode("cp1252"))
    text("variants_utf8.csv", _csv_text(VARIANT_HEADERS, VARIANT_ROWS).encode("utf-8-sig"))
    disagree = [row[:] for row in STANDARD_ROWS]
    disagree[0][5] = "高价值、高紧急"  # the scores (4, 3) say high value, low urgency
    disagree.append(["3", "统一登录", "技术型需求", "2", "2", "本月内", ""])
    text("quadrant_disagrees.csv", _csv_text(STANDARD_HEADERS, disagree).encode("utf-8-sig"))
    text("header_only.csv", _csv_text(PLAIN_HEADERS, []).encode("utf-8-sig"))
    text("unbalanced_quote.csv", ('title,value\r\nfirst,3\r\n"second, with a stray quote,4\r\nthird,5\r\n'
                                  'fourth "quoted",2\r\n"fifth",1\r\n').encode("utf-8"))
    text("damaged_old_excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", (2026, 1, 1, 0, 0, 0)), "<Types/>")
        archive.writestr(zipfile.ZipInfo("word/document.xml", (2026, 1, 1, 0, 0, 0)), "<w:document/>")
    text("word_renamed.xlsx", docx.getvalue())

    title = "华信教育 · 需求优先级评估表（2026 年 7 月）"
    _workbook([("评估表", [[title], STANDARD_HEADERS, *STANDARD_ROWS], ["A1:G1"])], target / "standard_titled.xlsx")
    two_level = [
        ["需求清单"],
        ["基本信息", None, None, "评分（1-5分）", None, "其他"],
        ["序号", "名称", "说明", "价值", "紧急度", "备注"],
        [1, "批量导出报表", "财务每月手工汇总", 4, 3, "第二迭代"],
        [2, "修复支付卡顿", "高峰期超时", 5, 5, ""],
    ]
    _workbook([("需求", two_level, ["A1:F1", "A2:C2", "D2:E2"])], target / "two_level_header.xlsx")
    _workbook([("说明", [["本表由客户填写，请见第二页。"], ["填写人", "张三"]], []),
               ("需求列表", [["需求名称", "需求描述", "价值", "紧急度", "期望完成时间"],
                          ["家长端加载超时", "高峰期超时", 5, 4, datetime(2026, 7, 1)],
                          ["批量导出", "财务手工汇总", 4, 2, datetime(2026, 9, 30, 18, 0)]], [])],
              target / "second_sheet_dates.xlsx")
    out += [target / n for n in ("standard_titled.xlsx", "two_level_header.xlsx", "second_sheet_dates.xlsx")]
    return out


OLD_FORMAT = "standard_titled.xls"  # made by LibreOffice; not byte-reproducible (timestamps inside)


def make_old_format(target: Path = TARGET) -> Path:
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("--libreoffice needs soffice on the PATH")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        'xls:MS Excel 97', "--outdir", out, str(target / "standard_titled.xlsx")],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(out) / OLD_FORMAT, target / OLD_FORMAT)
    return target / OLD_FORMAT


if __name__ == "__main__":
    import sys

    made = make_all()
    if "--libreoffice" in sys.argv[1:]:
        made.append(make_old_format())
    for path in made:
        print(path.relative_to(ROOT))
