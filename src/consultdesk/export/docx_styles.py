"""Styles of a generated document: fall back to built-in styles, and set the East Asian font right.

python-docx has no API for the East Asian font. Word picks the font of a Chinese character from
w:rFonts/@w:eastAsia, and a *Theme attribute (eastAsiaTheme="minorEastAsia") wins over it, so a
style that keeps the theme attribute renders Chinese in whatever the theme says (often a Japanese
or Latin font). We therefore set @w:eastAsia and remove every *Theme attribute on each style we use
and on the document defaults, and mark the language with w:lang/@w:eastAsia.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any, Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Word on Windows has Microsoft YaHei; LibreOffice/fontconfig substitute a CJK font (Noto Sans CJK SC)
# for it on Linux and macOS. The fallbacks go into the font table as w:altName for Word.
CJK_FONT = "Microsoft YaHei"
CJK_FALLBACKS = ("Noto Sans CJK SC", "SimSun", "PingFang SC")
LATIN_FONT = "Calibri"

# Paragraph/table/character styles every builder may use (English built-in names, as Word stores them).
USED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption",
    "Table Grid", "Header", "Footer", "TOC Heading", "toc 1", "toc 2", "toc 3", "List Bullet",
    "Table Text", "Table Heading",
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@cache
def _builtin_styles_xml() -> bytes:
    """styles.xml of python-docx's own default template: the source of missing styles."""
    import docx

    xml: str = docx.Document().styles.element.xml
    return xml.encode("utf-8")


def _builtin_styles() -> Any:
    from docx.oxml import parse_xml

    return parse_xml(_builtin_styles_xml())


def style_by_name(styles_el: Any) -> dict[str, Any]:
    """Map lower-cased style name -> w:style element (one scan, reused for every lookup)."""
    found: dict[str, Any] = {}
    for style in styles_el.iterchildren(_W + "style"):
        name = style.find(_W + "name")
        if name is not None:
            found.setdefault(name.get(_W + "val").lower(), style)
    return found


def ensure_styles(doc: Any, names: Iterable[str] = USED_STYLES) -> dict[str, str]:
    """Return name -> styleId for `names`, copying or creating any style the template lacks."""
    styles_el = doc.styles.element
    have = style_by_name(styles_el)
    builtin: dict[str, Any] | None = None
    ids: dict[str, str] = {}
    for name in names:
        style = have.get(name.lower())
        if style is None:
            if builtin is None:
                builtin = style_by_name(_builtin_styles())
            style = _copy_or_create(styles_el, have, builtin, name)
        ids[name] = style.get(_W + "styleId")
    return ids


def _copy_or_create(styles_el: Any, have: dict[str, Any], builtin: dict[str, Any], name: str) -> Any:
    source = builtin.get(name.lower())
    if source is not None:
        style = copy.deepcopy(source)
        # The copied style may point at a base the template lacks: bring the chain along.
        based = style.find(_W + "basedOn")
        if based is not None and based.get(_W + "val") not in _style_ids(styles_el):
            base_name = _name_of_id(builtin, based.get(_W + "val"))
            if base_name and base_name not in have:
                have[base_name] = _copy_or_create(styles_el, have, builtin, base_name)
        for link in style.findall(_W + "link"):
            style.remove(link)  # the linked character style is optional; avoid a dangling link
    else:
        style = _minimal_style(name)
    if style.get(_W + "styleId") in _style_ids(styles_el):
        style.set(_W + "styleId", _free_id(styles_el, style.get(_W + "styleId")))
    styles_el.append(style)
    have[name.lower()] = style
    return style


def _minimal_style(name: str) -> Any:
    """A paragraph style based on Normal, for names neither the template nor python-docx define."""
    style = OxmlElement("w:style")
    style.set(qn("w:type"), "paragraph")
    style.set(qn("w:styleId"), name.replace(" ", ""))
    for tag, val in (("w:name", name), ("w:basedOn", "Normal"), ("w:next", "Normal")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), val)
        style.append(child)
    if name in ("Table Text", "Table Heading"):  # cell paragraphs: tight, single-spaced; headings bold
        ppr = OxmlElement("w:pPr")
        spacing = OxmlElement("w:spacing")
        for attr, val in (("w:before", "20"), ("w:after", "20"), ("w:line", "240"), ("w:lineRule", "auto")):
            spacing.set(qn(attr), val)
        ppr.append(spacing)
        style.append(ppr)
        if name == "Table Heading":
            rpr = OxmlElement("w:rPr")
            rpr.extend([OxmlElement("w:b"), OxmlElement("w:bCs")])
            style.append(rpr)
    if name.lower().startswith("toc "):
        level = int(name.split()[-1]) if name.split()[-1].isdigit() else 1
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(240 * (level - 1)))
        ppr.append(ind)
        style.append(ppr)
    return style


def _style_ids(styles_el: Any) -> set[str]:
    return {s.get(_W + "styleId") for s in styles_el.iterchildren(_W + "style")}


def _name_of_id(by_name: dict[str, Any], style_id: str) -> str | None:
    for name, style in by_name.items():
        if style.get(_W + "styleId") == style_id:
            return name
    return None


def _free_id(styles_el: Any, base: str) -> str:
    taken = _style_ids(styles_el)
    n = 2
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def apply_east_asian(doc: Any, style_ids: Iterable[str], lang: str, cjk_font: str = CJK_FONT) -> None:
    """Set the East Asian font and language on the document defaults and on every style used."""
    styles_el = doc.styles.element
    strip_theme_fonts(styles_el, theme_fonts(doc))
    targets = [_rpr_default(styles_el)]
    wanted = set(style_ids)
    for style in styles_el.iterchildren(_W + "style"):
        if style.get(_W + "styleId") in wanted:
            targets.append(_get_or_add(style, "w:rPr", before=("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")))
    for index, rpr in enumerate(targets):
        _set_fonts(rpr, cjk_font, defaults=index == 0)
        _set_lang(rpr, lang)
    _register_font(doc, cjk_font)


def theme_fonts(doc: Any) -> dict[str, str]:
    """Latin/complex-script typefaces of the document theme: {"majorHAnsi": "Calibri Light", ...}."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    try:
        root = parse_xml(doc.part.part_related_by(RT.THEME).blob)
    except (KeyError, ValueError):
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    found: dict[str, str] = {}
    for kind in ("major", "minor"):
        font = root.find(f".//{a}{kind}Font")
        if font is None:
            continue
        latin, cs = font.find(a + "latin"), font.find(a + "cs")
        if latin is not None and latin.get("typeface"):
            found[f"{kind}HAnsi"] = found[f"{kind}Ascii"] = latin.get("typeface")
        if cs is not None and cs.get("typeface"):
            found[f"{kind}Bidi"] = cs.get("typeface")
    return found


def strip_theme_fonts(styles_el: Any, theme: dict[str, str]) -> None:
    """Remove every *Theme font attribute in styles.xml (a theme font wins over @w:eastAsia).

    Latin and complex-script theme fonts are written out as the typeface the theme names, so the
    template keeps its look; the East Asian theme font is dropped so Chinese text falls back to the
    CJK font of the document defaults.
    """
    for fonts in styles_el.iter(_W + "rFonts"):
        for attr in list(fonts.attrib):
            local = attr.rsplit("}", 1)[-1]
            if not local.lower().endswith("theme"):
                continue
            target = {"asciiTheme": "ascii", "hAnsiTheme": "hAnsi", "cstheme": "cs"}.get(local)
            typeface = theme.get(fonts.get(attr, ""))
            if target and typeface and not fonts.get(qn(f"w:{target}")):
                fonts.set(qn(f"w:{target}"), typeface)
            del fonts.attrib[attr]


def _rpr_default(styles_el: Any) -> Any:
    doc_defaults = styles_el.find(_W + "docDefaults")
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles_el.insert(0, doc_defaults)
    rpr_default = _get_or_add(doc_defaults, "w:rPrDefault", first=True)
    return _get_or_add(rpr_default, "w:rPr")


def _set_fonts(rpr: Any, cjk_font: str, defaults: bool) -> None:
    fonts = rpr.find(_W + "rFonts")
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # rFonts is the first child of rPr in the schema order
    for attr in list(fonts.attrib):
        if attr.lower().endswith("theme"):  # asciiTheme, hAnsiTheme, eastAsiaTheme, cstheme
            del fonts.attrib[attr]
    if not fonts.get(qn("w:eastAsia")):
        fonts.set(qn("w:eastAsia"), cjk_font)
    if defaults:
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            if not fonts.get(qn(attr)):
                fonts.set(qn(attr), LATIN_FONT)


def _set_lang(rpr: Any, lang: str) -> None:
    el = rpr.find(_W + "lang")
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    # Content is kept as entered, so Chinese may appear in an English document too: East Asian text
    # is always Simplified Chinese. w:val is the language of Latin-script runs, which in a Chinese
    # document are English words and codes: marked zh-CN, LibreOffice breaks them anywhere
    # ("peak sea|son"), so they stay en-US in both languages.
    el.set(qn("w:eastAsia"), "zh-CN")
    el.set(qn("w:val"), "en-US")


def _register_font(doc: Any, cjk_font: str) -> None:
    """Declare the CJK font with GB2312 charset and fallbacks so Word substitutes a Chinese font."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = doc.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    from docx.oxml import parse_xml

    root = parse_xml(part.blob)
    if any(f.get(_W + "name") == cjk_font for f in root.iterchildren(_W + "font")):
        return
    font = OxmlElement("w:font")
    font.set(qn("w:name"), cjk_font)
    alt = OxmlElement("w:altName")
    alt.set(qn("w:val"), ",".join(CJK_FALLBACKS))
    charset = OxmlElement("w:charset")
    charset.set(qn("w:val"), "86")  # GB2312
    family = OxmlElement("w:family")
    family.set(qn("w:val"), "swiss")
    font.extend([alt, charset, family])
    root.append(font)
    from lxml import etree

    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _get_or_add(parent: Any, tag: str, first: bool = False, before: tuple[str, ...] = ()) -> Any:
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        anchor = next((parent.find(qn(t)) for t in before if parent.find(qn(t)) is not None), None)
        if first:
            parent.insert(0, child)
        elif anchor is not None:
            anchor.addprevious(child)
        else:
            parent.append(child)
    return child
