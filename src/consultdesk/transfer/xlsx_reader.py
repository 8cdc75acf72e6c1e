"""Workbooks into records per sheet, cells as text: .xlsx/.xlsm, old .xls (Excel 97–2003) and .ods.

Read with python-calamine (Rust's calamine): a kept library that reads all of these formats, about ten
times faster than openpyxl's read-only mode (5,000 rows: 0.3 s instead of 3 s). Formula cells give the
value the spreadsheet last computed. Whole numbers print without ".0"; dates print as dates
(2026-07-01), date-times with their time. A merged range gives its value in its first cell and empty
cells after it; the header finder (transfer.readers) carries a merged upper header to the right itself.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from consultdesk.domain.requirement_rows import Problem, TransferError

_OPEN_EXPECTED = "an .xlsx file saved by Excel, WPS or LibreOffice"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), and password-protected workbooks


def _fail(source: str, message: str, expected: str, **params: object) -> TransferError:
    return TransferError(Problem(source, None, None, message, expected, tuple(params.items())))


def old_workbook_error(source: str) -> TransferError:
    return _fail(source, "the file is an Excel 97–2003 workbook (.xls) that cannot be read (it may be "
                 "password-protected or damaged)",
                 "a workbook saved as .xlsx: open it in Excel or WPS, choose Save As ▸ Excel Workbook (.xlsx), "
                 "and import that file")


def _check_package(path: Path, source: str) -> None:
    """Refuse, in a sentence, a file that is no workbook at all (a renamed .docx, a text file …)."""
    if not zipfile.is_zipfile(path):
        raise _fail(source, "the file is not an Excel workbook (it is not an .xlsx package)", _OPEN_EXPECTED)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
    if "xl/workbook.xml" in names or "content.xml" in names or any(n.endswith("/workbook.xml") for n in names):
        return
    message = ("the file is a Word document, not an Excel workbook" if "word/document.xml" in names else
               "the file is a PowerPoint file, not an Excel workbook" if "ppt/presentation.xml" in names else
               "the file is a zip archive, not an Excel workbook")
    raise _fail(source, message, _OPEN_EXPECTED)


class Workbook:
    """An open workbook (nothing to close: calamine reads the file into memory)."""

    def __init__(self, path: Path, source: str) -> None:
        with path.open("rb") as handle:
            old_format = handle.read(8) == OLE_MAGIC
        if not old_format:
            _check_package(path, source)
        try:
            from python_calamine import CalamineWorkbook

            self._book = CalamineWorkbook.from_path(str(path))
        except Exception:  # noqa: BLE001 - calamine raises its own error types for damaged files
            if old_format:
                raise old_workbook_error(source) from None
            raise _fail(source, "the workbook is damaged and cannot be opened",
                        "an .xlsx file that Excel, WPS or LibreOffice opens") from None
        self.source = source
        self.sheet_names: tuple[str, ...] = tuple(self._book.sheet_names)
        # Hidden sheets (lookup lists behind drop-downs) are not searched for the data, only read when named.
        metadata = getattr(self._book, "sheets_metadata", None) or []
        hidden = {m.name for m in metadata if "Hidden" in str(m.visible)}  # Hidden and VeryHidden
        self.visible_names: tuple[str, ...] = tuple(n for n in self.sheet_names if n not in hidden) or self.sheet_names
        self._sheets: dict[str, Any] = {}  # calamine parses a whole sheet on first access: once per sheet

    def records(self, name: str, limit: int | None = None) -> list[list[str]]:
        """Rows of sheet *name* from row 1 (gaps kept, so record i is sheet row i + 1), at most *limit*."""
        sheet = self._sheets.get(name)
        if sheet is None:
            sheet = self._sheets[name] = self._book.get_sheet_by_name(name)
        # skip_empty_area=False: leading empty rows and columns stay, so numbers match the sheet.
        rows = sheet.to_python(skip_empty_area=False, nrows=limit) if limit else sheet.to_python(skip_empty_area=False)
        # Most cells are text or whole numbers: convert those inline (70,000 cells in a 5,000-row sheet).
        return [[v if type(v) is str else (type(v) is float and _WHOLE.get(v)) or cell_text(v) for v in row]
                for row in rows]

    def close(self) -> None:
        close = getattr(self._book, "close", None)  # older python-calamine releases have no close()
        if close is not None:
            close()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# Scores and codes are small whole numbers, stored by spreadsheets as floats: 4.0 -> "4" by lookup.
_WHOLE: dict[float, str] = {float(i): str(i) for i in range(-1, 1001)}


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
