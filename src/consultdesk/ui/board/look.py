"""How big the cards are and what colours they take: the density (Comfortable / Compact) and the palette.

A card's height follows from its fonts (one code line, then one or two title lines); its width follows
from the window (geometry.fit_slots). Colours come from the widget palette, so a dark desktop gets a dark
board; only the meaning colours (type stripes, status marks, quadrant inks) are fixed, and the quadrant
tints are blended into the palette's base colour.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPalette, QPen, QTextLayout

SETTINGS_KEY = "board/density"
READABLE_PX = 11.0  # the smallest title size the board shows (zoom included) before it scrolls instead


class Density(Enum):
    AUTOMATIC = "automatic"  # comfortable while every card fits, compact once a cell overflows
    COMFORTABLE = "comfortable"
    COMPACT = "compact"


# title px, code px, title lines, narrowest card
_SPECS = {Density.COMFORTABLE: (13, 11, 2, 124.0), Density.COMPACT: (11, 10, 1, 78.0)}
STRIPE = 5.0
TEXT_X = STRIPE + 5.0
PAD_Y = 3.0


def blend(colour: QColor, base: QColor, amount: float) -> QColor:
    """*amount* of *colour* over *base* (tints stay faint on light and dark palettes alike)."""
    def mix(c: float, b: float) -> float:
        return b + (c - b) * amount

    return QColor.fromRgbF(mix(colour.redF(), base.redF()), mix(colour.greenF(), base.greenF()),
                           mix(colour.blueF(), base.blueF()))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


class CardLook:
    """Fonts, sizes, pens and brushes every card of one board shares."""

    def __init__(self, density: Density = Density.COMFORTABLE, palette: QPalette | None = None) -> None:
        if density is Density.AUTOMATIC:
            density = Density.COMFORTABLE
        self.density = density
        title_px, code_px, self.title_lines, self.min_width = _SPECS[density]
        self.title_font = QFont()
        self.title_font.setPixelSize(title_px)
        self.code_font = QFont()
        self.code_font.setPixelSize(code_px)
        self.code_font.setBold(True)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.code_height = QFontMetricsF(self.code_font).height()
        self.line_height = self.title_metrics.lineSpacing()
        self.height = round(PAD_Y + self.code_height + self.title_lines * self.line_height + PAD_Y)
        self.rect = QRectF(0.0, 0.0, self.min_width, self.height)  # the scene sets the width to the window's
        self.hand = QCursor(Qt.CursorShape.OpenHandCursor)  # one cursor object for thousands of cards
        self.set_palette(palette or QPalette())

    @property
    def width(self) -> float:
        return self.rect.width()

    @property
    def title_px(self) -> float:
        return float(self.title_font.pixelSize())

    def set_palette(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.palette = palette
        base, text = palette.color(role.Base), palette.color(role.Text)
        highlight = palette.color(role.Highlight)
        self.card_brush = QBrush(base)
        self.selected_brush = QBrush(blend(highlight, base, 0.28))
        self.border_pen = QPen(blend(text, base, 0.32), 1.0)
        self.selected_pen = QPen(highlight, 2.0)
        self.code_pen = QPen(blend(text, base, 0.72))
        self.title_pen = QPen(text)
        self.muted_pen = QPen(blend(text, base, 0.5))
        self.badge_brush = QBrush(palette.color(role.AlternateBase))
        self.badge_pen = QPen(blend(text, base, 0.55), 1.0, Qt.PenStyle.DashLine)

    def title_rect(self, width: float) -> QRectF:
        top = PAD_Y + self.code_height
        return QRectF(TEXT_X, top, width - TEXT_X - 4.0, self.title_lines * self.line_height)

    def title_lines_for(self, title: str, width: float) -> list[str]:
        """The title wrapped into this look's lines; the last line shown is elided if the title goes on."""
        available = width - TEXT_X - 4.0
        if self.title_lines == 1 or self.title_metrics.horizontalAdvance(title) <= available:
            return [self.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, available)]
        layout = QTextLayout(title, self.title_font)
        layout.beginLayout()
        starts: list[int] = []
        while len(starts) < self.title_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(available)
            starts.append(line.textStart())
        layout.endLayout()
        lines = [title[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]
        rest = title[starts[-1]:].strip() if starts else title
        lines.append(self.title_metrics.elidedText(rest, Qt.TextElideMode.ElideRight, available))
        return lines
