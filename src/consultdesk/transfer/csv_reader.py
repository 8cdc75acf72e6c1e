"""CSV/TSV text into records: the encoding (transfer.encoding), the separator, and quotes checked strictly.

Separator: comma, semicolon (Excel where the decimal mark is a comma) or tab (Excel's "Unicode text",
.tsv), whichever occurs most outside quotes in the first lines; a .tsv file prefers tab.
Formula neutralisation (transfer.neutralise) is undone cell by cell.
Quotes: parsed by Python's csv module in strict mode, so a cell that opens a quote and never closes it
is refused naming the line where it starts, instead of swallowing the rows after it into one cell.
"""

from __future__ import annotations

import csv
import io

from consultdesk.domain.requirement_rows import Problem, TransferError
from consultdesk.transfer.encoding import decode_text
from consultdesk.transfer.neutralise import restore

MAX_FIELD_CHARS = 1_000_000  # csv's default 128 KB field limit would refuse a long pasted document
SEPARATORS = (",", ";", "\t")
_SNIFF_CHARS = 16 * 1024


def _fail(source: str, message: str, expected: str, **params: object) -> TransferError:
    return TransferError(Problem(source, None, None, message, expected, tuple(params.items())))


def sniff_separator(text: str, prefer: str = ",") -> str:
    """The separator occurring most often outside quoted cells at the start of *text* (ties: *prefer*)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for char in text[:_SNIFF_CHARS]:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    if best == 0 or counts[prefer] == best:
        return prefer
    return next(s for s in SEPARATORS if counts[s] == best)


def read_csv_records(data: bytes, source: str, prefer: str = ",") -> tuple[list[list[str]], str, str]:
    """(records, encoding name, separator) of a CSV/TSV file, or TransferError with one sentence."""
    text, encoding = decode_text(data, source)
    if "\x00" in text:
        raise _fail(source, "the file contains NUL bytes, so it is not a CSV text file", "a .csv text file")
    separator = sniff_separator(text, prefer)
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    start_line = 1
    try:
        for record in reader:
            # Undo formula neutralisation ("'=x" -> "=x"): only cells starting with a quote can carry it.
            if any(cell[:1] == "'" for cell in record):
                record = [restore(cell) for cell in record]
            records.append(record)
            start_line = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _fail(source, "line {line}: a cell is longer than {limit} characters",
                        "shorter cells (split the text)", line=start_line, limit=f"{MAX_FIELD_CHARS:,}") from None
        raise _fail(source, 'line {line}: a quote (") opens a cell that is not closed properly, so the rows '
                    "after it would run together",
                    'a closing quote at the end of the cell, and doubled quotes ("") inside it',
                    line=start_line) from None
    finally:
        csv.field_size_limit(previous_limit)
    return records, encoding, separator
