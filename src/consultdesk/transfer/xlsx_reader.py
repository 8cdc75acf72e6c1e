"""Workbooks (.xlsx/.xlsm, openpyxl read-only) into records per sheet, cells as text.

Numbers that are whole print without ".0"; dates print as dates (2026-07-01), date-times with their time.
Merged cells: openpyxl's read-only mode yields a merged range's value in its first cell and empty cells
after it; the header finder (transfer.readers) carries a merged upper header to the right itself.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterator

from consultdesk.domain.requirement_rows import Problem, TransferError

_OPEN_EXPECTED = "an .xlsx file saved by Excel, WPS or LibreOffice"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), and password-protected workbooks


def _fail(source: str, message: str, expected: str, **params: object) -> TransferError:
    return TransferError(Problem(source, None, None, message, expected, tuple(params.items())))


def old_workbook_error(source: str) -> TransferError:
    return _fail(source, "the file is an Excel 97–2003 workbook (.xls) or a password-protected one, which "
                 "ConsultDesk cannot read",
                 "a workbook saved as .xlsx: open it in Excel or WPS, choose Save As ▸ Excel Workbook (.xlsx), "
                 "and import that file")


class Workbook:
    """An open workbook; close() it (or use it as a context manager)."""

    def __init__(self, path: Path, source: str) -> None:
        with path.open("rb") as handle:
            head = handle.read(8)
        if head == OLE_MAGIC:
            raise old_workbook_error(source)
        if not zipfile.is_zipfile(path):
            raise _fail(source, "the file is not an Excel workbook (it is not an .xlsx package)", _OPEN_EXPECTED)
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if "xl/workbook.xml" not in names and not any(n.endswith("/workbook.xml") for n in names):
            message = ("the file is a Word document, not an Excel workbook" if "word/document.xml" in names else
                       "the file is a PowerPoint file, not an Excel workbook" if "ppt/presentation.xml" in names else
                       "the file is a zip archive, not an Excel workbook")
            raise _fail(source, message, _OPEN_EXPECTED)
        try:
            from openpyxl import load_workbook

            self._book = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # noqa: BLE001 - openpyxl raises many types for a damaged package
            raise _fail(source, "the workbook is damaged and cannot be opened",
                        "an .xlsx file that Excel, WPS or LibreOffice opens") from None
        self.source = source
        self.sheet_names: tuple[str, ...] = tuple(self._book.sheetnames)

    def records(self, name: str, limit: int | None = None) -> list[list[str]]:
        """Rows of sheet *name* from row 1 (gaps kept, so record i is sheet row i + 1), at most *limit*."""
        return list(self._iter(name, limit))

    def _iter(self, name: str, limit: int | None) -> Iterator[list[str]]:
        sheet = self._book[name]
        if getattr(sheet, "max_row", None) is None:  # no stored dimension: let openpyxl scan
            sheet.reset_dimensions()
        for row in sheet.iter_rows(min_row=1, max_row=limit, values_only=True):
            yield [cell_text(v) for v in row]

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


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
    return str(value)
