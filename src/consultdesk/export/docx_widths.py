"""Column widths from cell content, and rough line counts: what Word would otherwise guess badly.

A fixed-layout table with equal or hand-picked fractions breaks short tokens mid-way ("REQ-00 1",
"Confirm ed", "是否根 本原因", "2025-04-02 1 0:15"). Auto-layout would fix that in Word but not in
LibreOffice, and costs Word a layout pass per table on open. So we measure instead: a column whose
cells are all short (codes, statuses, dates, scores) gets exactly the width of its longest cell and
never wraps; text columns share what is left, none narrower than its longest word.

Widths are estimated in "units" of one Latin character at the table font size; a wide (CJK) character
counts as two. The estimate errs on the wide side (bold header text, capitals) so it never truncates.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

TWIPS_PER_UNIT = 138  # ~ advance of a 10.5 pt digit in a wide substitute (DejaVu Sans: 0.64 em), with a margin
CELL_PADDING = 230  # left + right cell margins of Table Grid (2 x 108 twips) and a little air
SHORT_UNITS = 24  # a column whose every cell fits this stays on one line ("2025-04-02 10:15")
SHORT_CJK_UNITS = 12  # a column of Chinese cells is short up to six characters
CJK_TEXT_MIN_UNITS = 10  # a column of Chinese text is never narrower than about five characters
HEADER_NOWRAP_UNITS = 14  # a short (e.g. Chinese) header never breaks inside a word
SHRINK_WORD_UNITS = 16  # a text column squeezed for room still fits words up to this
LONGEST_WORD_CAP = 28  # a URL or hash may wrap anywhere rather than squeeze every other column
_TOKEN = re.compile(r"[^\s\u3000]+")


# Wide (two-unit) characters: CJK, Hangul, full-width forms, most emoji; and the East Asian
# ambiguous "·" and "…", which a Chinese document sets in its CJK font at full width.
_FULL_WIDTH = ("\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
               "\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001faff\U00020000-\U0003fffd")
_WIDE = re.compile(f"[\u00b7\u2026{_FULL_WIDTH}]")
_CJK = re.compile(f"[{_FULL_WIDTH}]")  # text that wraps between any two characters
_BROAD = re.compile("[A-Zmw@%]")
_THIN = re.compile("[ilI.,:;'|!()\\[\\] ]")


def units(text: str) -> float:
    """Estimated width of `text` on one line, in Latin-character units (regexes: this runs per cell)."""
    width = len(text) + 0.25 * len(_BROAD.findall(text)) - 0.4 * len(_THIN.findall(text))
    if not text.isascii():
        width += len(_WIDE.findall(text))
    return width


def longest_line(text: str) -> float:
    return max((units(line) for line in text.split("\n")), default=0.0)


def longest_word(text: str) -> float:
    """Width of the longest unbreakable piece: a Latin word, or one CJK character (they break anywhere)."""
    best = 0.0
    for token in _TOKEN.findall(text):
        if token.isascii():
            best = max(best, units(token))
        else:
            # Han text breaks between any two characters; a Latin run inside it does not.
            for piece in re.findall(r"[\x00-\x7f\u00b7\u2026]+|.", token):
                best = max(best, units(piece))
    return best


def column_twips(header: Sequence[str] | None, rows: Sequence[Sequence[object]], total: int,
                 weights: Sequence[float] | None = None) -> tuple[int, ...]:
    """Twips per column: short columns fit their longest cell, text columns share the rest by weight."""
    columns = len(header) if header else max((len(r) for r in rows), default=1)
    longest = [0.0] * columns
    word = [0.0] * columns
    filled = [0.0] * columns  # total text per column: the default weight of a text column
    spaced_word = [0.0] * columns  # longest space-separated piece of a short cell ("客户代表" stays whole)
    wide = [False] * columns  # holds CJK text
    for row in rows:
        for index in range(min(columns, len(row))):
            value = row[index]
            if value is None or value == "":
                continue
            text = str(value)
            width = longest_line(text)
            if not wide[index] and not text.isascii() and _CJK.search(text):
                wide[index] = True
            if width > longest[index]:
                longest[index] = width
            filled[index] += min(width, 200.0)
            if width <= SHORT_UNITS and width > spaced_word[index]:  # no piece is wider than its cell
                spaced_word[index] = max(spaced_word[index], max((units(t) for t in _TOKEN.findall(text)), default=0.0))
            if width > word[index]:  # a cell no wider than the widest word so far cannot raise it
                w = longest_word(text)
                if w > word[index]:
                    word[index] = w
    head_min = [0.0] * columns
    if header:
        for index, title in enumerate(header[:columns]):
            title = str(title)
            whole = longest_line(title) * 1.15  # bold
            # "Acceptance tests" may wrap between its words; "是否根本原因" must not break inside.
            spaced = " " in title.strip()
            pieces = max((units(t) for t in _TOKEN.findall(title)), default=0.0) * 1.15  # "原因 / 任务": 原因, 任务
            head_min[index] = whole if whole <= HEADER_NOWRAP_UNITS * 1.15 and not spaced else min(
                pieces, HEADER_NOWRAP_UNITS * 1.15)
            if longest[index] == 0 and not spaced and whole > 10 and not title.isascii():  # empty: 2 lines of CJK
                head_min[index] = whole / 2 + 1
    need = [0] * columns  # fixed width of a short column, or the preferred minimum of a text column
    least = [0] * columns  # what a text column may shrink to when the page is too narrow
    flexible = []
    for index in range(columns):
        # Codes, statuses, dates, scores (or a CJK word or two: 已确认, 直接原因) never wrap; longer CJK
        # text wraps between any two characters, so it is a text column, just not a very narrow one.
        if longest[index] <= (SHORT_CJK_UNITS if wide[index] else SHORT_UNITS):
            need[index] = least[index] = _tw(max(longest[index], head_min[index]))
        else:
            floor = CJK_TEXT_MIN_UNITS if wide[index] else 4
            need[index] = _tw(max(min(word[index], LONGEST_WORD_CAP), head_min[index], 6, floor))
            # Shrinking keeps a file name or an identifier whole ("application.yml" inside Chinese
            # text); only longer pieces (hashes, URLs) may wrap inside.
            least[index] = _tw(max(min(word[index], SHRINK_WORD_UNITS), floor))
            flexible.append(index)
    if weights and len(weights) >= columns:
        shares = [float(weights[i]) for i in flexible]
    else:
        shares = [max(filled[i] / max(1, len(rows)), 1.0) for i in flexible]
    spare = total - sum(need)
    if spare < 0 and flexible:  # text columns give up their preferred width first
        need = [least[i] if i in flexible else need[i] for i in range(columns)]
        spare = total - sum(need)
    if spare < 0:  # then short columns may wrap between words ("CR-002 / (approved)"), never inside one
        flex = set(flexible)
        need = [need[i] if i in flex else _tw(max(spaced_word[i], head_min[i])) for i in range(columns)]
        spare = total - sum(need)
    if spare < 0:  # too much to fit: scale everything down (Word then wraps where it must)
        scale = total / max(1, sum(need))
        return tuple(max(300, int(n * scale)) for n in need)
    if not flexible:  # only short columns: stretch them by their size, so the table spans the page
        grow = spare / max(1, sum(need))
        return tuple(int(n * (1 + grow)) for n in need)
    widths = [float(n) for n in need]
    _share(widths, flexible, shares, spare)
    return tuple(int(w) for w in widths)


def _share(widths: list[float], flexible: list[int], shares: list[float], spare: float) -> None:
    total_share = sum(shares) or 1.0
    for index, share in zip(flexible, shares, strict=False):
        widths[index] += spare * share / total_share


def _tw(unit_count: float) -> int:
    return int(math.ceil(unit_count * TWIPS_PER_UNIT)) + CELL_PADDING


def label_column_twips(labels: Sequence[str], total: int) -> tuple[int, int]:
    """(label, value) widths of a key-value table: the label column fits its longest label up to a
    third of the page, so all of a document's attribute tables share one shape."""
    width = _tw(max((longest_line(str(label)) * 1.15 for label in labels), default=6))
    width = min(width, total // 3)
    return width, total - width


def lines_in(text: str, width_twips: int) -> int:
    """Lines `text` takes in a column `width_twips` wide (each paragraph at least one)."""
    capacity = max(1.0, (width_twips - CELL_PADDING) / TWIPS_PER_UNIT)
    return sum(max(1, math.ceil(units(line) / capacity)) for line in text.split("\n"))


class PageEstimate:
    """Which page the writer is on, estimated from line counts (for the pre-filled TOC's numbers).

    Exact numbers need a layout engine; Word and LibreOffice recompute them on print or on "update
    field". An estimate within a page or two is what a reader of the unrefreshed file sees.
    """

    # Line heights in twips at 10.5 pt: Latin fonts ~1.16 em, CJK fonts (Noto Sans CJK, YaHei) ~1.45 em.
    LINE = 310  # Normal paragraphs (1.25 line spacing), Latin text
    LINE_CJK = 385
    AFTER = 80
    TABLE_LINE = 250  # table cells (single spacing)
    TABLE_LINE_CJK = 310
    TOC_LINE = 330
    HEADING = {1: 900, 2: 700, 3: 560}

    def __init__(self, page_height: int, text_width: int) -> None:
        self.page_height = max(page_height, 4000)
        self.text_width = text_width
        self.page = 1
        self.used = 0
        self.kept: int | None = None

    def add(self, twips: float) -> None:
        self.used += int(twips)
        while self.used > self.page_height:
            self.page += 1
            self.used -= self.page_height

    def text(self, text: str, keep_next: bool = False) -> None:
        if not keep_next:
            self.kept = None
        line = self.LINE if text.isascii() else self.LINE_CJK
        self.add(lines_in(text, self.text_width + CELL_PADDING) * line + self.AFTER)

    def heading(self, level: int) -> int:
        """Account for a heading (kept with what follows) and return its page."""
        height = self.HEADING.get(level, 560)
        if self.used + height + 3 * self.LINE > self.page_height:
            self.new_page()
        self.kept = self.used  # where a block kept with this heading starts
        self.add(height)
        return self.page

    def table_rows(self, lines: int, rows: int, keep_together: bool = False, tall: int = 0) -> bool:
        """Account for a table; a kept-together table that does not fit moves to the next page with the
        heading and text kept with it. True when it moved (the heading's page then is the new one)."""
        height = (lines - tall) * self.TABLE_LINE + tall * self.TABLE_LINE_CJK + rows * 60 + self.AFTER
        start = self.kept
        self.kept = None
        if keep_together and self.used + height > self.page_height:
            block = height + (self.used - start if start is not None and start <= self.used else 0)
            if block <= self.page_height:
                self.new_page()
                self.add(block)
                return start is not None
        self.add(height)
        return False

    def new_page(self) -> None:
        self.kept = None
        if self.used:
            self.page += 1
            self.used = 0
