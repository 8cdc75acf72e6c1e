"""Writing requirements to .csv (UTF-8 with BOM, so Excel shows Chinese) or .xlsx, English headers.

Every content field is a column, so export -> import into another engagement gives the same requirements.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Iterable

from consultdesk.domain.requirement_fields import EXPORT_FIELDS, format_cell
from consultdesk.domain.requirement_rows import Problem, TransferError
from consultdesk.domain.requirements import Requirement


def requirement_rows(requirements: Iterable[Requirement]) -> list[list[str]]:
    return [[format_cell(name, getattr(r, name)) for name in EXPORT_FIELDS] for r in requirements]


def write_requirements(path: Path, requirements: Iterable[Requirement]) -> int:
    """Write by suffix (.csv or .xlsx); returns the number of rows. The file appears whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise TransferError(Problem(path.name, None, None, 'files ending in "{suffix}" cannot be written',
                                    "a file name ending in .csv or .xlsx", (("suffix", path.suffix or "(none)"),)))
    rows = requirement_rows(requirements)
    # Write next to the target, then rename: an interrupted export never leaves half a file behind.
    handle, temp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        if suffix == ".csv":
            _write_csv(Path(temp_name), rows)
        else:
            _write_xlsx(Path(temp_name), rows)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return len(rows)


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")  # Excel's own line ending
        writer.writerow(EXPORT_FIELDS)
        writer.writerows(rows)


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Requirements")
    bold = Font(bold=True)
    header = []
    for name in EXPORT_FIELDS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    numeric = {EXPORT_FIELDS.index(name) for name in ("value", "urgency", "cost")}
    for row in rows:
        cells = []
        for index, text in enumerate(row):
            if index in numeric and text:
                cells.append(WriteOnlyCell(sheet, value=int(text)))  # scores stay numbers in Excel
                continue
            # Control characters cannot be stored in .xlsx; a text starting with "=" must stay text.
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
