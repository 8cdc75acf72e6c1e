"""Where everything sits on the quadrant board: cells, quadrant bands, axis labels and card slots.

Urgency runs left → right (1 … 5), value bottom → top (1 … 5). A band above value 5 and one between value 4
and value 3 carry the quadrant titles, so the 3|4 split is visible on both axes. Every cell holds a grid of
card slots. The slots are sized to the window (fit_slots): the board fills the view at 100 %, cards as
wide as their column allows, as many rows as its height holds. For an expanded cell ("+N" clicked) the
other columns lend their room (fit_slots "wide"): it spreads sideways, then grows downwards, so cards
never overlap other cells and the board only ever scrolls vertically.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from consultdesk.domain.requirements import HIGH_SCORE, MAX_SCORE, MIN_SCORE

Cell = tuple[int, int]  # (value, urgency)

GAP, PAD = 4.0, 6.0
AXIS_W, AXIS_H = 40.0, 28.0  # value labels on the left, urgency labels at the bottom
LEGEND_H = 24.0  # type colours and status marks under the urgency axis
BAND_H = 26.0  # quadrant title bands
RIGHT = 8.0  # margin right of the grid
SCORES = range(MIN_SCORE, MAX_SCORE + 1)
ALL_CELLS: tuple[Cell, ...] = tuple((v, u) for v in SCORES for u in SCORES)


@dataclass(frozen=True)
class Slots:
    """The card size and the slot grid of a collapsed cell; col_w/row_h stretch cells to fill the window."""

    card_w: float = 104.0
    card_h: float = 32.0
    cols: int = 2
    rows: int = 3
    col_w: float = 0.0
    row_h: float = 0.0
    widths: tuple[float, ...] = ()  # per urgency column, when an open cell widened its column
    counts: tuple[int, ...] = ()  # card columns per urgency column, likewise

    @property
    def per_cell(self) -> int:
        return self.cols * self.rows

    def cols_in(self, urgency: int) -> int:
        return self.counts[urgency - MIN_SCORE] if self.counts else self.cols

    def width_of(self, urgency: int) -> float:
        return self.widths[urgency - MIN_SCORE] if self.widths else self.col_w


def _columns(inner_w: float, card_w: float) -> int:
    return max(1, int((inner_w + GAP) // (card_w + GAP)))


def fit_slots(width: float, height: float, card_h: float, min_card_w: float,
              wide: frozenset[int] = frozenset()) -> Slots:
    """Slots for a board that fills a width × height view at 100 %: the widest cards that keep at least
    *min_card_w*, as many rows as a cell holds (at least one of each: a tiny view scrolls or zooms).

    The urgency columns in *wide* (those of open cells) take the room the others can give: those keep one
    narrow card per row, so an open cell spreads sideways instead of growing a long way down."""
    col_w = max(0.0, (width - AXIS_W - RIGHT) / len(SCORES))
    row_h = max(0.0, (height - 2 * BAND_H - AXIS_H - LEGEND_H) / len(SCORES))
    inner_w = col_w - 2 * PAD
    cols = _columns(inner_w, min_card_w)
    card_w = math.floor(max(min_card_w, (inner_w - (cols - 1) * GAP) / cols))
    rows = max(1, int((row_h - 2 * PAD + GAP) // (card_h + GAP)))
    uniform = Slots(card_w, card_h, cols, rows, col_w, row_h)
    if not wide or len(wide) == len(SCORES):
        return uniform
    narrow = 2 * PAD + min_card_w
    share = (width - AXIS_W - RIGHT - (len(SCORES) - len(wide)) * narrow) / len(wide)
    wide_cols = _columns(share - 2 * PAD, min_card_w)
    if wide_cols <= cols:
        return uniform  # the other columns have nothing to give
    widths = tuple(share if u in wide else narrow for u in SCORES)
    counts = tuple(wide_cols if u in wide else 1 for u in SCORES)
    return Slots(min_card_w, card_h, cols, rows, col_w, row_h, widths, counts)


def slot_grid(card_count: int, cols: int) -> tuple[int, int]:
    """(columns, rows) of slots an expanded cell needs for *card_count* cards plus its "show less" badge."""
    return cols, max(1, math.ceil((card_count + 1) / cols))


class BoardGeometry:
    """Immutable layout for one set of per-cell slot grids (recomputed when an expanded cell changes)."""

    def __init__(self, grids: dict[Cell, tuple[int, int]] | None = None, slots: Slots | None = None) -> None:
        self.grids = dict(grids or {})
        self.slots = slots = slots or Slots()
        self.card_w, self.card_h = slots.card_w, slots.card_h
        cols_of = {u: slots.cols_in(u) for u in SCORES}
        rows_of = {v: slots.rows for v in SCORES}
        for (v, u), (cols, rows) in self.grids.items():
            cols_of[u] = max(cols_of[u], cols)
            rows_of[v] = max(rows_of[v], rows)
        self.col_slots = cols_of
        self.row_slots = rows_of
        self.col_w = {u: max(slots.width_of(u), self._span(cols_of[u], self.card_w)) for u in SCORES}
        self.row_h = {v: max(slots.row_h, self._span(rows_of[v], self.card_h)) for v in SCORES}
        self.col_x: dict[int, float] = {}
        x = AXIS_W
        for u in SCORES:
            self.col_x[u] = x
            x += self.col_w[u]
        self.right = x
        self.row_y: dict[int, float] = {}
        self.bands: dict[str, float] = {"high": 0.0}
        y = BAND_H
        for v in reversed(SCORES):
            if v == HIGH_SCORE - 1:
                self.bands["low"] = y
                y += BAND_H
            self.row_y[v] = y
            y += self.row_h[v]
        self.bottom = y
        self.split_x = self.col_x[HIGH_SCORE]

    @property
    def base_rows(self) -> int:
        return self.slots.rows

    @staticmethod
    def _span(slots: int, size: float) -> float:
        return 2 * PAD + slots * size + (slots - 1) * GAP

    # --- rectangles --------------------------------------------------------------------------------
    def scene_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.right + RIGHT, self.bottom + AXIS_H + LEGEND_H)

    def legend_rect(self) -> QRectF:
        return QRectF(AXIS_W, self.bottom + AXIS_H, self.right - AXIS_W, LEGEND_H)

    def grid_rect(self) -> QRectF:
        return QRectF(AXIS_W, 0.0, self.right - AXIS_W, self.bottom)

    def cell_rect(self, cell: Cell) -> QRectF:
        v, u = cell
        return QRectF(self.col_x[u], self.row_y[v], self.col_w[u], self.row_h[v])

    def band_rect(self, high_value: bool, high_urgency: bool) -> QRectF:
        y = self.bands["high" if high_value else "low"]
        left, right = (self.split_x, self.right) if high_urgency else (AXIS_W, self.split_x)
        return QRectF(left, y, right - left, BAND_H)

    def capacity(self, cell: Cell) -> int:
        """Slots a cell offers: its own grid if expanded, else what its row/column give it."""
        v, u = cell
        if cell in self.grids:
            cols, rows = self.grids[cell]
            return cols * rows
        return self.col_slots[u] * self.row_slots[v]

    def slot_pos(self, cell: Cell, index: int) -> QPointF:
        """Top-left of slot *index* (row-major) inside *cell*."""
        v, u = cell
        cols = self.grids[cell][0] if cell in self.grids else self.col_slots[u]
        row, col = divmod(index, cols)
        return QPointF(self.col_x[u] + PAD + col * (self.card_w + GAP),
                       self.row_y[v] + PAD + row * (self.card_h + GAP))

    # --- hit testing -------------------------------------------------------------------------------
    def cell_at(self, point: QPointF, strict: bool = False) -> Cell | None:
        """The cell under *point*; with strict=False a point outside the grid maps to the nearest cell."""
        u = self._nearest(point.x(), {s: (self.col_x[s], self.col_x[s] + self.col_w[s]) for s in SCORES}, strict)
        v = self._nearest(point.y(), {s: (self.row_y[s], self.row_y[s] + self.row_h[s]) for s in SCORES}, strict)
        if u is None or v is None:
            return None
        return v, u

    @staticmethod
    def _nearest(coord: float, spans: dict[int, tuple[float, float]], strict: bool) -> int | None:
        best, best_distance = None, math.inf
        for score, (low, high) in spans.items():
            if low <= coord <= high:
                return score
            distance = min(abs(coord - low), abs(coord - high))
            if distance < best_distance:
                best, best_distance = score, distance
        return None if strict else best
