"""Word fields (TOC, PAGE, NUMPAGES), header and footer: raw WordprocessingML python-docx lacks."""

from __future__ import annotations

from typing import Any, Iterator, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from consultdesk.export.docx_xml import clean, esc, run_xml

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


def toc_xml(style_ids: dict[str, str], entries: Sequence[tuple[int, str, str, int]], placeholder: str,
            text_width: int) -> bytes:
    """toc_parts as one UTF-8 chunk (encoded piece by piece: a 5,000-entry TOC never exists as one str)."""
    return b"".join(part.encode("utf-8") for part in toc_parts(style_ids, entries, placeholder, text_width))


def toc_parts(style_ids: dict[str, str], entries: Sequence[tuple[int, str, str, int]], placeholder: str,
              text_width: int) -> Iterator[str]:
    """The TOC field over several paragraphs, its result pre-filled with the headings we wrote.

    entries: (level, text, bookmark, estimated page). Each entry links to its heading's bookmark and
    shows its page through a PAGEREF field, so the contents are there the moment the file opens, in
    Word and LibreOffice alike, without asking to update fields (no w:dirty, no updateFields).
    """
    field = f"{_FLD_BEGIN}{_instr_xml(TOC_INSTRUCTION)}{_FLD_SEPARATE}"
    if not entries:
        yield f"<w:p>{_style_ppr(style_ids.get('toc 1'))}{field}{run_xml(placeholder)}{_FLD_END}</w:p>"
        return
    leader = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{max(text_width - 10, 1000)}"/></w:tabs>'
    last = len(entries) - 1
    for index, (level, text, mark, page) in enumerate(entries):
        ppr = _style_ppr(style_ids.get(f"toc {min(max(level, 1), 3)}"), leader)
        pageref = (f"{_FLD_BEGIN}{_instr_xml(f' PAGEREF {mark} ' + chr(92) + 'h ')}{_FLD_SEPARATE}"
                   f"<w:r><w:t>{page}</w:t></w:r>{_FLD_END}")
        link = (f'<w:hyperlink w:anchor="{esc(mark)}" w:history="1">{run_xml(text)}<w:r><w:tab/></w:r>'
                f"{pageref}</w:hyperlink>")
        yield f"<w:p>{ppr}{field if index == 0 else ''}{link}{_FLD_END if index == last else ''}</w:p>"


_FLD_BEGIN = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
_FLD_SEPARATE = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
_FLD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _style_ppr(style_id: str | None, extra: str = "") -> str:
    style = f'<w:pStyle w:val="{esc(style_id)}"/>' if style_id else ""
    return f"<w:pPr>{style}{extra}</w:pPr>"


def _instr_xml(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{esc(text)}</w:instrText></w:r>'


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
