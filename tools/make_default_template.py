"""Generate resources/templates/default.docx, the template documents use when the user picks none.

Starts from python-docx's own template and sets what a consulting document needs: A4 with 2.5 cm
margins, a CJK-capable font on every style we use (East Asian font set, theme fonts removed), calm
heading sizes, table-of-contents styles. Run after changing it:  python tools/make_default_template.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TARGET = ROOT / "resources" / "templates" / "default.docx"

# (style, size pt, bold, colour, space before pt, space after pt)
HEADINGS = {
    "Title": (26, True, "1F3864", 0, 12),
    "Subtitle": (14, False, "44546A", 0, 12),
    "Heading 1": (16, True, "1F3864", 18, 6),
    "Heading 2": (13, True, "2F5496", 12, 4),
    "Heading 3": (11.5, True, "2F5496", 8, 2),
}


def main() -> None:
    import docx
    from docx.shared import Cm, Pt, RGBColor

    from consultdesk.export.docx_styles import LATIN_FONT, USED_STYLES, apply_east_asian, ensure_styles

    doc = docx.Document()
    ids = ensure_styles(doc, USED_STYLES)
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        section.header_distance = section.footer_distance = Cm(1.2)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = LATIN_FONT
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.25
    for name, (size, bold, colour, before, after) in HEADINGS.items():
        style = doc.styles[name]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = RGBColor.from_string(colour)
        style.font.name = LATIN_FONT
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    for name in ("Header", "Footer", "Caption"):
        doc.styles[name].font.size = Pt(9)
    for level in (1, 2, 3):
        doc.styles[f"toc {level}"].paragraph_format.left_indent = Cm(0.6 * (level - 1))
    apply_east_asian(doc, ids.values(), "en")
    doc.core_properties.author = "ConsultDesk"
    doc.core_properties.title = ""
    fixed = datetime.datetime(2026, 1, 1)
    doc.core_properties.created = doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "ConsultDesk"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(TARGET))
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
