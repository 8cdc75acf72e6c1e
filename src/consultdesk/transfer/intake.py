"""The blank intake sheet: the standard priority sheet (需求优先级评估表) for a client to fill in on site.

One .xlsx with the sheet itself — a title row, bilingual headers (Chinese over English, which the import
recognises either way), drop-down lists for type and scores, the 优先级分类 column computed from the
scores by a formula — and an instructions sheet. Filled in, it imports back as it is: the header finder
skips the title row, scores may carry their reason ("4（提升客户工作效率）", kept in the notes).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from consultdesk.transfer.writers import check_suffix, write_atomically
from consultdesk.transfer.xlsx_style import SheetStyle, style_sheet

TITLE = "需求优先级评估表 · Requirement priority sheet"
COLUMNS: tuple[tuple[str, str], ...] = (  # (header, field)
    ("需求编号\nCode", "code"),
    ("需求名称\nTitle", "title"),
    ("需求描述\nDescription", "description"),
    ("需求类型\nType", "type"),
    ("价值评分（1-5分）\nValue (1–5)", "value"),
    ("紧急度评分（1-5分）\nUrgency (1–5)", "urgency"),
    ("优先级分类\nQuadrant", "priority"),
    ("需求来源\nSource", "source"),
    ("备注\nNotes", "notes"),
)
ROWS = 200  # rows prepared with drop-downs and the quadrant formula
# Room to write in (the sheet is empty, so widths cannot come from the content), in Excel character widths.
WIDTHS = {"code": 10, "title": 28, "description": 46, "type": 13, "value": 18, "urgency": 18, "priority": 16,
          "source": 14, "notes": 30}
INSTRUCTIONS: tuple[tuple[str, str], ...] = (
    ("填写说明", "Instructions"),
    ("每行填写一条需求；需求名称或需求描述至少填一项。",
     "One requirement per row; fill in at least the title or the description."),
    ("需求编号可留空，导入时自动编为 REQ-001、REQ-002…",
     "The code may stay empty: the import numbers rows REQ-001, REQ-002, …"),
    ("需求类型：业务型、体验型、战略型或技术型（可加“需求”二字，如“业务型需求”）。",
     "Type: business, experience, strategic or technical (业务型/体验型/战略型/技术型)."),
    ("价值与紧急度：1–5 分，4–5 分为“高”，1–3 分为“低”；可在分数后用括号写理由，如“4（提升客户工作效率）”，"
     "理由会记入备注。也可写 高、较高、中、较低、低。",
     "Value and urgency: 1–5, where 4–5 is high and 1–3 low; a reason may follow in brackets, e.g. "
     "\"4 (saves the client time)\"; it is kept in the notes. Words work too: high, medium, low."),
    ("优先级分类由分数自动计算：高价值高紧急＝立即处理；高价值低紧急＝规划到后续迭代；低价值高紧急＝快速处理或委派；"
     "低价值低紧急＝暂缓。",
     "The quadrant follows from the scores: high value and urgency = do now; high value, low urgency = plan; "
     "low value, high urgency = quick win or delegate; both low = park."),
    ("示例：增加批量导出功能 ｜ 业务型需求 ｜ 价值 4（提升客户工作效率）｜ 紧急度 3（非当前核心问题）→ 高价值、低紧急。",
     "Example: add batch export | business | value 4 (saves the client time) | urgency 3 → high value, "
     "low urgency."),
    ("请勿修改第 2 行的列标题；可以增加列，导入时会列出未导入的列。",
     "Keep the column headers on row 2; extra columns are allowed and are listed as not imported."),
)


def _quadrant_formula(row: int) -> str:
    value, urgency = f"E{row}", f"F{row}"

    def high(cell: str, yes: str, no: str) -> str:
        return f'IF(VALUE(LEFT({cell},1))>=4,"{yes}","{no}")'

    return (f'=IFERROR(IF(OR({value}="",{urgency}=""),"",'
            f'{high(value, "高价值", "低价值")}&{high(urgency, "高紧急", "低紧急")}),"")')


def write_intake_sheet(path: Path) -> None:
    """Write the blank sheet (.xlsx); the file appears whole or not at all."""
    path = Path(path)
    check_suffix(path, (".xlsx",))
    write_atomically(path, _write)


def _write(out: BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "需求优先级评估表"
    style = SheetStyle([h for h, _ in COLUMNS], [f for _, f in COLUMNS], "zh_CN", first_data_row=3,
                       numeric=(), validation_rows=ROWS, title=TITLE)
    style_sheet(sheet, style, [])
    quadrant_column = [f for _, f in COLUMNS].index("priority") + 1
    for row in range(3, 3 + ROWS):
        sheet.cell(row=row, column=quadrant_column, value=_quadrant_formula(row))
    from openpyxl.utils import get_column_letter

    for index, (_header, field) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[field]
    sheet.row_dimensions[2].height = 32
    # Printed on site: landscape, one page wide, the header repeated on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "2:2"
    notes = workbook.create_sheet("填写说明 Instructions")
    notes.column_dimensions["A"].width = 70
    notes.column_dimensions["B"].width = 70
    for index, (chinese, english) in enumerate(INSTRUCTIONS, start=1):
        notes.append([chinese, english])
        for cell in notes[index]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if index == 1:
                cell.font = Font(bold=True, size=13)
    workbook.save(out)
