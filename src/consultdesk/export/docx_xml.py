"""WordprocessingML as strings: the fast path of DocWriter.

Creating lxml elements one by one through python-docx costs ~4 µs each, and a specification of
5,000 requirements has over a million of them (and as many hundred bytes of memory each). Writing
the same markup as text costs a fraction of that; DocWriter either parses it in one go at the end
or splices it into document.xml while saving. User text is escaped here and nowhere else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from consultdesk.export.docx_widths import CELL_PADDING, TWIPS_PER_UNIT, lines_in

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Characters XML 1.0 cannot hold (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/FFFF):
# they are dropped; everything else (emoji, RTL, & and <) is kept exactly.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
EMPTY_P = "<w:p/>"
SPLIT_LINES = 18  # rows up to this many lines stay whole on one page


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _t(text: str) -> str:
    # xml:space="preserve" only where Word would otherwise drop or merge spaces
    if text[0] == " " or text[-1] == " " or "  " in text:
        return f'<w:t xml:space="preserve">{esc(text)}</w:t>'
    return f"<w:t>{esc(text)}</w:t>"


def run_xml(text: str, bold: bool = False) -> str:
    """One w:r for `text` ("" for no text): newlines become w:br, tabs w:tab."""
    text = clean(str(text))
    if not text:
        return ""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    if "\n" not in text and "\t" not in text:
        return f"<w:r>{rpr}{_t(text)}</w:r>"
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(_t(chunk))
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


@lru_cache(maxsize=256)
def ppr_xml(style_id: str | None = None, align: str | None = None, keep_next: bool = False) -> str:
    inner = ""
    if style_id:
        inner += f'<w:pStyle w:val="{esc(style_id)}"/>'
    if keep_next:
        inner += "<w:keepNext/>"
    if align:
        inner += f'<w:jc w:val="{align}"/>'
    return f"<w:pPr>{inner}</w:pPr>" if inner else ""


def paragraph_xml(text: str = "", style_id: str | None = None, bold: bool = False, align: str | None = None,
                  keep_next: bool = False) -> str:
    return f"<w:p>{ppr_xml(style_id, align, keep_next)}{run_xml(text, bold)}</w:p>"


class TableXml:
    """Prepared pieces of one table shape (styles, column widths), so each row is a few joins.

    Cell paragraphs use the "Table Text" / "Table Heading" paragraph styles (tight spacing, bold)
    instead of direct formatting, and widths come from the fixed grid: a few dozen bytes per cell
    instead of a few hundred, which is what keeps a 5,000-requirement specification small.
    """

    def __init__(self, style_id: str, twips: Sequence[int], text_style: str, heading_style: str) -> None:
        self.twips = list(twips)
        self.lines = 0  # estimated lines of every row written so far (the page estimate reads it)
        self.tall_lines = 0  # those of them in rows with CJK text
        self._capacity = [max(1, int((w - CELL_PADDING) / TWIPS_PER_UNIT)) for w in self.twips]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in self.twips)
        self.head = (
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{esc(style_id)}"/><w:tblW w:w="{sum(self.twips)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            f'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        )
        # Per (keep, first row): per column (plain cell, header cell, label cell) openings. The first
        # row of a table states each cell's width (w:tcW): LibreOffice ignores the grid of a fixed
        # table without it, and reads it from the first row only, so later rows stay small.
        self._openings: dict[tuple[bool, bool], list[tuple[str, str, str]]] = {}
        for keep in (False, True):
            k = "<w:keepNext/>" if keep else ""
            strong = f'<w:p><w:pPr><w:pStyle w:val="{esc(heading_style)}"/>{k}</w:pPr>'
            for first in (False, True):
                columns = []
                for width in self.twips:
                    tcw = f'<w:tcW w:w="{width}" w:type="dxa"/>' if first else ""
                    plain_pr = f"<w:tcPr>{tcw}</w:tcPr>" if first else ""
                    columns.append((
                        f'<w:tc>{plain_pr}<w:p><w:pPr><w:pStyle w:val="{esc(text_style)}"/>{k}</w:pPr>',
                        f'<w:tc><w:tcPr>{tcw}<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>{strong}',
                        f'<w:tc><w:tcPr>{tcw}<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>{strong}',
                    ))
                self._openings[(keep, first)] = columns

    def row(self, cells: Sequence[object], header: bool = False, bold_first: bool = False, keep: bool = False,
            first: bool = False) -> str:
        """A w:tr; a header row repeats on every page and is shaded. A row that fits on a page is
        kept whole (cantSplit); a longer one may break, or Word would cut it off at the page end.
        keep=True keeps the row on the page of the next one (Word's way to keep a table together)."""
        openings = self._openings[(keep, first)]
        texts = ["" if value is None else str(value) for value in cells[:len(self.twips)]]
        texts += [""] * (len(self.twips) - len(texts))
        lines = self.row_lines(texts)
        self.lines += lines
        if not all(t.isascii() for t in texts):  # CJK fonts have taller lines
            self.tall_lines += lines
        if header:
            out = ["<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
        elif lines <= SPLIT_LINES:
            out = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
        else:
            out = ["<w:tr>"]
        for index, text in enumerate(texts):
            plain, header_cell, label = openings[index]
            if header:
                opening = header_cell
            elif bold_first and index == 0:
                opening = label
            else:
                opening = plain
            out.append(f"{opening}{run_xml(text)}</w:p></w:tc>")
        out.append("</w:tr>")
        return "".join(out)

    def row_lines(self, texts: Sequence[str]) -> int:
        """Estimated height of a row in lines (its tallest cell)."""
        tallest = 1
        for text, capacity, width in zip(texts, self._capacity, self.twips, strict=False):
            # Cheap bound first: a cell that cannot fill a line, even in wide characters, is one line.
            if len(text) * 2 <= capacity and "\n" not in text:
                continue
            tallest = max(tallest, lines_in(text, width))
        return tallest

    def table(self, header: Sequence[object] | None, rows: Sequence[Sequence[object]], bold_first: bool = False,
              keep_together: bool = False) -> str:
        return "".join(self.parts(header, rows, bold_first, keep_together))

    def parts(self, header: Sequence[object] | None, rows: Sequence[Sequence[object]], bold_first: bool = False,
              keep_together: bool = False) -> Iterator[str]:
        """The table's markup row by row (a long table is encoded piece by piece, never one big str)."""
        yield self.head
        if header:
            yield self.row(header, header=True, keep=keep_together, first=True)
        last = len(rows) - 1
        for i, r in enumerate(rows):
            yield self.row(r, bold_first=bold_first, keep=keep_together and i < last, first=i == 0 and not header)
        yield "</w:tbl>"
