"""Wrapped text for the fishbone: one QTextLayout per (text, width, font), used to measure AND to draw,
so the box the layout reserved is exactly the text that gets painted (CJK, emoji and RTL included)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption


@dataclass
class WrappedText:
    layout: QTextLayout
    width: float
    height: float

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))


class TextMetrics:
    """Fonts of the diagram and a cache of laid-out texts (a re-layout after one edit re-measures one text)."""

    def __init__(self, base: QFont | None = None) -> None:
        base = QFont(base) if base is not None else QFont()
        if base.pointSizeF() <= 0:
            base.setPixelSize(13)
        else:
            base.setPointSizeF(max(9.0, base.pointSizeF()))
        self.cause_font = QFont(base)
        self.root_font = QFont(base)
        self.root_font.setBold(True)
        self.label_font = QFont(base)
        self.label_font.setBold(True)
        self.head_font = QFont(base)
        self.head_font.setBold(True)
        if base.pointSizeF() > 0:
            self.head_font.setPointSizeF(base.pointSizeF() * 1.2)
        else:
            self.head_font.setPixelSize(round(base.pixelSize() * 1.2))
        self._option = QTextOption()
        # Break at word boundaries, but also inside very long words/URLs so nothing overflows its box.
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._cache: dict[tuple[str, float, str], WrappedText] = {}
        # QFont.key() is not free; the diagram uses these few fonts thousands of times per layout.
        self._keys = {id(f): f.key() for f in (self.cause_font, self.root_font, self.label_font, self.head_font)}
        self.badge_font = QFont(base)
        self.badge_font.setBold(True)
        self.badge_font.setPixelSize(10)

    def wrapped(self, text: str, width: float, font: QFont) -> WrappedText:
        key = (text, width, self._keys.get(id(font)) or font.key())
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        layout = QTextLayout(text, font)
        layout.setTextOption(self._option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        height = 0.0
        natural = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            natural = max(natural, line.naturalTextWidth())
        layout.endLayout()
        result = WrappedText(layout, math.ceil(min(natural, width)) + 1.0, math.ceil(height))
        if len(self._cache) > 5000:  # a long session of edits: drop the stale texts
            self._cache.clear()
        self._cache[key] = result
        return result

    def cause_font_for(self, is_root: bool) -> QFont:
        return self.root_font if is_root else self.cause_font

    def cause_measure(self, bold_texts: set[str]) -> Callable[[str, float], tuple[float, float]]:
        """A measure callback for the layout: root causes are drawn bold, so they are measured bold."""

        def measure(text: str, width: float) -> tuple[float, float]:
            wrapped = self.wrapped(text, width, self.root_font if text in bold_texts else self.cause_font)
            return wrapped.width, wrapped.height

        return measure

    def measure_label(self, text: str, width: float) -> tuple[float, float]:
        wrapped = self.wrapped(text, width, self.label_font)
        return wrapped.width, wrapped.height

    def measure_head(self, text: str, width: float) -> tuple[float, float]:
        wrapped = self.wrapped(text, width, self.head_font)
        return wrapped.width, wrapped.height
