"""Reading a requirements file (.csv or .xlsx) into a Table of text cells, or one precise TransferError.

CSV: UTF-8 with or without BOM, Python's csv module (quoted commas, doubled quotes, line breaks inside
quotes). Row numbers count records the way a spreadsheet shows them (header = row 1), so a record with a
line break inside a quoted cell is still one row. XLSX: the first sheet, through openpyxl in read-only mode.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from consultdesk.domain.requirement_rows import Problem, Table, TransferError

# Bigger files are refused before reading: 20 MB of CSV is ~50,000 detailed requirements, far more than an
# engagement has; a bigger file is almost always the wrong file (a log, a database dump).
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIELD_CHARS = 1_000_000  # csv's default 128 KB field limit would refuse a long pasted document


def _fail(source: str, message: str, expected: str = "", row: int | None = None, **params: Any) -> TransferError:
    return TransferError(Problem(source, row, None, message, expected, tuple(params.items())))


def read_table(path: Path, display_name: str | None = None) -> Table:
    """Read *path* by its suffix; raise TransferError with a sentence naming the file and the problem."""
    path = Path(path)
    source = display_name or path.name
    if not path.is_file():
        raise _fail(source, "the file does not exist", "an existing .csv or .xlsx file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _fail(source, "the file is {size} MB, larger than the {limit} MB ConsultDesk imports at once",
                    "a smaller file: split it and import the parts",
                    size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix == ".txt":
        return _read_csv(path.read_bytes(), source)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, source)
    raise _fail(source, 'files ending in "{suffix}" cannot be imported', "a .csv or .xlsx file",
                suffix=path.suffix or "(none)")


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(source, "the file is UTF-16 text", 'UTF-8 text (in Excel: Save As "CSV UTF-8")')
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(source, "line {line}, byte {column} (0x{byte}) is not UTF-8 text",
                    'UTF-8 text (in Excel: Save As "CSV UTF-8"; GBK/ANSI files must be converted)',
                    line=line, column=column, byte=f"{data[exc.start]:02X}") from None


def _read_csv(data: bytes, source: str) -> Table:
    text = _decode(data, source)
    if "\x00" in text:
        raise _fail(source, "the file contains NUL bytes, so it is not a CSV text file", "a .csv text file")
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        raise _fail(source, "row {row} cannot be read as CSV ({reason})", "well-formed CSV",
                    row=len(records) + 1, reason=str(exc)) from None
    finally:
        csv.field_size_limit(previous_limit)
    return _table(source, records, start_row=1)


def _read_xlsx(path: Path, source: str) -> Table:
    if not zipfile.is_zipfile(path):
        raise _fail(source, "the file is not an Excel workbook (it is not an .xlsx package)",
                    "an .xlsx file saved by Excel, WPS or LibreOffice")
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a damaged or foreign zip
        raise _fail(source, "the file cannot be opened as an Excel workbook ({reason})",
                    "an .xlsx file saved by Excel, WPS or LibreOffice", reason=type(exc).__name__) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _fail(source, "the workbook has no worksheet", "a workbook whose first sheet holds the rows")
        # From row 1 explicitly, gaps included, so record i is sheet row i + 1 whatever the used range.
        records = [[_cell_text(v) for v in row] for row in sheet.iter_rows(min_row=1, values_only=True)]
    finally:
        workbook.close()
    return _table(source, records, start_row=1)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _table(source: str, records: list[list[str]], start_row: int) -> Table:
    # The header is the first non-blank record; row numbers stay those of the sheet.
    for offset, record in enumerate(records):
        if any(cell.strip() for cell in record):
            headers = [cell.strip() for cell in record]
            rows = [(start_row + offset + 1 + i, r) for i, r in enumerate(records[offset + 1:])]
            return Table(source, headers, rows)
    raise _fail(source, "the file is empty", "a header row naming the columns, then one row per requirement")
