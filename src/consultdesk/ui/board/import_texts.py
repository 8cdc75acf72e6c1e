"""The English templates of import/export problems (consultdesk.transfer), listed for translation.

transfer/ and domain/ have no Qt, so their sentences are templates with {placeholders}; the GUI translates
each part in the "ImportProblems" context before filling it in. lupdate finds them here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.domain.requirement_rows import Problem

_CONTEXT = "ImportProblems"

TEMPLATES = (
    # sentence frames
    QT_TRANSLATE_NOOP("ImportProblems", "{source}: {what}."),
    QT_TRANSLATE_NOOP("ImportProblems", "{source}: row {row}: {what}."),
    QT_TRANSLATE_NOOP("ImportProblems", '{source}: row {row}, column "{column}": {what}.'),
    QT_TRANSLATE_NOOP("ImportProblems", "{what}; expected {expected}"),
    # cells
    QT_TRANSLATE_NOOP("ImportProblems", '"{value}" is not a number'),
    QT_TRANSLATE_NOOP("ImportProblems", '"{value}" is not a whole number'),
    QT_TRANSLATE_NOOP("ImportProblems", "{value} is outside 1–5"),
    QT_TRANSLATE_NOOP("ImportProblems", '"{value}" is not a requirement type'),
    QT_TRANSLATE_NOOP("ImportProblems", '"{value}" is not a status'),
    QT_TRANSLATE_NOOP("ImportProblems", '"{value}" is neither yes nor no'),
    QT_TRANSLATE_NOOP("ImportProblems", "the title is empty"),
    QT_TRANSLATE_NOOP("ImportProblems", "the description is empty, so no title can be derived from it"),
    QT_TRANSLATE_NOOP("ImportProblems", 'code "{value}" already exists in this engagement'),
    QT_TRANSLATE_NOOP("ImportProblems", 'code "{value}" is already used on row {other}'),
    # what was expected
    QT_TRANSLATE_NOOP("ImportProblems", "a whole number from 1 to 5, or high/medium/low (高/中/低)"),
    QT_TRANSLATE_NOOP("ImportProblems", "a whole number from 1 to 5, high/medium/low (高/中/低), or an empty cell"),
    QT_TRANSLATE_NOOP("ImportProblems", "business/业务型, experience/体验型, strategic/战略型 or technical/技术型"),
    QT_TRANSLATE_NOOP("ImportProblems", "proposed/提出, to_confirm/待确认, confirmed/已确认, rejected/已拒绝, "
                                        "in_progress/进行中 or done/完成"),
    QT_TRANSLATE_NOOP("ImportProblems", "yes/no, true/false, 1/0 or 是/否"),
    QT_TRANSLATE_NOOP("ImportProblems", "a title (any text)"),
    QT_TRANSLATE_NOOP("ImportProblems", "some text"),
    QT_TRANSLATE_NOOP("ImportProblems", "a new code, or an empty cell for the next REQ number"),
    QT_TRANSLATE_NOOP("ImportProblems", "each code once"),
    # imported, but worth saying
    QT_TRANSLATE_NOOP("ImportProblems", '"{stated}" disagrees with value {value} and urgency {urgency}; imported by '
                                        "the scores as {quadrant}"),
    QT_TRANSLATE_NOOP("ImportProblems", '"{stated}" is not a quadrant ConsultDesk can read; imported by the scores '
                                        "(value {value}, urgency {urgency}: {quadrant})"),
    # whole file
    QT_TRANSLATE_NOOP("ImportProblems", "no column gives the requirement title"),
    QT_TRANSLATE_NOOP("ImportProblems", 'a "title"/"标题"/"需求名称" column, or a "description" column to derive '
                                        "titles from"),
    QT_TRANSLATE_NOOP("ImportProblems", '--map "{item}" does not name a requirement field'),
    QT_TRANSLATE_NOOP("ImportProblems", "FIELD=COLUMN with FIELD one of {fields}"),
    QT_TRANSLATE_NOOP("ImportProblems", '--map "{item}": the file has no column "{column}"'),
    QT_TRANSLATE_NOOP("ImportProblems", "one of the headers {headers}"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file does not exist"),
    QT_TRANSLATE_NOOP("ImportProblems", "an existing .csv or .xlsx file"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is {size} MB, larger than the {limit} MB ConsultDesk imports at once"),
    QT_TRANSLATE_NOOP("ImportProblems", "a smaller file: split it and import the parts"),
    QT_TRANSLATE_NOOP("ImportProblems", 'files ending in "{suffix}" cannot be imported'),
    QT_TRANSLATE_NOOP("ImportProblems", "a .csv, .tsv, .txt or .xlsx file"),
    QT_TRANSLATE_NOOP("ImportProblems", 'files ending in "{suffix}" cannot be written'),
    QT_TRANSLATE_NOOP("ImportProblems", "a file name ending in .csv or .xlsx"),
    QT_TRANSLATE_NOOP("ImportProblems", "a file name ending in .xlsx"),
    QT_TRANSLATE_NOOP("ImportProblems", "line {line}, byte {column} (0x{byte}) is not text in {encoding} or any "
                                        "other encoding ConsultDesk knows"),
    QT_TRANSLATE_NOOP("ImportProblems", 'a text file (in Excel: Save As "CSV UTF-8")'),
    QT_TRANSLATE_NOOP("ImportProblems", "the file contains NUL bytes, so it is not a CSV text file"),
    QT_TRANSLATE_NOOP("ImportProblems", "a .csv text file"),
    QT_TRANSLATE_NOOP("ImportProblems", "line {line}: a cell is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("ImportProblems", "shorter cells (split the text)"),
    QT_TRANSLATE_NOOP("ImportProblems", 'line {line}: a quote (") opens a cell that is not closed properly, so the '
                                        "rows after it would run together"),
    QT_TRANSLATE_NOOP("ImportProblems", 'a closing quote at the end of the cell, and doubled quotes ("") inside it'),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is not an Excel workbook (it is not an .xlsx package)"),
    QT_TRANSLATE_NOOP("ImportProblems", "an .xlsx file saved by Excel, WPS or LibreOffice"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is a Word document, not an Excel workbook"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is a PowerPoint file, not an Excel workbook"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is a zip archive, not an Excel workbook"),
    QT_TRANSLATE_NOOP("ImportProblems", "the workbook is damaged and cannot be opened"),
    QT_TRANSLATE_NOOP("ImportProblems", "an .xlsx file that Excel, WPS or LibreOffice opens"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is an Excel 97–2003 workbook (.xls) that cannot be read (it may "
                                        "be password-protected or damaged)"),
    QT_TRANSLATE_NOOP("ImportProblems", "a workbook saved as .xlsx: open it in Excel or WPS, choose Save As ▸ Excel "
                                        "Workbook (.xlsx), and import that file"),
    QT_TRANSLATE_NOOP("ImportProblems", "the workbook has no worksheet"),
    QT_TRANSLATE_NOOP("ImportProblems", "a workbook with the requirements on a sheet"),
    QT_TRANSLATE_NOOP("ImportProblems", 'the workbook has no sheet named "{sheet}"'),
    QT_TRANSLATE_NOOP("ImportProblems", "one of the sheets {sheets}"),
    QT_TRANSLATE_NOOP("ImportProblems", "header row {row} does not exist"),
    QT_TRANSLATE_NOOP("ImportProblems", "a row number from 1"),
    QT_TRANSLATE_NOOP("ImportProblems", "row {row} is empty, so it cannot be the header row"),
    QT_TRANSLATE_NOOP("ImportProblems", "the number of the row that names the columns"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportProblems", "a header row naming the columns, then one row per requirement"),
)


def problem_text(problem: Problem) -> str:
    """The problem as one sentence in the UI language."""
    return problem.text(lambda text: QCoreApplication.translate(_CONTEXT, text))
