"""Reading a requirements file into a Table of text cells, or one precise TransferError.

CSV/TSV/TXT: any common encoding and separator (transfer.csv_reader). Workbooks (.xlsx, .xlsm, .xls,
.ods): through python-calamine (transfer.xlsx_reader). Row numbers count records the way a spreadsheet shows
them (sheet row 1 = record 1), so a record with a line break inside a quoted cell is still one row.

Which sheet and which row hold the headers: real sheets carry a merged title row, a two-level header or
their data on a later sheet. Unless told (sheet=, header_row=), the first sheet with a row, within its
first 10 rows, naming at least two requirement fields is taken, with that row as the header; a lower
header cell that names nothing is read together with the merged cell above it ("评分" over "价值").
With no such row anywhere: the first sheet and its first non-blank row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from consultdesk.domain import requirement_fields as rf
from consultdesk.domain.requirement_rows import Problem, Table, TransferError
from consultdesk.transfer.csv_reader import read_csv_records
from consultdesk.transfer.xlsx_reader import OLE_MAGIC, Workbook

# Bigger files are refused before reading: 20 MB of CSV is ~50,000 detailed requirements, far more than an
# engagement has; a bigger file is almost always the wrong file (a log, a database dump).
MAX_FILE_BYTES = 20 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
MIN_RECOGNISED = 2
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def _fail(source: str, message: str, expected: str = "", **params: Any) -> TransferError:
    return TransferError(Problem(source, None, None, message, expected, tuple(params.items())))


def read_table(path: Path, display_name: str | None = None, sheet: str | None = None,
               header_row: int | None = None) -> Table:
    """Read *path* by its suffix and content; raise TransferError with a sentence naming the problem."""
    path = Path(path)
    source = display_name or path.name
    if not path.is_file():
        raise _fail(source, "the file does not exist", "an existing .csv or .xlsx file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _fail(source, "the file is {size} MB, larger than the {limit} MB ConsultDesk imports at once",
                    "a smaller file: split it and import the parts",
                    size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // (1024 * 1024))
    if header_row is not None and header_row < 1:
        raise _fail(source, "header row {row} does not exist", "a row number from 1", row=header_row)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + WORKBOOK_SUFFIXES:
        raise _fail(source, 'files ending in "{suffix}" cannot be imported', "a .csv, .tsv, .txt or .xlsx file",
                    suffix=path.suffix or "(none)")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04") or head == OLE_MAGIC or suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path, source, sheet, header_row)  # also a workbook saved under another name
    records, encoding, separator = read_csv_records(path.read_bytes(), source, "\t" if suffix == ".tsv" else ",")
    table = _table(source, records, header_row)
    table.encoding, table.separator = encoding, separator
    return table


def _read_workbook(path: Path, source: str, sheet: str | None, header_row: int | None) -> Table:
    with Workbook(path, source) as book:
        if not book.sheet_names:
            raise _fail(source, "the workbook has no worksheet", "a workbook with the requirements on a sheet")
        if sheet is not None:
            name = _sheet_named(book.sheet_names, sheet, source)
        else:  # found even when the header row is given: "--header-row 3" alone still finds the data sheet
            name = next((n for n in book.visible_names
                         if find_header(book.records(n, HEADER_SEARCH_ROWS))[1] is not None), book.visible_names[0])
        table = _table(source, book.records(name), header_row)
        table.sheet, table.sheets = name, book.sheet_names
    return table


def _sheet_named(names: tuple[str, ...], wanted: str, source: str) -> str:
    key = rf.normalise_header(wanted)
    for name in names:
        if rf.normalise_header(name) == key:
            return name
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(names):
        return names[int(wanted) - 1]
    raise _fail(source, 'the workbook has no sheet named "{sheet}"', "one of the sheets {sheets}",
                sheet=wanted, sheets=", ".join(f'"{n}"' for n in names))


def combined_headers(upper: list[str], lower: list[str]) -> list[str]:
    """The header row *lower* read with the row above it (a two-level header with merged upper cells)."""
    carried, last = [], ""
    for index in range(len(lower)):
        cell = upper[index].strip() if index < len(upper) else ""
        last = cell or last
        carried.append(last)
    out = []
    for index, cell in enumerate(lower):
        name, above = cell.strip(), carried[index]
        if not rf.recognised(name) and above:
            if not name and rf.recognised(above) and index < len(upper) and upper[index].strip():
                name = above  # a header merged down over both rows ("备注")
            else:
                name = next((c for c in (above + name, name + above, f"{above} {name}") if rf.recognised(c)), name)
        out.append(name)
    return out


def find_header(records: list[list[str]]) -> tuple[list[str], int | None]:
    """(headers, record index) of the first of the first 10 rows naming at least two fields, or ([], None)."""
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        headers = combined_headers(records[index - 1], record) if index else [c.strip() for c in record]
        if sum(1 for h in headers if rf.recognised(h)) >= MIN_RECOGNISED:
            return headers, index
    return [], None


def _table(source: str, records: list[list[str]], header_row: int | None) -> Table:
    if header_row is not None:
        index = header_row - 1
        if index >= len(records) or not any(c.strip() for c in records[index]):
            raise _fail(source, "row {row} is empty, so it cannot be the header row",
                        "the number of the row that names the columns", row=header_row)
        headers = combined_headers(records[index - 1], records[index]) if index else [c.strip() for c in records[index]]
    else:
        headers, found = find_header(records)
        if found is None:
            found = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
            if found is None:
                raise _fail(source, "the file is empty",
                            "a header row naming the columns, then one row per requirement")
            headers = [c.strip() for c in records[found]]
        index = found
    rows = [(index + 2 + i, r) for i, r in enumerate(records[index + 1:])]
    return Table(source, headers, rows, header_row=index + 1)
