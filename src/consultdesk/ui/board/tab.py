"""The Board tab: engagement picker, filter row, the value × urgency board, and the requirements list.

The board reads through ctx.repos and writes only through ops.requirements; every op comes back as a bus
notice, and only the cards it names are updated (a drop re-lays out two cells, not the board).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.requirement_filter import RequirementFilter, tags_of
from consultdesk.ops import requirements as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.board.actions import BoardActions
from consultdesk.ui.board.deletion import delete_with_notice
from consultdesk.ui.board.filter_bar import BoardFilterBar
from consultdesk.ui.board.geometry import Cell
from consultdesk.ui.board.missing_engagement import MissingEngagementBar
from consultdesk.ui.board.scene import BoardScene
from consultdesk.ui.board.signoff_marks import shared_marks
from consultdesk.ui.board.view import BoardView
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.tab_page import TabPage

if TYPE_CHECKING:
    from consultdesk.ui.board.requirements_panel import RequirementsPanel

_T = TypeVar("_T")

AREA = ops.AREA
# More changed ids than this in one notice (an import, a bulk delete) → rebuild instead of patching.
_REBUILD_THRESHOLD = 400


class BoardTab(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, with_list: bool = True) -> None:
        """with_list=False: the board alone, without the requirements list beside it (benchmarks)."""
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.marks = shared_marks(ctx)  # before our own change handler, so it is current when we read it
        self.picker = EngagementPicker(ctx, self)
        self.filter_bar = BoardFilterBar(self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self.hint = QLabel(self)
        self.hint.setObjectName("boardHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, and readable when dark
        self.hint.setWordWrap(True)  # a long hint must not set the window's minimum width
        self.missing = MissingEngagementBar(ctx, self)
        self.board_box = board_box = QWidget(self)
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.missing)
        board_layout.addWidget(self.filter_bar)
        board_layout.addWidget(self.view, 1)
        board_layout.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(board_box)
        # The requirements list is built right after the board's first paint (ensure_panel), so a large
        # engagement shows its board at once and the list fills in a moment later.
        self.requirements_panel: RequirementsPanel | None = None
        self._with_list = with_list
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.splitter, 1)
        self.board_actions = BoardActions(self)

        self.picker.engagement_picked.connect(self.show_engagement)
        self.follower = follow_bus(ctx, self, ("engagements", "baselines", "requirements"), self._on_changed)
        self.view.cards_moved.connect(self.move_cards)
        self.view.create_requested.connect(self.create_in_cell)
        self.view.open_requested.connect(self.open_requirement)
        self.view.delete_requested.connect(self.delete_requirements)
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.filter_bar.text_edit.returnPressed.connect(self.filter_bar.flush)
        self._syncing = False
        self.scene.selectionChanged.connect(self._board_selection_changed)
        self.retranslate()
        self.show_engagement(ctx.selection.engagement_id)

    # --- the list and the board show the same selection ----------------------------------------------
    def _board_selection_changed(self) -> None:
        if self._syncing or self.requirements_panel is None:
            return
        cards = self.scene.selected_cards()
        if len(cards) == 1:
            self._syncing = True
            try:
                self.requirements_panel.select_requirement(cards[0].requirement_id)
            finally:
                self._syncing = False

    def _list_selection_changed(self, *_args: Any) -> None:
        if self._syncing or self.requirements_panel is None:
            return
        self._syncing = True
        try:
            self.scene.clearSelection()
            for requirement_id in self.requirements_panel.selected_ids():
                card = self.scene.card(requirement_id)
                if card is not None and card.isVisible():
                    card.setSelected(True)
                    self.view.ensureVisible(card)
        finally:
            self._syncing = False

    def ensure_panel(self) -> RequirementsPanel | None:
        """Build the requirements list beside the board (once; None if that part is not installed)."""
        if self.requirements_panel is None and self._with_list:
            from consultdesk.ui.board.requirements_panel import RequirementsPanel  # after the first paint

            panel = self.requirements_panel = RequirementsPanel(self.ctx)
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes([880, 400])
            panel.table.selectionModel().selectionChanged.connect(self._list_selection_changed)
        return self.requirements_panel

    # --- what is shown -----------------------------------------------------------------------------
    def show_engagement(self, engagement_id: int | None, force: bool = False) -> None:
        if engagement_id == self.engagement_id and not force:
            return
        self.engagement_id = engagement_id
        self.reload()
        self.view.setEnabled(engagement_id is not None)
        self.missing.refresh()
        self.view.refit()

    def reload(self) -> None:
        requirements = [] if self.engagement_id is None else self.ctx.repos.requirements.for_engagement(
            self.engagement_id)
        self.scene.load(requirements)
        self.view.refit()
        self._refresh_tags()
        self._mark_changed_since_signoff()

    def _mark_changed_since_signoff(self) -> None:
        # Baselines area: cards added or edited since the latest sign-off carry the "changed" mark.
        self.scene.set_changed_ids(self.marks.ids(self.engagement_id))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("engagements") and self.engagement_id is not None:
            if self.ctx.repos.rows.get("engagements", self.engagement_id) is None:
                self.show_engagement(None)
                return
        if self.engagement_id is not None and changes.touches("baselines") and not changes.touches("requirements"):
            self._mark_changed_since_signoff()  # a new sign-off clears the marks
        if self.engagement_id is None or not changes.touches("requirements"):
            return
        ids = changes.ids("requirements")
        if not ids or len(ids) > _REBUILD_THRESHOLD:
            self.reload()
            return
        repo = self.ctx.repos.requirements
        updated, removed, tags_moved = [], [], False
        for requirement_id in ids:
            requirement = repo.get(requirement_id)
            card = self.scene.card(requirement_id)
            if requirement is None or requirement.engagement_id != self.engagement_id:
                if card is not None:
                    removed.append(requirement_id)
                    tags_moved = tags_moved or bool(card.req.tag)
                continue
            tags_moved = tags_moved or card is None or card.req.tag != requirement.tag
            updated.append(requirement)
        self.scene.remove(removed)
        self.scene.upsert(sorted(updated, key=lambda r: r.seq))
        self.view.refit()  # a cell that overflows now may want compact cards
        self._mark_changed_since_signoff()
        if tags_moved:
            self._refresh_tags()

    def _refresh_tags(self) -> None:
        tags: set[str] = set()
        for card in self.scene.cards.values():
            tags |= tags_of(card.req)
        self.filter_bar.set_tags(sorted(tags, key=str.casefold))

    def _apply_filter(self, new_filter: RequirementFilter, hide: bool) -> None:
        self.scene.set_filter(new_filter, hide)

    # --- intents → ops -----------------------------------------------------------------------------
    def move_cards(self, intent: dict[int, tuple[Cell, Cell]]) -> None:
        self._run(lambda: ops.move_requirements(self.ctx, {rid: new for rid, (_old, new) in intent.items()},
                                                initiator=self))

    def create_in_cell(self, value: int, urgency: int, title: str) -> int | None:
        if self.engagement_id is None:
            # Never drop what was typed: say what is missing, and offer to create it and keep the card.
            if not self.ctx.asker.confirm(self, self.tr("Board"), self.tr(
                    "“{title}” was not added: requirements belong to an engagement, and none is chosen. "
                    "Create an engagement now and add it there?").format(title=title)):
                return None
            if self.missing.create_engagement() is None:
                return None
            self.show_engagement(self.ctx.selection.engagement_id)
            if self.engagement_id is None:
                return None
        engagement_id = self.engagement_id
        created = self._run(lambda: ops.create_requirement(self.ctx, engagement_id, title, initiator=self,
                                                           value=value, urgency=urgency))
        if created is not None:
            card = self.scene.card(created)
            if card is not None:
                self.scene.clearSelection()
                card.setSelected(True)
        return created

    def delete_requirements(self, ids: list[int]) -> None:
        delete_with_notice(self.ctx, self, ids, initiator=self)

    def open_requirement(self, requirement_id: int) -> None:
        from consultdesk.ui.board.editor import open_requirement_editor  # a window of its own, on demand

        open_requirement_editor(self.ctx, requirement_id, self)

    def _run(self, action: Callable[[], _T]) -> _T | None:
        try:
            return action()
        except OpError as error:
            self.ctx.asker.warn(self, self.tr("Board"), str(error))
            return None

    # --- menu actions ------------------------------------------------------------------------------
    def new_requirement(self) -> None:
        """Ctrl+Shift+N / Insert: the inline title field in the selected card's cell, else the middle cell."""
        if self.engagement_id is None:
            self.missing.button.setFocus()
            return
        selected = self.scene.selected_cards()
        cell = selected[0].cell if selected else (3, 3)
        self.view.setFocus()
        self.view.ensureVisible(self.scene.geometry.cell_rect(cell))
        self.view.start_new_requirement(cell)

    def open_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) == 1:
            self.open_requirement(ids[0])

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.delete_requirements(ids)

    def select_all(self) -> None:
        for card in self.scene.cards.values():
            if card.isVisible():
                card.setSelected(True)

    def main_view(self) -> QWidget | None:
        return self.view

    def reveal(self, table: str, record_id: int) -> bool:
        """Select a requirement's card and its row in the list (ui/search/reveal.py)."""
        if table != "requirements":
            return False
        card = self.scene.card(record_id)
        if card is not None and not card.isVisible():
            self.filter_bar.clear()  # a filter hiding the card would hide what was asked for
            card = self.scene.card(record_id)
        if card is None:
            return False
        if not card.isVisible():  # waiting behind its cell's "+N": open the cell
            self.scene.toggle_expanded(card.cell)
        self.ensure_panel()  # so the list beside the board selects the same row
        self.scene.clearSelection()
        card.setSelected(True)
        self.view.ensureVisible(card)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_filter(self) -> None:
        self.filter_bar.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text_edit.selectAll()

    def tab_menu(self) -> QMenu:
        return self.board_actions.build_menu(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.requirements_panel is None and self._with_list:
            QTimer.singleShot(0, self, self.ensure_panel)  # with self as context: dropped if the tab goes first

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Drag cards to re-score them · double-click an empty spot (or Insert) to add · "
            "double-click a card to edit · Delete removes · Ctrl+arrows move one cell · + shows every card of a "
            "cell · Ctrl+wheel zooms"))
        self.board_actions.retranslate()
        self.scene.retranslate()
