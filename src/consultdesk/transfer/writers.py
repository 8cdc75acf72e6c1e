"""Writing requirements to .csv (UTF-8 with BOM, so Excel shows Chinese) or .xlsx, in English or Chinese.

Every content field is a column, so export -> import into another engagement gives the same requirements;
a last, read-only "quadrant"/"象限" column shows where each requirement sits (import only compares it with
the scores). lang "zh_CN" writes the Chinese header names and values (业务型, 待确认, 是/否), which import
back exactly like the English ones. CSV cells that a spreadsheet would run as formulas are neutralised
(transfer.neutralise); .xlsx cells are typed as text instead, with a frozen header, an autofilter,
widths from the content, wrapped long text and drop-down lists for type, status, scores and core.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from consultdesk.domain.requirement_fields import EXPORT_FIELDS, export_header
from consultdesk.domain.requirement_rows import Problem, TransferError
from consultdesk.domain.requirement_values import format_value
from consultdesk.domain.requirements import Requirement
from consultdesk.export.save import write_atomic
from consultdesk.transfer.neutralise import neutralise
from consultdesk.transfer.xlsx_style import SheetStyle, style_sheet

QUADRANT_HEADERS = {"en": "quadrant", "zh": "象限"}


def _lang(lang: str) -> str:
    return "zh" if lang.startswith("zh") else "en"


def headers(lang: str = "en") -> list[str]:
    return [export_header(name, lang) for name in EXPORT_FIELDS] + [QUADRANT_HEADERS[_lang(lang)]]


def requirement_rows(requirements: Iterable[Requirement], lang: str = "en") -> list[list[str]]:
    return [[format_value(name, getattr(r, name), lang) for name in EXPORT_FIELDS] + [format_value("", r.quadrant, lang)]
            for r in requirements]


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Build the file in memory, then hand it to the app's one atomic writer (SaveError on failure)."""
    buffer = io.BytesIO()
    write(buffer)
    write_atomic(path, buffer.getvalue())


def check_suffix(path: Path, allowed: tuple[str, ...]) -> None:
    if path.suffix.lower() not in allowed:
        raise TransferError(Problem(path.name, None, None, 'files ending in "{suffix}" cannot be written',
                                    "a file name ending in " + " or ".join(allowed),
                                    (("suffix", path.suffix or "(none)"),)))


def write_requirements(path: Path, requirements: Iterable[Requirement], lang: str = "en") -> int:
    """Write by suffix (.csv or .xlsx); returns the number of rows. The file appears whole or not at all."""
    path = Path(path)
    check_suffix(path, (".csv", ".xlsx"))
    rows = requirement_rows(requirements, lang)
    names = headers(lang)
    if path.suffix.lower() == ".csv":
        write_atomically(path, lambda target: _write_csv(target, names, rows))
    else:
        write_atomically(path, lambda target: _write_xlsx(target, names, rows, lang))
    return len(rows)


def _write_csv(out: BinaryIO, names: list[str], rows: list[list[str]]) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")  # Excel's own line ending
    writer.writerow(names)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    out.write(text.getvalue().encode("utf-8-sig"))


def _write_xlsx(out: BinaryIO, names: list[str], rows: list[list[str]], lang: str) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("需求" if _lang(lang) == "zh" else "Requirements")
    fields = [*EXPORT_FIELDS, "quadrant"]
    style = SheetStyle(names, fields, lang, first_data_row=2, numeric=("value", "urgency", "cost"))
    style_sheet(sheet, style, rows)
    workbook.save(out)
