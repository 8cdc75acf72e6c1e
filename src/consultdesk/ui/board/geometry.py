"""Where everything sits on the quadrant board: cells, quadrant bands, axis labels and card slots.

Urgency runs left → right (1 … 5), value bottom → top (1 … 5). A band above value 5 and one between value 4
and value 3 carry the quadrant titles, so the 3|4 split is visible on both axes. Every cell holds a grid of
card slots; an expanded cell ("+N" clicked) gets as many slots as it has cards and widens its row and
column, so cards never overlap other cells.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from consultdesk.domain.requirements import HIGH_SCORE, MAX_SCORE, MIN_SCORE

Cell = tuple[int, int]  # (value, urgency)

CARD_W, CARD_H = 104.0, 32.0
GAP, PAD = 4.0, 6.0
BASE_COLS, BASE_ROWS = 2, 3  # slots of a collapsed cell (rows grow to fill a tall window: MAX_BASE_ROWS)
MAX_BASE_ROWS = 6
AXIS_W, AXIS_H = 40.0, 28.0  # value labels on the left, urgency labels at the bottom
LEGEND_H = 24.0  # type colours and status marks under the urgency axis
BAND_H = 26.0  # quadrant title bands
SCORES = range(MIN_SCORE, MAX_SCORE + 1)
ALL_CELLS: tuple[Cell, ...] = tuple((v, u) for v in SCORES for u in SCORES)


def slot_grid(card_count: int) -> tuple[int, int]:
    """(columns, rows) of slots an expanded cell needs for *card_count* cards plus its "show less" badge."""
    slots = card_count + 1
    cols = max(BASE_COLS, math.ceil(math.sqrt(slots * 1.3)))
    return cols, max(BASE_ROWS, math.ceil(slots / cols))


class BoardGeometry:
    """Immutable layout for one set of per-cell slot grids (recomputed when an expanded cell changes)."""

    def __init__(self, grids: dict[Cell, tuple[int, int]] | None = None, base_rows: int = BASE_ROWS) -> None:
        self.grids = dict(grids or {})
        self.base_rows = base_rows
        cols_of = {u: BASE_COLS for u in SCORES}
        rows_of = {v: base_rows for v in SCORES}
        for (v, u), (cols, rows) in self.grids.items():
            cols_of[u] = max(cols_of[u], cols)
            rows_of[v] = max(rows_of[v], rows)
        self.col_slots = cols_of
        self.row_slots = rows_of
        self.col_x: dict[int, float] = {}
        x = AXIS_W
        for u in SCORES:
            self.col_x[u] = x
            x += self._span(cols_of[u], CARD_W)
        self.right = x
        self.row_y: dict[int, float] = {}
        self.bands: dict[str, float] = {"high": 0.0}
        y = BAND_H
        for v in reversed(SCORES):
            if v == HIGH_SCORE - 1:
                self.bands["low"] = y
                y += BAND_H
            self.row_y[v] = y
            y += self._span(rows_of[v], CARD_H)
        self.bottom = y
        self.split_x = self.col_x[HIGH_SCORE]

    @staticmethod
    def _span(slots: int, size: float) -> float:
        return 2 * PAD + slots * size + (slots - 1) * GAP

    # --- rectangles --------------------------------------------------------------------------------
    def scene_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.right + 8.0, self.bottom + AXIS_H + LEGEND_H)

    def legend_rect(self) -> QRectF:
        return QRectF(AXIS_W, self.bottom + AXIS_H, self.right - AXIS_W, LEGEND_H)

    def grid_rect(self) -> QRectF:
        return QRectF(AXIS_W, 0.0, self.right - AXIS_W, self.bottom)

    def cell_rect(self, cell: Cell) -> QRectF:
        v, u = cell
        return QRectF(self.col_x[u], self.row_y[v], self._span(self.col_slots[u], CARD_W),
                      self._span(self.row_slots[v], CARD_H))

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
        return QPointF(self.col_x[u] + PAD + col * (CARD_W + GAP), self.row_y[v] + PAD + row * (CARD_H + GAP))

    # --- hit testing -------------------------------------------------------------------------------
    def cell_at(self, point: QPointF, strict: bool = False) -> Cell | None:
        """The cell under *point*; with strict=False a point outside the grid maps to the nearest cell."""
        u = self._nearest(point.x(), {s: (self.col_x[s], self.cell_rect((1, s)).right()) for s in SCORES}, strict)
        v = self._nearest(point.y(), {s: (self.row_y[s], self.cell_rect((s, 1)).bottom()) for s in SCORES}, strict)
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


def rows_to_fill(grids: dict[Cell, tuple[int, int]], width: float, height: float) -> int:
    """The most slot rows per cell whose board still fits a width × height window by width (a tall window
    gets roomier cells instead of empty margins)."""
    if width <= 0 or height <= 0:
        return BASE_ROWS
    for rows in range(MAX_BASE_ROWS, BASE_ROWS, -1):
        rect = BoardGeometry(grids, rows).scene_rect()
        if rect.height() / rect.width() <= height / width:
            return rows
    return BASE_ROWS
