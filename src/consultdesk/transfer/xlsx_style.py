"""Laying out a requirements sheet in .xlsx: header, widths, wrapping, filter, frozen panes, drop-downs.

Shared by the export and the blank intake sheet. Works on openpyxl write-only sheets (fast for thousands
of rows) and on ordinary ones. Text cells are typed as strings, so a title starting with "=" stays text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from consultdesk.domain.requirement_values import STATUS_LABELS_ZH, TYPE_LABELS_ZH
from consultdesk.domain.requirements import RequirementStatus, RequirementType

MIN_WIDTH, MAX_WIDTH = 8, 60  # columns, in Excel's character widths
WRAP_FROM = 40  # a cell wider than this (or with a line break) is wrapped
WIDTH_SAMPLE = 500  # rows looked at for the widths: enough to see typical content, cheap on 50,000 rows


@dataclass
class SheetStyle:
    headers: list[str]
    fields: list[str]  # the field each column holds ("quadrant", "priority" or "" for none)
    lang: str = "en"
    first_data_row: int = 2  # the header sits on the row before it
    numeric: tuple[str, ...] = ()
    validation_rows: int = 0  # how far the drop-downs reach (0: the data rows)
    title: str = ""  # a merged title row above the header (intake sheet)


def _width(text: str) -> int:
    longest = max((sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)
                   for line in text.split("\n")), default=0)
    return longest


def _choices(field: str, lang: str) -> list[str] | None:
    chinese = lang.startswith("zh")
    if field == "type":
        return [TYPE_LABELS_ZH[t] if chinese else t.value for t in RequirementType]
    if field == "status":
        return [STATUS_LABELS_ZH[s] if chinese else s.value for s in RequirementStatus]
    if field in ("value", "urgency", "cost"):
        return ["1", "2", "3", "4", "5"]
    if field == "is_core":
        return ["是", "否"] if chinese else ["yes", "no"]
    return None


def style_sheet(sheet: Any, style: SheetStyle, rows: list[list[str]]) -> None:
    """Append the title (optional), the header and *rows* to *sheet*, styled; rows are text cells."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    count = len(style.headers)
    widths = [max(MIN_WIDTH, min(MAX_WIDTH, _width(h) + 2)) for h in style.headers]
    for row in rows[:WIDTH_SAMPLE]:
        for index, text in enumerate(row):
            widths[index] = max(widths[index], min(MAX_WIDTH, _width(text) + 2))
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    header_row = style.first_data_row - 1
    sheet.freeze_panes = f"A{style.first_data_row}"  # write-only sheets write their views with the first row
    if style.title:
        title = WriteOnlyCell(sheet, value=style.title)
        title.font = Font(bold=True, size=14)
        sheet.append([title])
        sheet.merged_cells.add(f"A1:{get_column_letter(count)}1")
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap_top, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    header = []
    for name in style.headers:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap_top
        header.append(cell)
    sheet.append(header)
    numeric = {i for i, f in enumerate(style.fields) if f in style.numeric}
    for row in rows:
        cells = []
        for index, text in enumerate(row):
            if index in numeric and text.isdigit():
                cell = WriteOnlyCell(sheet, value=int(text))  # scores stay numbers in Excel
            else:
                # Control characters cannot be stored in .xlsx; a text starting with "=" must stay text.
                cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
                cell.data_type = "s"
                cell.alignment = wrap_top if "\n" in text or len(text) > WRAP_FROM else top
            cells.append(cell)
        sheet.append(cells)
    last_column = get_column_letter(count)
    last_row = header_row + max(len(rows), style.validation_rows, 1)
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"
    for index, field in enumerate(style.fields):
        choices = _choices(field, style.lang)
        if not choices:
            continue
        letter = get_column_letter(index + 1)
        # "warning": a value outside the list (e.g. "4（理由）") is allowed after a question, not refused.
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                    errorStyle="warning", showErrorMessage=True)
        validation.add(f"{letter}{style.first_data_row}:{letter}{last_row}")
        sheet.data_validations.append(validation)
