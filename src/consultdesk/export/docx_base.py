"""DocWriter: the shared way every ConsultDesk document is written (spec, summary, diagnosis, dispute).

Why not python-docx's add_paragraph/add_table: each styled call scans the style list and add_table
looks up the section, so a document of thousands of tables becomes quadratic, and every lxml element
costs microseconds and hundreds of bytes. DocWriter resolves styles once and writes the body as
WordprocessingML text (docx_xml), which finish() parses in one go, or, for a very large document,
splices into document.xml while saving (docx_splice) so the body never exists as a tree. python-docx
still provides the package, styles, header/footer and pictures.

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

from consultdesk.export.docx_fields import fill_header_footer, toc_xml
from consultdesk.export.docx_splice import defer_body, materialize_body
from consultdesk.export.docx_styles import USED_STYLES, apply_east_asian, ensure_styles
from consultdesk.export.docx_widths import PageEstimate, column_twips, label_column_twips
from consultdesk.export.docx_xml import EMPTY_P, PAGE_BREAK, TableXml, clean, esc, paragraph_xml, ppr_xml, run_xml

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
        self._chunks: list[bytes] = []  # UTF-8 body markup, in document order
        self._numbers = [0, 0, 0]
        self._headings: list[tuple[int, str, str, int]] = []  # level, text, bookmark, estimated page
        self._toc_slot: int | None = None
        self._toc_placeholder = ""
        self._toc_used = 0
        self._break_next = False
        self._has_cover = False
        self._numbered_by_style = {lvl: self._style_has_numbering(f"Heading {lvl}") for lvl in (1, 2, 3)}
        self._text_width = self._usable_width()
        self._tables: dict[tuple[int, ...], TableXml] = {}
        self._label_widths: dict[tuple[str, ...], tuple[int, int]] = {}
        self.pages = PageEstimate(self._usable_height(), self._text_width)

    # -- low level -------------------------------------------------------------------------------
    def append_xml(self, xml: str) -> None:
        """Append body markup (w: prefix) in document order (kept encoded: half the memory of str)."""
        if self._break_next:
            xml = self._take_break(xml) if xml.startswith("<w:p>") else PAGE_BREAK + xml
            self._break_next = False
        self._chunks.append(xml.encode("utf-8"))

    def append(self, element: Any) -> Any:
        """Append an lxml element (e.g. built with python-docx); it is serialised in place."""
        from lxml import etree

        self.append_xml(etree.tostring(element, encoding="unicode"))
        return element

    def _sid(self, style: str | None) -> str | None:
        return self.style_ids.get(style) if style else None

    # -- content ---------------------------------------------------------------------------------
    def paragraph(self, text: str, style: str | None = None, bold: bool = False, align: str | None = None,
                  keep_next: bool = False) -> None:
        self.append_xml(paragraph_xml(text, self._sid(style), bold, align, keep_next))
        self.pages.text(text, keep_next)

    def paragraphs(self, text: str, empty: str = "", style: str | None = None, keep_next: bool = False) -> None:
        """Multi-line text as one paragraph per line (blank lines kept); `empty` when there is none."""
        text = clean(text or "")
        if not text.strip():
            if empty:
                self.paragraph(empty, style)
            return
        style_id = self._sid(style)
        lines = text.split("\n")
        self.append_xml("".join(paragraph_xml(line, style_id, keep_next=keep_next) for line in lines))
        for line in lines:
            self.pages.text(line, keep_next)

    def bullets(self, items: Sequence[str]) -> None:
        style_id = self._sid("List Bullet")
        self.append_xml("".join(paragraph_xml(item, style_id) for item in items))
        for item in items:
            self.pages.text(item)

    def heading(self, text: str, level: int = 1, numbered: bool = True) -> str:
        """A Heading 1-3 paragraph, numbered "1", "1.2", "1.2.3" unless the template numbers them."""
        level = min(max(level, 1), 3)
        shown = text
        if numbered:
            for parent in range(level - 1):  # a level-2 heading before any level-1 reads "1.1", not "0.1"
                self._numbers[parent] = max(self._numbers[parent], 1)
            self._numbers[level - 1] += 1
            for deeper in range(level, 3):
                self._numbers[deeper] = 0
            if not self._numbered_by_style[level]:
                shown = ".".join(str(n) for n in self._numbers[:level]) + "  " + text
        # A bookmark on every heading: the TOC entries link to it and their PAGEREF fields point at it.
        mark = f"_Toc{len(self._headings) + 1:06d}"
        page = self.pages.heading(level)
        self._headings.append((level, shown, mark, page))
        number = 1000 + len(self._headings)
        self.append_xml(f'<w:p>{ppr_xml(self._sid(f"Heading {level}"))}'
                        f'<w:bookmarkStart w:id="{number}" w:name="{esc(mark)}"/>{run_xml(shown)}'
                        f'<w:bookmarkEnd w:id="{number}"/></w:p>')
        return shown

    def page_break(self) -> None:
        """The next paragraph or heading starts a page (w:pageBreakBefore). A break paragraph would
        land alone on a new page whenever the page before is exactly full, and leave it blank."""
        self._break_next = True
        self.pages.new_page()

    def _flush_pending_break(self) -> None:
        if self._break_next:
            self._break_next = False
            self._chunks.append(PAGE_BREAK.encode())

    def _take_break(self, xml: str) -> str:
        """`xml` (one paragraph) with pageBreakBefore when a page break is pending."""
        if not self._break_next:
            return xml
        self._break_next = False
        if xml.startswith("<w:p><w:pPr>"):
            return "<w:p><w:pPr><w:pageBreakBefore/>" + xml[len("<w:p><w:pPr>"):]
        if xml.startswith("<w:p>"):
            return "<w:p><w:pPr><w:pageBreakBefore/></w:pPr>" + xml[len("<w:p>"):]
        return PAGE_BREAK + xml

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[str]],
              widths: Sequence[float] | None = None, bold_first_column: bool = False,
              keep_together: bool = False, twips: Sequence[int] | None = None) -> None:
        """A bordered table (Table Grid) whose header row repeats on every page and is shaded.

        Columns are sized from their content (docx_widths): codes, statuses and dates never wrap; the
        text columns share the rest in the proportions of `widths`. keep_together keeps a short table
        on one page (with the paragraph before it if that keeps too)."""
        if twips is None:
            twips = column_twips(header, rows, self._text_width, widths)
        key = tuple(twips)
        shape = self._tables.get(key)
        if shape is None:
            shape = self._tables[key] = TableXml(self.style_ids["Table Grid"], key, self.style_ids["Table Text"],
                                                 self.style_ids["Table Heading"])
        before, tall_before = shape.lines, shape.tall_lines
        # Word needs a paragraph between adjacent tables.
        if len(rows) > 200:
            self._flush_pending_break()
            self._chunks.append(b"".join(p.encode("utf-8") for p in shape.parts(header, rows, bold_first_column,
                                                                                 keep_together)) + EMPTY_P.encode())
        else:
            self.append_xml(shape.table(header, rows, bold_first_column, keep_together) + EMPTY_P)
        moved = self.pages.table_rows(shape.lines - before, len(rows) + (1 if header else 0), keep_together,
                                      tall=shape.tall_lines - tall_before)
        if moved and self._headings:  # the heading kept with the table moved to the next page with it
            level, text, mark, _page = self._headings[-1]
            self._headings[-1] = (level, text, mark, self.pages.page)

    def key_value_table(self, pairs: Sequence[tuple[str, str]], widths: Sequence[float] = (1, 3)) -> None:
        """Label | value rows (a requirement's attributes, a cover): kept on one page. The label column
        fits the labels, so every table with the same labels has the same shape."""
        labels = tuple(str(p[0]) for p in pairs)
        twips = self._label_widths.get(labels)
        if twips is None:
            twips = self._label_widths[labels] = label_column_twips(labels, self._text_width)
        self.table(None, [list(p) for p in pairs], bold_first_column=True, keep_together=True, twips=twips)

    def picture(self, png: bytes, width_cm: float = 16.0, caption: str = "") -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Cm
        from docx.text.paragraph import Paragraph

        keep = "<w:keepNext/>" if caption else ""  # the caption stays on the picture's page
        p = parse_xml(f"<w:p {nsdecls('w')}><w:pPr>{keep}<w:jc w:val=\"center\"/></w:pPr></w:p>")
        shape = Paragraph(p, self.doc._body).add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        self.append(p)
        self.pages.add(shape.height / 635 + PageEstimate.LINE)
        if caption:
            self.paragraph(caption, "Caption", align="center")

    def toc(self, title: str, placeholder: str = "") -> None:
        """Mark where the table of contents goes; finish() writes the field with the headings."""
        self.paragraph(title, "TOC Heading")
        self._toc_slot = len(self._chunks)
        self._toc_used = self.pages.used
        self.append_xml("")
        self._toc_placeholder = placeholder

    def cover(self, title: str, fields: Sequence[tuple[str, str]], subtitle: str = "") -> None:
        """Cover page: title, subtitle, the key facts as a table, then a page break."""
        self._has_cover = True
        self.append_xml(EMPTY_P * 4)
        self.paragraph(title, "Title", align="center")
        if subtitle:
            self.paragraph(subtitle, "Subtitle", align="center")
        self.append_xml(EMPTY_P)
        self.key_value_table(fields, widths=(1, 2))
        self.page_break()

    def finish(self, header_text: str, page_format: str, materialize: bool = False) -> Any:
        """Write the TOC, header and footer; return the python-docx Document ready to save.

        The body is spliced into document.xml when saving and parsed into the tree only if someone
        reads it first (docx_splice); materialize=True parses it at once.
        """
        if self._toc_slot is not None:
            # The TOC's own lines were unknown while writing: later headings move down by its length.
            extra = (self._toc_used + len(self._headings) * PageEstimate.TOC_LINE) // self.pages.page_height
            headings = [(level, text, mark, page + extra) for level, text, mark, page in self._headings]
            self._chunks[self._toc_slot] = toc_xml(self.style_ids, headings, self._toc_placeholder,
                                                   self._text_width)
            self._toc_slot = None
        fill_header_footer(self.doc, header_text, page_format, self.style_ids, plain_first_page=self._has_cover)
        chunks, self._chunks = self._chunks, []
        if materialize:
            materialize_body(self.doc, chunks)
        else:
            defer_body(self.doc, chunks)
        return self.doc

    # -- internals -------------------------------------------------------------------------------
    def _style_has_numbering(self, name: str) -> bool:
        style_id = self.style_ids.get(name)
        for style in self.doc.styles.element.iterchildren(_W + "style"):
            if style.get(_W + "styleId") == style_id:
                return bool(style.xpath("./w:pPr/w:numPr"))
        return False

    def _usable_height(self) -> int:
        section = self.doc.sections[0]
        try:
            return int((section.page_height - section.top_margin - section.bottom_margin) / 635)
        except TypeError:
            return 14000

    def _usable_width(self) -> int:
        section = self.doc.sections[0]
        try:
            width = section.page_width - section.left_margin - section.right_margin
            return max(int(width / 635), 2000)  # EMU -> twips (1 twip = 635 EMU)
        except TypeError:
            return 9000  # a template without page size: about A4 minus 2.5 cm margins
