"""DocWriter: styles with East Asian fonts, fields, special characters, company templates."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: reach the helper module
from documents_support import SPECIAL, W, body_texts, footer_instr, instr_texts  # noqa: E402

from consultdesk.export.docx_base import DocWriter, TemplateError, new_document
from consultdesk.export.docx_styles import CJK_FONT


def _round_trip(document) -> docx.document.Document:
    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def _write(lang: str = "zh_CN", template: Path | None = None):
    w = DocWriter(template=template, lang=lang)
    w.cover("需求规格说明书", [("客户", SPECIAL)])
    w.toc("目录", "placeholder")
    w.heading("背景", 1)
    w.paragraphs(SPECIAL + "\n第二行\twith tab")
    w.heading("目标", 2)
    w.heading("细节", 3)
    w.table(["编号", "标题"], [["REQ-001", SPECIAL]])
    return _round_trip(w.finish("华信教育 & <App>", "第 {page} 页，共 {pages} 页"))


def _style_el(doc, name: str):
    for style in doc.styles.element.iterchildren(W + "style"):
        if style.find(W + "name").get(W + "val").lower() == name.lower():
            return style
    raise AssertionError(f"style {name} missing")


def _stock_template(tmp_path: Path) -> Path:
    """python-docx's own template: its styles use theme fonts (asciiTheme, eastAsiaTheme, ...)."""
    path = tmp_path / "stock.docx"
    docx.Document().save(str(path))
    assert b"eastAsiaTheme" in zipfile.ZipFile(path).read("word/styles.xml")
    return path


@pytest.mark.parametrize("stock", [False, True], ids=["default-template", "theme-font-template"])
@pytest.mark.parametrize("name", ["Normal", "Heading 1", "Heading 2", "Heading 3"])
def test_styles_carry_east_asian_font_and_no_theme_fonts(name: str, stock: bool, tmp_path: Path) -> None:
    doc = _write(template=_stock_template(tmp_path) if stock else None)
    fonts = _style_el(doc, name).find(W + "rPr").find(W + "rFonts")
    assert fonts is not None and fonts.get(W + "eastAsia")
    assert not [a for a in fonts.attrib if a.lower().endswith("theme")], fonts.attrib
    lang = _style_el(doc, name).find(W + "rPr").find(W + "lang")
    assert lang.get(W + "eastAsia") == "zh-CN"


def test_document_defaults_have_cjk_font_and_chinese_language(tmp_path: Path) -> None:
    doc = _write("zh_CN", _stock_template(tmp_path))
    rpr = doc.styles.element.find(W + "docDefaults").find(W + "rPrDefault").find(W + "rPr")
    fonts = rpr.find(W + "rFonts")
    assert fonts.get(W + "eastAsia") == CJK_FONT
    assert not [a for a in fonts.attrib if "theme" in a.lower()]
    assert rpr.find(W + "lang").get(W + "eastAsia") == "zh-CN"
    # Latin-script runs (codes, English words) keep English line breaking in a Chinese document
    assert rpr.find(W + "lang").get(W + "val") == "en-US"
    english = _write("en")
    rpr = english.styles.element.find(W + "docDefaults").find(W + "rPrDefault").find(W + "rPr")
    assert rpr.find(W + "lang").get(W + "val") == "en-US"


def test_toc_field_and_page_fields() -> None:
    doc = _write()
    instructions = instr_texts(doc.element.body)
    assert any(i.strip().startswith("TOC ") and '\\o "1-3"' in i for i in instructions)
    footer = [i.strip() for i in footer_instr(doc)]
    assert "PAGE" in footer and "NUMPAGES" in footer
    # the TOC's cached result lists the numbered headings so LibreOffice shows them at once
    texts = body_texts(doc)
    toc_start = texts.index("目录")
    # each entry: the heading, then its estimated page number (a PAGEREF field result)
    assert [t.rstrip("0123456789") for t in texts[toc_start + 1:toc_start + 4]] == ["1  背景", "1.1  目标", "1.1.1  细节"]
    assert all(t[-1].isdigit() for t in texts[toc_start + 1:toc_start + 4])
    # linked to bookmarks on the headings, and Word is not asked to update fields on open
    anchors = [h.get(W + "anchor") for h in doc.element.body.iter(W + "hyperlink")]
    marks = {b.get(W + "name") for b in doc.element.body.iter(W + "bookmarkStart")}
    assert len(anchors) == 3 and set(anchors) <= marks
    assert sum(1 for i in instructions if i.strip().startswith("PAGEREF ")) == 3
    settings = doc.settings.element
    assert settings.find(W + "updateFields") is None
    assert not [c for c in doc.element.body.iter(W + "fldChar") if c.get(W + "dirty")]
    header_text = "".join(t.text for t in doc.sections[0].header._element.iter(W + "t"))
    assert header_text == "华信教育 & <App>"


def test_special_characters_survive_exactly() -> None:
    doc = _write()
    texts = body_texts(doc)
    assert SPECIAL in texts  # body paragraph
    assert texts.count(SPECIAL) >= 3  # cover table, body, requirement table
    assert "第二行\twith tab" not in texts  # the tab is a w:tab element...
    tabbed = [p for p in doc.element.body.iter(W + "p") if p.find(f".//{W}tab") is not None]
    assert tabbed, "tab characters become w:tab"


def test_illegal_control_characters_are_dropped_not_fatal() -> None:
    w = DocWriter(lang="en")
    w.paragraph("bell\x07 and nul\x00 gone, 😀 kept")
    doc = _round_trip(w.finish("h", "Page {page} of {pages}"))
    assert "bell and nul gone, 😀 kept" in body_texts(doc)


def _template_without(tmp_path: Path, *names: str) -> Path:
    """A company template whose styles.xml lacks the given styles (like a stripped corporate .docx)."""
    base = docx.Document()
    styles = base.styles.element
    for style in list(styles.iterchildren(W + "style")):
        if style.find(W + "name").get(W + "val").lower() in {n.lower() for n in names}:
            styles.remove(style)
    base.add_paragraph("Company boilerplate that must not appear")
    path = tmp_path / "company.docx"
    base.save(str(path))
    return path


def test_template_lacking_styles_still_works(tmp_path: Path) -> None:
    template = _template_without(tmp_path, "Table Grid", "Heading 3", "Title", "Caption")
    doc = _write("en", template)
    table_style = doc.element.body.find(f".//{W}tblStyle").get(W + "val")
    style_ids = {s.get(W + "styleId") for s in doc.styles.element.iterchildren(W + "style")}
    assert table_style in style_ids  # the table refers to a style that exists
    assert _style_el(doc, "Table Grid").find(W + "tblPr") is not None  # copied with its borders
    assert _style_el(doc, "Heading 3") is not None
    assert "Company boilerplate that must not appear" not in body_texts(doc)
    assert "1.1.1  细节" in body_texts(doc)


def test_dotx_template_is_accepted(tmp_path: Path) -> None:
    source = _template_without(tmp_path, "Caption")
    dotx = tmp_path / "company.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    with pytest.raises(ValueError):
        docx.Document(str(dotx))  # python-docx alone refuses a template
    assert body_texts(_write("en", dotx))


def test_unreadable_template_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("not a zip")
    with pytest.raises(TemplateError, match="not a Word document"):
        new_document(bad)
    with pytest.raises(TemplateError, match="does not exist"):
        new_document(tmp_path / "missing.docx")


def test_template_numbered_headings_are_not_numbered_twice(tmp_path: Path) -> None:
    base = docx.Document()
    heading = base.styles["Heading 1"].element
    ppr = heading.get_or_add_pPr()
    ppr.append(ppr.makeelement(W + "numPr", {}))
    path = tmp_path / "numbered.docx"
    base.save(str(path))
    w = DocWriter(template=path)
    w.heading("Background", 1)
    w.heading("Goals", 2)
    texts = body_texts(_round_trip(w.finish("h", "{page}/{pages}")))
    assert "Background" in texts and "1.1  Goals" in texts


def _big_writer(n: int = 30) -> DocWriter:
    w = DocWriter(lang="en")
    w.toc("Contents")
    for i in range(n):
        w.heading(f"Item {i} & <{i}>", 2)
        w.key_value_table([("Code", f"REQ-{i:03d}"), ("Goal", SPECIAL)])
    return w


def test_deferred_body_is_spliced_on_save_and_parsed_when_read() -> None:
    from docx.document import Document as PlainDocument

    doc = _big_writer().finish("h", "Page {page} of {pages}")
    assert type(doc) is not PlainDocument  # nothing parsed yet: the body waits as markup
    saved = _round_trip(doc)
    saved_twice = _round_trip(doc)
    assert body_texts(saved) == body_texts(saved_twice)
    assert "1.1  Item 0 & <0>" in body_texts(saved) and len(saved.tables) == 30
    # reading the body parses it once, in place; later edits land after it, in order
    assert len(doc.tables) == 30
    assert type(doc) is PlainDocument
    doc.add_paragraph("appended later")
    texts = body_texts(_round_trip(doc))
    assert texts[-1] == "appended later" and texts[:-1] == body_texts(saved)
    eager = _big_writer().finish("h", "Page {page} of {pages}", materialize=True)
    assert body_texts(_round_trip(eager)) == body_texts(saved)


def test_deferred_body_with_unusual_namespace_prefix_falls_back(tmp_path: Path) -> None:
    source = tmp_path / "stock.docx"
    docx.Document().save(str(source))
    odd = tmp_path / "odd.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(odd, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:", b"<ww:").replace(b"</w:", b"</ww:").replace(b" w:", b" ww:")
                data = data.replace(b"xmlns:w=", b"xmlns:ww=")
            dst.writestr(item, data)
    w = DocWriter(template=odd)
    w.heading("Background", 1)
    assert "1  Background" in body_texts(_round_trip(w.finish("h", "{page}")))


def test_company_template_keeps_logo_page_setup_and_fonts(tmp_path: Path) -> None:
    from docx.shared import Cm
    from PIL import Image

    base = docx.Document()
    section = base.sections[0]
    section.page_width, section.page_height = Cm(27.94), Cm(21.59)  # US Letter, landscape
    section.left_margin = Cm(1.5)
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), "#1F3864").save(buffer, "PNG")
    logo = buffer.getvalue()
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(logo), width=Cm(3))
    base.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(W + "eastAsia", "FangSong")
    path = tmp_path / "letterhead.docx"
    base.save(str(path))
    doc = _write("zh_CN", path)
    assert abs(doc.sections[0].page_width - Cm(27.94)) < Cm(0.01)
    assert abs(doc.sections[0].left_margin - Cm(1.5)) < Cm(0.01)
    header = doc.sections[0].header._element
    assert header.findall(f".//{W}drawing"), "the template's logo stays in the header"
    assert "华信教育 & <App>" in "".join(t.text for t in header.iter(W + "t"))
    fonts = _style_el(doc, "Normal").find(W + "rPr").find(W + "rFonts")
    assert fonts.get(W + "eastAsia") == "FangSong"  # the company's own East Asian font is respected


def test_no_theme_font_anywhere_and_latin_theme_fonts_kept(tmp_path: Path) -> None:
    doc = _write("zh_CN", _stock_template(tmp_path))
    xml = doc.styles.element.xml
    assert "Theme=" not in xml and "w:cstheme" not in xml
    heading = _style_el(doc, "Heading 1").find(W + "rPr").find(W + "rFonts")
    stock_heading = docx.Document().styles["Heading 1"].element.find(W + "rPr").find(W + "rFonts")
    assert stock_heading.get(W + "asciiTheme") == "majorHAnsi"  # the stock template used a theme font...
    assert heading.get(W + "ascii") == "Calibri"  # ...which is written out as the theme's typeface
