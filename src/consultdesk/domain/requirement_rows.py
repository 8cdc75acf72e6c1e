"""Checking a table of requirement rows before import: column mapping, cell rules, codes.

Pure: a reader (transfer/readers.py) turns a file into a Table; this module says which rows are valid and
why the others are not. Row numbers are the ones a spreadsheet shows (the header is row 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from consultdesk.domain import requirement_fields as rf
from consultdesk.domain.requirement_values import QUADRANT_LABELS, parse_quadrant, parse_score_cell
from consultdesk.domain.requirements import format_code, quadrant_for

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Problem:
    """Why a file or a row cannot be imported. `message` and `expected` are English templates ({name}
    placeholders filled from params) so the GUI can translate them; text() formats the full sentence."""

    source: str
    row: int | None
    column: str | None
    message: str
    expected: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, localise: Translate = _same) -> str:
        # row/column are placeholders too (a reader's message may name its row); a placeholder no param
        # fills stays visible as {name} rather than failing the whole report.
        params = _Params({"row": self.row, "column": self.column, **dict(self.params)})
        what = localise(self.message).format_map(params)
        if self.expected:
            what = localise("{what}; expected {expected}").format(what=what, expected=localise(self.expected).format_map(params))
        if self.row is None or "{row}" in self.message:
            return localise("{source}: {what}.").format(source=self.source, what=what)
        if self.column is None:
            return localise("{source}: row {row}: {what}.").format(source=self.source, row=self.row, what=what)
        return localise('{source}: row {row}, column "{column}": {what}.').format(
            source=self.source, row=self.row, column=self.column, what=what
        )


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class TransferError(Exception):
    """The whole file cannot be read or mapped (not UTF-8, not a workbook, too big, bad --map …)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.text())
        self.problem = problem


@dataclass
class Table:
    """Cells as text, as read from a file: headers and (spreadsheet row number, cells) per data row, and
    how the file was read (shown in the preview so a wrong guess can be seen and changed)."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    header_row: int = 1  # the sheet row (1-based) holding the headers
    encoding: str = ""  # CSV: the text encoding used ("UTF-8", "GB18030", "UTF-16 LE" …)
    separator: str = ""  # CSV: "," ";" or "\t"
    sheet: str = ""  # XLSX: the sheet read
    sheets: tuple[str, ...] = ()  # XLSX: every sheet of the workbook, in order


@dataclass
class ImportPlan:
    source: str
    mapping: dict[str, int]  # field -> column index
    rows: list[dict[str, Any]] = field(default_factory=list)  # valid rows: field -> stored value
    row_numbers: list[int] = field(default_factory=list)  # spreadsheet row of each valid row
    problems: list[Problem] = field(default_factory=list)
    rejected_rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)  # headers of columns not imported
    notices: list[Problem] = field(default_factory=list)  # imported, but worth saying (quadrant disagrees)

    @property
    def ok(self) -> bool:
        return not self.problems


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """field -> column index from the header names (first column naming a field wins)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        found = rf.field_for_header(header)
        if found is not None and found not in mapping:
            mapping[found] = index
    return mapping


def priority_column(headers: list[str], mapping: dict[str, int]) -> int | None:
    """The column stating the quadrant (优先级分类 / our export's quadrant), unless mapped to a field."""
    used = set(mapping.values())
    return next((i for i, h in enumerate(headers) if i not in used and rf.is_priority_header(h)), None)


def column_name(table: Table, index: int) -> str:
    """A column's header, or "column N" (1-based) for a column without one."""
    header = table.headers[index] if index < len(table.headers) else ""
    return header or f"column {index + 1}"


def ignored_columns(table: Table, mapping: dict[str, int]) -> list[str]:
    """Columns that hold a header or any data but feed no field (the quadrant column is read, not ignored)."""
    used = set(mapping.values())
    quadrant = priority_column(table.headers, mapping)
    width = max([len(table.headers), *(len(c) for _, c in table.rows)] or [0])
    out = []
    for index in range(width):
        if index in used or index == quadrant:
            continue
        named = index < len(table.headers) and table.headers[index].strip()
        if named or any(index < len(c) and c[index].strip() for _, c in table.rows):
            out.append(column_name(table, index))
    return out


def apply_overrides(table: Table, mapping: dict[str, int], overrides: Iterable[str]) -> dict[str, int]:
    """Apply --map FIELD=COLUMN items (field in English or Chinese; column header case-insensitive)."""
    result = dict(mapping)
    by_header = {rf.normalise_header(h): i for i, h in reversed(list(enumerate(table.headers)))}
    for item in overrides:
        name, sep, column = item.partition("=")
        target = rf.field_for_name(name) if sep else None
        if target is None:
            raise TransferError(Problem(
                table.source, None, None, '--map "{item}" does not name a requirement field',
                "FIELD=COLUMN with FIELD one of {fields}", (("item", item), ("fields", ", ".join(rf.FIELD_HEADERS))),
            ))
        index = by_header.get(rf.normalise_header(column))
        if index is None:
            raise TransferError(Problem(
                table.source, None, None, '--map "{item}": the file has no column "{column}"',
                "one of the headers {headers}", (("item", item), ("column", column),
                                                 ("headers", ", ".join(table.headers))),
            ))
        # A column feeds one field: an explicit mapping replaces a guess that used the same column.
        result = {f: i for f, i in result.items() if i != index}
        result[target] = index
    return result


def is_our_export(headers: list[str]) -> bool:
    """True for the header row ConsultDesk's own export writes (every field in order, then the quadrant),
    in either language."""
    cleaned = [h.strip() for h in headers]
    return any(cleaned == [rf.export_header(n, lang) for n in rf.EXPORT_FIELDS] + [quadrant]
               for lang, quadrant in (("en", "quadrant"), ("zh_CN", "象限")))


def single_quoted_columns(table: Table) -> set[int]:
    """Columns whose text some tools wrapped in single quotes ('like this'), to be unwrapped.

    Rule: every non-empty cell of the column starts or ends with ' and most have both. Such a column
    comes from an export that quoted text with ', not from people typing quotes.
    """
    found = set()
    for index in range(len(table.headers)):
        cells = [c[index] for _, c in table.rows if index < len(c) and c[index] != ""]
        if not cells:
            continue
        both = sum(1 for c in cells if len(c) >= 2 and c[0] == "'" and c[-1] == "'")
        if both * 2 > len(cells) and all(c[0] == "'" or c[-1] == "'" for c in cells):
            found.add(index)
    return found


def _unquote(text: str) -> str:
    if text.startswith("'"):
        text = text[1:]
    if text.endswith("'"):
        text = text[:-1]
    return text


_SCORES: dict[str, str] = {"value": rf.SCORE_EXPECTED, "urgency": rf.SCORE_EXPECTED, "cost": rf.COST_EXPECTED}
_PARSERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "type": (lambda t: rf.parse_type(t).value, rf.TYPE_EXPECTED),
    "status": (lambda t: rf.parse_status(t).value, rf.STATUS_EXPECTED),
    "is_core": (lambda t: int(rf.parse_bool(t)), rf.BOOL_EXPECTED),
}
_CELL_MESSAGES = {
    "not a number": '"{value}" is not a number',
    "not a whole number": '"{value}" is not a whole number',
    "out of range": "{value} is outside 1–5",
    "unknown type": '"{value}" is not a requirement type',
    "unknown status": '"{value}" is not a status',
    "not yes or no": '"{value}" is neither yes nor no',
}


def _shown(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


def validate(table: Table, mapping: dict[str, int], taken_codes: Iterable[str] = ()) -> ImportPlan:
    """Check every row; valid rows become field -> value dicts (code None = assign the next number)."""
    plan = ImportPlan(table.source, dict(mapping))
    if "title" not in mapping and "description" not in mapping:
        raise TransferError(Problem(
            table.source, None, None, "no column gives the requirement title",
            'a "title"/"标题"/"需求名称" column, or a "description" column to derive titles from',
        ))
    plan.ignored_columns = ignored_columns(table, mapping)
    quadrant_column = priority_column(table.headers, mapping)
    # Our own export writes text exactly as typed (quotes included): only other tools' files are unwrapped.
    quoted = set() if is_our_export(table.headers) else single_quoted_columns(table)
    taken = set(taken_codes)
    first_row_of_code: dict[str, int] = {}
    for row_number, cells in table.rows:
        if not any(c.strip() for c in cells):
            continue  # blank line between records: nothing to import, nothing wrong
        values, problems = _check_row(table, mapping, quoted, row_number, cells)
        code = values.get("code")
        if code:
            column = table.headers[mapping["code"]]
            if code in taken:
                problems.append(Problem(table.source, row_number, column,
                                        'code "{value}" already exists in this engagement',
                                        "a new code, or an empty cell for the next REQ number",
                                        (("value", code),)))
            elif code in first_row_of_code:
                problems.append(Problem(table.source, row_number, column, 'code "{value}" is already used on row {other}',
                                        "each code once", (("value", code), ("other", first_row_of_code[code]))))
            else:
                first_row_of_code[code] = row_number
        if problems:
            plan.problems.extend(problems)
            plan.rejected_rows += 1
        else:
            if quadrant_column is not None:
                plan.notices.extend(_check_quadrant(table, quadrant_column, row_number, cells, values))
            plan.rows.append(values)
            plan.row_numbers.append(row_number)
    return plan


def _check_quadrant(table: Table, column: int, row_number: int, cells: list[str], values: dict[str, Any]) -> list[Problem]:
    stated = cells[column].strip() if column < len(cells) else ""
    if not stated:
        return []
    value, urgency = values.get("value", 3), values.get("urgency", 3)
    found = quadrant_for(value, urgency)
    params = (("stated", _shown(stated)), ("value", value), ("urgency", urgency),
              ("quadrant", QUADRANT_LABELS["en"][found]))
    quadrant = parse_quadrant(stated)
    if quadrant is None:
        return [Problem(table.source, row_number, column_name(table, column),
                        '"{stated}" is not a quadrant ConsultDesk can read; imported by the scores '
                        "(value {value}, urgency {urgency}: {quadrant})", "", params)]
    if quadrant is found:
        return []
    return [Problem(table.source, row_number, column_name(table, column),
                    '"{stated}" disagrees with value {value} and urgency {urgency}; imported by the scores '
                    "as {quadrant}", "", params)]


def _check_row(
    table: Table, mapping: dict[str, int], quoted: set[int], row_number: int, cells: list[str]
) -> tuple[dict[str, Any], list[Problem]]:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    reasons: list[str] = []
    for name, index in mapping.items():
        raw = cells[index] if index < len(cells) else ""
        if index in quoted:
            raw = _unquote(raw)
        if name in _SCORES:
            if raw.strip() == "":
                continue  # an empty score keeps the default (value/urgency 3, no cost)
            try:
                values[name], reason = parse_score_cell(raw, _SCORES[name])
            except rf.CellError as exc:
                problems.append(Problem(table.source, row_number, column_name(table, index),
                                        _CELL_MESSAGES[exc.template], exc.expected, (("value", _shown(raw)),)))
                continue
            if reason:  # "4（提升客户工作效率）": the reason goes to the notes, labelled by its column
                header = rf.short_header(column_name(table, index))
                reasons.append(f"{header}{'：' if not header.isascii() else ': '}{reason}")
        elif name in _PARSERS:
            if raw.strip() == "":
                continue  # an empty score/type/status keeps the default (value 3, business, proposed …)
            parse, expected = _PARSERS[name]
            try:
                values[name] = parse(raw)
            except rf.CellError as exc:
                problems.append(Problem(table.source, row_number, table.headers[index],
                                        _CELL_MESSAGES[exc.template], exc.expected, (("value", _shown(raw)),)))
        elif name == "code":
            values[name] = raw.strip() or None
        else:
            values[name] = raw  # text is kept exactly as written (line breaks, inner blanks)
    if reasons:
        values["notes"] = "\n".join([values["notes"], *reasons] if values.get("notes") else reasons)
    if "title" in mapping:
        if not values.get("title", "").strip():
            problems.append(Problem(table.source, row_number, table.headers[mapping["title"]],
                                    "the title is empty", "a title (any text)"))
    elif values.get("description", "").strip():
        values["title"] = rf.derive_title(values["description"])
    else:
        problems.append(Problem(table.source, row_number, table.headers[mapping["description"]],
                                "the description is empty, so no title can be derived from it",
                                "some text"))
    return values, problems


def assign_codes(rows: list[dict[str, Any]], taken_codes: Iterable[str], start_seq: int) -> list[dict[str, Any]]:
    """Give each row its seq (import order, after the engagement's last) and its code: a code given in the
    file is kept; an empty one gets the next REQ-NNN not used in the engagement or elsewhere in the file."""
    used = set(taken_codes) | {r["code"] for r in rows if r.get("code")}
    number = start_seq
    out = []
    for offset, row in enumerate(rows):
        code = row.get("code")
        if not code:
            number = max(number, start_seq + offset)  # keep codes in step with the import order
            while format_code(number) in used:
                number += 1
            code = format_code(number)
            used.add(code)
            number += 1
        out.append({**row, "code": code, "seq": start_seq + offset})
    return out
