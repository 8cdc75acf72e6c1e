"""The board scene mirrors the requirements of one engagement: one CardItem per requirement, laid out in the
cell its (value, urgency) names. It never writes: the tab turns the view's intents into ops, and the bus
notice comes back here as upsert()/remove() for just the cards that changed.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent

from consultdesk.domain.requirement_filter import RequirementFilter
from consultdesk.domain.requirements import Quadrant, Requirement, quadrant_for
from consultdesk.ui.board.background import Counts, paint_board
from consultdesk.ui.board.card import BadgeItem, CardItem
from consultdesk.ui.board.geometry import ALL_CELLS, BoardGeometry, Cell, Slots, slot_grid
from consultdesk.ui.board.look import CardLook, Density


class BoardScene(QGraphicsScene):
    cell_toggled = Signal(object)  # (value, urgency) of a cell expanded or folded back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardScene")
        # BSP index: hit tests and exposed-item lookups stay logarithmic with thousands of cards.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.cards: dict[int, CardItem] = {}
        self.members: dict[Cell, list[CardItem]] = {cell: [] for cell in ALL_CELLS}
        self.badges: dict[Cell, BadgeItem] = {}
        self.expanded: set[Cell] = set()
        self.filter = RequirementFilter()
        self.hide_unmatched = False
        self.look = CardLook(Density.COMFORTABLE, self.palette())
        self.geometry = BoardGeometry(slots=Slots(self.look.width, self.look.height))
        self.counts: Counts = {}
        self._cell_counts: dict[Cell, tuple[int, int]] = {}  # (matching, total) per cell, kept per dirty cell
        self._marked: set[int] = set()  # ids whose card shows "changed since sign-off"
        self._apply_geometry()

    # --- building ----------------------------------------------------------------------------------
    def load(self, requirements: Iterable[Requirement]) -> None:
        """Replace every card (engagement switched or a bulk change such as an import)."""
        for card in self.cards.values():
            self.removeItem(card)
        self.cards.clear()
        self._marked = set()
        for cell in ALL_CELLS:
            self.members[cell] = []
        self.expanded.clear()
        for requirement in requirements:
            assert requirement.id is not None, "the board shows stored requirements only"
            card = CardItem(requirement, self.look)
            card.set_dimmed(not self._matches(card))
            self.cards[requirement.id] = card
            self.members[card.cell].append(card)
            self.addItem(card)
        self._relayout(set(ALL_CELLS), resort=True)

    def upsert(self, requirements: Iterable[Requirement]) -> None:
        """Create or update cards; only the cells they leave or enter are laid out again."""
        dirty: set[Cell] = set()
        for requirement in requirements:
            assert requirement.id is not None, "the board shows stored requirements only"
            card = self.cards.get(requirement.id)
            if card is None:
                card = CardItem(requirement, self.look)
                self.cards[requirement.id] = card
                self.addItem(card)
            else:
                old_cell = card.cell
                self.members[old_cell].remove(card)
                dirty.add(old_cell)
                card.set_requirement(requirement)
            card.set_dimmed(not self._matches(card))
            self.members[card.cell].append(card)
            dirty.add(card.cell)
        self._relayout(dirty, resort=True)

    def remove(self, requirement_ids: Iterable[int]) -> None:
        dirty: set[Cell] = set()
        for requirement_id in requirement_ids:
            card = self.cards.pop(requirement_id, None)
            if card is not None:
                self.members[card.cell].remove(card)
                dirty.add(card.cell)
                self.removeItem(card)
                self._marked.discard(requirement_id)
        self._relayout(dirty, resort=False)

    def settle(self, cards: Iterable[CardItem]) -> None:
        """Put cards back into their slots after a drag (a drop that changed nothing snaps back)."""
        displaced = {c.cell for c in cards if c.scene() is self and c.pos() != c.slot}
        self._relayout(displaced, resort=False)

    def card(self, requirement_id: int) -> CardItem | None:
        return self.cards.get(requirement_id)

    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def set_changed_ids(self, changed_ids: set[int]) -> None:
        """Mark the cards changed since the last sign-off (called by the baselines area after every change).

        Only cards whose mark flips are touched, so a drop on a 5,000-card board stays cheap."""
        wanted = set(changed_ids) & self.cards.keys()
        for requirement_id in wanted ^ self._marked:
            self.cards[requirement_id].set_changed(requirement_id in wanted)
        self._marked = wanted

    # --- filtering and expanding -------------------------------------------------------------------
    def set_filter(self, new_filter: RequirementFilter, hide_unmatched: bool = False) -> None:
        self.filter = new_filter
        self.hide_unmatched = hide_unmatched and new_filter.active
        for card in self.cards.values():
            card.set_dimmed(not self._matches(card))
        self._relayout(set(ALL_CELLS), resort=True)

    def set_slots(self, slots: Slots) -> None:
        """Card size and slots per cell (the view picks them so the board fills the window)."""
        if slots != self.geometry.slots:
            self._resize_cards(slots.card_w)
            self.geometry = BoardGeometry({}, slots)  # expanded cells get their grids in _relayout
            self._apply_geometry()
            self._relayout(set(ALL_CELLS), resort=False, regrid=True)

    def set_density(self, density: Density) -> None:
        """Comfortable (two title lines) or compact (one); the view fits the slots to the window again."""
        if density is not Density.AUTOMATIC and density is not self.look.density:
            old = self.look
            self.look = CardLook(density, old.palette)
            self.look.rect.setWidth(old.width)
            items: list[CardItem | BadgeItem] = [*self.cards.values(), *self.badges.values()]
            for item in items:
                item.look = self.look
                item.reshape()
            self.invalidate(self.sceneRect())

    def largest_cell(self) -> int:
        """The most cards one cell shows (what decides between comfortable and compact cards)."""
        return max(len(self._shown(cell)) for cell in ALL_CELLS)

    def set_look_palette(self, palette: QPalette) -> None:
        """The desktop switched light/dark (or the app set a palette): repaint with the view's colours."""
        self.look.set_palette(palette)
        self.invalidate(self.sceneRect())

    def _resize_cards(self, width: float) -> None:
        if width != self.look.width:
            self.look.rect.setWidth(width)
            items: list[CardItem | BadgeItem] = [*self.cards.values(), *self.badges.values()]
            for item in items:
                item.reshape()

    def toggle_expanded(self, cell: Cell) -> None:
        if cell in self.expanded:
            self.expanded.discard(cell)
        else:
            self.expanded.add(cell)
        self._relayout({cell}, resort=False)
        self.cell_toggled.emit(cell)

    def _matches(self, card: CardItem) -> bool:
        return not self.filter.active or self.filter.matches(card.req, card.haystack())

    # --- layout ------------------------------------------------------------------------------------
    def _shown(self, cell: Cell) -> list[CardItem]:
        cards = self.members[cell]
        return [c for c in cards if not c.dimmed] if self.hide_unmatched else cards

    def _relayout(self, dirty: set[Cell], resort: bool, regrid: bool = False) -> None:
        if not dirty:
            return
        if resort:
            for cell in dirty:  # creation order: cards keep their places while the filter changes
                self.members[cell].sort(key=lambda c: c.req.seq)
        slots = self.geometry.slots
        self.expanded = {cell for cell in self.expanded
                         if len(self._shown(cell)) > slots.cols_in(cell[1]) * slots.rows}
        grids = {cell: slot_grid(len(self._shown(cell)), slots.cols_in(cell[1])) for cell in self.expanded}
        if regrid or grids != self.geometry.grids:
            self.geometry = BoardGeometry(grids, slots)
            self._apply_geometry()
            dirty = set(ALL_CELLS)
        for cell in dirty:
            self._layout_cell(cell)
            cards = self.members[cell]
            self._cell_counts[cell] = (sum(1 for c in cards if not c.dimmed), len(cards))
        self._update_counts()

    def _apply_geometry(self) -> None:
        self.setSceneRect(self.geometry.scene_rect())
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _layout_cell(self, cell: Cell) -> None:
        geo = self.geometry
        shown = self._shown(cell)
        if self.hide_unmatched:
            for card in self.members[cell]:
                if card.dimmed:
                    card.setVisible(False)
        capacity = geo.capacity(cell)
        expanded = cell in self.expanded
        if not expanded and len(shown) > capacity and self.filter.active:
            # A crowded cell shows the matching cards first, so the filter never hides them behind "+N".
            shown = [c for c in shown if not c.dimmed] + [c for c in shown if c.dimmed]
        visible = len(shown) if expanded or len(shown) <= capacity else capacity - 1
        parked = geo.slot_pos(cell, visible)  # hidden cards wait under the badge
        for index, card in enumerate(shown):
            if index >= visible:
                # A hidden card is not moved (thousands of them, on every resize): it gets its place when
                # it is shown again; until then its slot says where the badge is.
                card.slot = parked
                if card.isVisible():
                    card.setVisible(False)
                continue
            slot = geo.slot_pos(cell, index)
            if card.pos() != slot:
                card.setPos(slot)
            card.slot = slot
            if card.zValue() != 0.0:
                card.setZValue(0.0)
            if not card.isVisible():
                card.setVisible(True)
        hidden = len(shown) - visible
        badge = self.badges.get(cell)
        if not expanded and hidden == 0:
            if badge is not None:
                badge.setVisible(False)
            return
        if badge is None:
            badge = self.badges[cell] = BadgeItem(cell, self.toggle_expanded, self.look)
            self.addItem(badge)
        if expanded:
            badge.set_text(QCoreApplication.translate("BoardScene", "Show less"),
                           QCoreApplication.translate("BoardScene", "Collapse this cell"))
        else:
            badge.set_text(f"+{hidden}", QCoreApplication.translate(
                "BoardScene", "%n more card(s): click to show all", "", hidden))
        badge.setPos(geo.slot_pos(cell, visible))
        badge.setVisible(True)

    def _update_counts(self) -> None:
        counts: dict[Quadrant, list[int]] = {q: [0, 0] for q in Quadrant}
        for cell, (matching, total) in self._cell_counts.items():
            entry = counts[quadrant_for(*cell)]
            entry[0] += matching
            entry[1] += total
        new_counts = {q: (m, t) for q, (m, t) in counts.items()}
        if new_counts != self.counts:
            self.counts = new_counts
            for high_value in (True, False):  # repaint only the title bands, not the whole board
                for high_urgency in (True, False):
                    self.invalidate(self.geometry.band_rect(high_value, high_urgency), QGraphicsScene.SceneLayer.BackgroundLayer)

    # --- painting ----------------------------------------------------------------------------------
    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 - Qt override
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem):
                item.ensure_tooltip()
                break
        super().helpEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt override
        paint_board(painter, QRectF(rect), self.geometry, self.counts, self.filter.active, self.look.palette)

    def retranslate(self) -> None:
        for card in self.cards.values():
            card.retranslate()
        self._relayout(set(ALL_CELLS), resort=False)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
