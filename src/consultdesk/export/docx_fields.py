"""Word fields (TOC, PAGE, NUMPAGES), header and footer: raw WordprocessingML python-docx lacks."""

from __future__ import annotations

from typing import Any, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from consultdesk.export.docx_xml import clean

TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u '

def text_run(text: str, bold: bool = False) -> Any:
    """A w:r holding `text`: line breaks become w:br and tabs w:tab, so nothing is lost or merged."""
    run = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        run.append(rpr)
    for i, line in enumerate(clean(text).split("\n")):
        if i:
            run.append(OxmlElement("w:br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                run.append(OxmlElement("w:tab"))
            if chunk:
                t = OxmlElement("w:t")
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = chunk
                run.append(t)
    return run


def _fld_char(kind: str, dirty: bool = False) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")  # ask Word to recompute the field when the file is opened
    run.append(char)
    return run


def _instr(text: str) -> Any:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = text
    run.append(instr)
    return run


def simple_field_runs(instruction: str, shown: str) -> list[Any]:
    """begin / instrText / separate / cached result / end: a complex field Word and LibreOffice update."""
    return [_fld_char("begin"), _instr(f" {instruction} "), _fld_char("separate"), text_run(shown), _fld_char("end")]


def toc_paragraphs(style_ids: dict[str, str], entries: Sequence[tuple[int, str]], placeholder: str) -> list[Any]:
    """The TOC field over several paragraphs, its cached result pre-filled with the headings we wrote.

    Word recomputes it on open (dirty + settings/updateFields); LibreOffice shows the cached entries,
    so the table of contents is never an empty box.
    """
    items = list(entries) or [(1, placeholder)]
    paragraphs = []
    for index, (level, text) in enumerate(items):
        p = _paragraph(style_ids.get(f"toc {min(max(level, 1), 3)}"))
        if index == 0:
            p.extend([_fld_char("begin", dirty=True), _instr(TOC_INSTRUCTION), _fld_char("separate")])
        p.append(text_run(text))
        paragraphs.append(p)
    paragraphs[-1].append(_fld_char("end"))
    return paragraphs


def _paragraph(style_id: str | None) -> Any:
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    if style_id:
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), style_id)
        ppr.append(style)
    p.append(ppr)
    return p


def request_field_update(doc: Any) -> None:
    """settings.xml w:updateFields: Word refreshes the TOC and page numbers when the file opens."""
    settings = doc.settings.element
    flag = settings.find(qn("w:updateFields"))
    if flag is None:
        flag = OxmlElement("w:updateFields")
        settings.append(flag)
    flag.set(qn("w:val"), "true")


def fill_header_footer(doc: Any, header_text: str, page_format: str, style_ids: dict[str, str],
                       plain_first_page: bool = True) -> None:
    """Header: engagement name (kept beside a template's logo). Footer: "Page X of Y" with fields.

    page_format holds "{page}" and "{pages}" where the PAGE and NUMPAGES fields go. The cover page
    (first page) gets no header or footer, unless the template brings its own first-page ones.
    """
    for section in doc.sections:
        if plain_first_page:
            section.different_first_page_header_footer = True
        header = section.header
        header.is_linked_to_previous = False
        p = _reuse_or_add(header, style_ids.get("Header"))
        p._p.append(text_run(header_text))
        footer = section.footer
        footer.is_linked_to_previous = False
        p = _reuse_or_add(footer, style_ids.get("Footer"))
        p._p.extend(_page_runs(page_format))
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _reuse_or_add(story: Any, style_id: str | None) -> Any:
    """The first empty paragraph of a header/footer, or a new one after the template's content (logo)."""
    for p in story.paragraphs:
        if not p.text.strip() and not p._p.xpath(".//w:drawing|.//w:pict"):
            return p
    p = story.add_paragraph()
    if style_id:
        p._p.get_or_add_pPr().get_or_add_pStyle().set(qn("w:val"), style_id)
    return p


def _page_runs(page_format: str) -> list[Any]:
    runs: list[Any] = []
    rest = page_format
    while rest:
        cut = [(rest.find(k), k) for k in ("{page}", "{pages}") if rest.find(k) >= 0]
        if not cut:
            runs.append(text_run(rest))
            break
        pos, key = min(cut)
        if pos:
            runs.append(text_run(rest[:pos]))
        runs.extend(simple_field_runs("PAGE" if key == "{page}" else "NUMPAGES", "1"))
        rest = rest[pos + len(key):]
    return runs
