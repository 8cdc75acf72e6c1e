"""DocWriter: the shared way every ConsultDesk document is written (spec, summary, diagnosis, dispute).

Why not python-docx's add_paragraph/add_table: each styled call scans the style list and add_table
looks up the section, so a document of thousands of tables becomes quadratic. DocWriter resolves
styles once, builds each element directly as WordprocessingML and appends it in front of the body's
final w:sectPr, so writing is linear. python-docx is still used for the package, styles and pictures.

Usage:
    w = DocWriter(template=request.template, lang=request.lang)
    w.cover(title, [(label, value), ...]); w.toc(labels("toc")); w.heading("Background", 1)
    w.paragraphs(text); w.table([...header...], [[...], ...]); w.picture(png, 16)
    doc = w.finish(header_text=engagement_title, page_format=labels("page_x_of_y"))
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from consultdesk.export.docx_fields import (
    clean,
    fill_header_footer,
    request_field_update,
    text_run,
    toc_paragraphs,
)
from consultdesk.export.docx_styles import USED_STYLES, apply_east_asian, ensure_styles

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class TemplateError(ValueError):
    """The chosen company template cannot be read as a Word document (message is user-facing)."""


def default_template() -> Path:
    from consultdesk.paths import resource

    return resource("templates", "default.docx")


def new_document(template: Path | None = None) -> Any:
    """A python-docx Document from `template` (or the shipped default) with an empty body.

    The template's styles, page set-up, headers/footers (a logo) and fonts stay; its body text goes.
    A .dotx is accepted by rewriting its content type in memory.
    """
    import docx

    path = Path(template) if template else default_template()
    if not path.is_file():
        if template:
            raise TemplateError(f"The template {path} does not exist.")
        return _emptied(docx.Document())  # a source checkout without the generated default
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".dotx":
            data = _dotx_as_docx(data)
        doc = docx.Document(io.BytesIO(data))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError(f"The template {path.name} is not a Word document ({exc}).") from exc
    return _emptied(doc)


def _dotx_as_docx(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            blob = source.read(item)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(_DOTX, _DOCX)
            target.writestr(item, blob)
    return out.getvalue()


def _emptied(doc: Any) -> Any:
    body = doc.element.body
    for child in list(body):
        if child.tag != _W + "sectPr":
            body.remove(child)
    return doc


class DocWriter:
    """Appends headings, paragraphs, tables and pictures to a new document in linear time."""

    def __init__(self, template: Path | None = None, lang: str = "en", extra_styles: Sequence[str] = ()) -> None:
        self.doc = new_document(template)
        self.lang = lang
        self.style_ids = ensure_styles(self.doc, tuple(USED_STYLES) + tuple(extra_styles))
        apply_east_asian(self.doc, self.style_ids.values(), lang)
        body = self.doc.element.body
        self._body = body
        self._sect_pr = body.find(_W + "sectPr")
        self._numbers = [0, 0, 0]
        self._headings: list[tuple[int, str]] = []
        self._toc_anchor: Any = None
        self._toc_placeholder = ""
        self._has_cover = False
        self._numbered_by_style = {lvl: self._style_has_numbering(f"Heading {lvl}") for lvl in (1, 2, 3)}
        self._text_width = self._usable_width()

    # -- low level -------------------------------------------------------------------------------
    def append(self, element: Any) -> Any:
        if self._sect_pr is not None:
            self._sect_pr.addprevious(element)
        else:
            self._body.append(element)
        return element

    def make_paragraph(self, text: str = "", style: str | None = None, bold: bool = False,
                       align: str | None = None) -> Any:
        p = OxmlElement("w:p")
        style_id = self.style_ids.get(style) if style else None
        if style_id or align:
            ppr = OxmlElement("w:pPr")
            if style_id:
                ps = OxmlElement("w:pStyle")
                ps.set(qn("w:val"), style_id)
                ppr.append(ps)
            if align:
                jc = OxmlElement("w:jc")
                jc.set(qn("w:val"), align)
                ppr.append(jc)
            p.append(ppr)
        if text:
            p.append(text_run(text, bold=bold))
        return p

    # -- content ---------------------------------------------------------------------------------
    def paragraph(self, text: str, style: str | None = None, bold: bool = False, align: str | None = None) -> Any:
        return self.append(self.make_paragraph(text, style, bold, align))

    def paragraphs(self, text: str, empty: str = "", style: str | None = None) -> None:
        """Multi-line text as one paragraph per line (blank lines kept); `empty` when there is none."""
        text = clean(text)
        if not text.strip():
            if empty:
                self.paragraph(empty, style)
            return
        for line in text.split("\n"):
            self.paragraph(line, style)

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(item, "List Bullet")

    def heading(self, text: str, level: int = 1, numbered: bool = True) -> str:
        """A Heading 1-3 paragraph, numbered "1", "1.2", "1.2.3" unless the template numbers them."""
        level = min(max(level, 1), 3)
        shown = text
        if numbered:
            self._numbers[level - 1] += 1
            for deeper in range(level, 3):
                self._numbers[deeper] = 0
            if not self._numbered_by_style[level]:
                shown = ".".join(str(n) for n in self._numbers[:level]) + "  " + text
        self._headings.append((level, shown))
        self.paragraph(shown, f"Heading {level}")
        return shown

    def page_break(self) -> None:
        p = OxmlElement("w:p")
        run = OxmlElement("w:r")
        br = OxmlElement("w:br")
        br.set(qn("w:type"), "page")
        run.append(br)
        p.append(run)
        self.append(p)

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[str]],
              widths: Sequence[float] | None = None, bold_first_column: bool = False) -> Any:
        """A bordered table (Table Grid) whose header row repeats on every page and is shaded."""
        columns = len(header) if header else max((len(r) for r in rows), default=1)
        fractions = list(widths) if widths else [1.0] * columns
        total = sum(fractions) or 1.0
        twips = [int(self._text_width * f / total) for f in fractions]
        tbl = OxmlElement("w:tbl")
        tbl.append(self._tbl_pr())
        grid = OxmlElement("w:tblGrid")
        for w in twips:
            col = OxmlElement("w:gridCol")
            col.set(qn("w:w"), str(w))
            grid.append(col)
        tbl.append(grid)
        if header:
            tbl.append(self._row(header, twips, header=True))
        for row in rows:
            tbl.append(self._row(row, twips, bold_first=bold_first_column))
        self.append(tbl)
        self.append(OxmlElement("w:p"))  # Word needs a paragraph between adjacent tables
        return tbl

    def key_value_table(self, pairs: Sequence[tuple[str, str]], widths: Sequence[float] = (1, 3)) -> Any:
        return self.table(None, [list(p) for p in pairs], widths, bold_first_column=True)

    def picture(self, png: bytes, width_cm: float = 16.0, caption: str = "") -> None:
        from docx.shared import Cm
        from docx.text.paragraph import Paragraph

        p = self.append(self.make_paragraph(align="center"))
        Paragraph(p, self.doc._body).add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        if caption:
            self.paragraph(caption, "Caption", align="center")

    def toc(self, title: str, placeholder: str = "") -> None:
        """Mark where the table of contents goes; finish() writes the field with the headings."""
        self.paragraph(title, "TOC Heading")
        self._toc_anchor = self.append(OxmlElement("w:p"))
        self._toc_placeholder = placeholder

    def cover(self, title: str, fields: Sequence[tuple[str, str]], subtitle: str = "") -> None:
        """Cover page: title, subtitle, the key facts as a table, then a page break."""
        self._has_cover = True
        for _ in range(4):
            self.append(OxmlElement("w:p"))
        self.paragraph(title, "Title", align="center")
        if subtitle:
            self.paragraph(subtitle, "Subtitle", align="center")
        self.append(OxmlElement("w:p"))
        self.key_value_table(fields, widths=(1, 2))
        self.page_break()

    def finish(self, header_text: str, page_format: str) -> Any:
        """Write the TOC, header and footer; return the python-docx Document ready to save."""
        if self._toc_anchor is not None:
            for p in toc_paragraphs(self.style_ids, self._headings, self._toc_placeholder):
                self._toc_anchor.addprevious(p)
            self._body.remove(self._toc_anchor)
            self._toc_anchor = None
        fill_header_footer(self.doc, header_text, page_format, self.style_ids, plain_first_page=self._has_cover)
        request_field_update(self.doc)
        return self.doc

    # -- internals -------------------------------------------------------------------------------
    def _tbl_pr(self) -> Any:
        pr = OxmlElement("w:tblPr")
        style = OxmlElement("w:tblStyle")
        style.set(qn("w:val"), self.style_ids["Table Grid"])
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), "5000")
        width.set(qn("w:type"), "pct")
        look = OxmlElement("w:tblLook")
        look.set(qn("w:val"), "04A0")
        look.set(qn("w:firstRow"), "1")
        pr.extend([style, width, look])
        return pr

    def _row(self, cells: Sequence[str], twips: Sequence[int], header: bool = False, bold_first: bool = False) -> Any:
        tr = OxmlElement("w:tr")
        trpr = OxmlElement("w:trPr")
        trpr.append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
        if header:
            trpr.append(OxmlElement("w:tblHeader"))  # repeat the header row on each page
        tr.append(trpr)
        for index, width in enumerate(twips):
            text = str(cells[index]) if index < len(cells) and cells[index] is not None else ""
            tc = OxmlElement("w:tc")
            tcpr = OxmlElement("w:tcPr")
            tcw = OxmlElement("w:tcW")
            tcw.set(qn("w:w"), str(width))
            tcw.set(qn("w:type"), "dxa")
            tcpr.append(tcw)
            if header or (bold_first and index == 0):
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9E2F3" if header else "F2F2F2")
                tcpr.append(shd)
            tc.append(tcpr)
            p = self.make_paragraph(text, bold=header or (bold_first and index == 0))
            p.insert(0, self._compact_ppr())
            tc.append(p)
            tr.append(tc)
        return tr

    @staticmethod
    def _compact_ppr() -> Any:
        """Tight spacing inside table cells (Normal's paragraph spacing makes tables tall)."""
        ppr = OxmlElement("w:pPr")
        spacing = OxmlElement("w:spacing")
        for attr, val in (("w:before", "20"), ("w:after", "20"), ("w:line", "240"), ("w:lineRule", "auto")):
            spacing.set(qn(attr), val)
        ppr.append(spacing)
        return ppr

    def _style_has_numbering(self, name: str) -> bool:
        style_id = self.style_ids.get(name)
        for style in self.doc.styles.element.iterchildren(_W + "style"):
            if style.get(_W + "styleId") == style_id:
                return bool(style.xpath("./w:pPr/w:numPr"))
        return False

    def _usable_width(self) -> int:
        section = self.doc.sections[0]
        try:
            width = section.page_width - section.left_margin - section.right_margin
            return max(int(width / 635), 2000)  # EMU -> twips (1 twip = 635 EMU)
        except TypeError:
            return 9000  # a template without page size: about A4 minus 2.5 cm margins
