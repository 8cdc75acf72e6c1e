"""The Board menu: zoom, fit, filter and card actions (shortcuts work while the board tab has the focus)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from consultdesk.ui.board.look import SETTINGS_KEY, Density

if TYPE_CHECKING:
    from consultdesk.ui.board.tab import BoardTab


class BoardActions:
    def __init__(self, tab: "BoardTab") -> None:
        self.tab = tab
        view, board = tab.view, tab.board_box
        # Card/zoom/find shortcuts belong to the board half only: the requirements list beside it keeps
        # Ctrl+F and Ctrl+A for its own filter and rows.
        self.zoom_in = self._action("boardZoomInAction", view.zoom_in, QKeySequence.StandardKey.ZoomIn, board)
        self.zoom_out = self._action("boardZoomOutAction", view.zoom_out, QKeySequence.StandardKey.ZoomOut, board)
        self.actual_size = self._action("boardActualSizeAction", view.actual_size, QKeySequence("Ctrl+1"), board)
        self.fit = self._action("boardFitAction", lambda: view.fit_to_window(), QKeySequence("Ctrl+0"), board)
        self.find = self._action("boardFindAction", tab.focus_filter, QKeySequence.StandardKey.Find, board)
        self.clear_filter = self._action("boardClearFilterAction", tab.filter_bar.clear,
                                         QKeySequence("Ctrl+Shift+L"), board)  # Ctrl+Shift+F: workspace search
        # Not Ctrl+N: the Clients tab's "New client" owns it window-wide (File menu).
        self.new_requirement = self._action("boardNewAction", tab.new_requirement, QKeySequence("Ctrl+Shift+N"), tab)
        self.new_requirement.setShortcuts([QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.open = self._action("boardOpenAction", tab.open_selected, None, board)
        self.delete = self._action("boardDeleteAction", tab.delete_selected, None, board)
        self.select_all = self._action("boardSelectAllAction", tab.select_all, QKeySequence.StandardKey.SelectAll, board)
        self.expand_cell = self._action("boardExpandCellAction", lambda: view.toggle_cell_of_selection(), None, board)
        self.density_group = QActionGroup(tab)
        self.density: dict[Density, QAction] = {}
        for density in Density:
            action = self._action(f"boardDensity-{density.value}", partial(self.set_density, density), None, board)
            action.setCheckable(True)
            self.density_group.addAction(action)
            self.density[density] = action
        self.density_menu: QMenu | None = None
        self.menu: QMenu | None = None
        self.set_density(self.stored_density(), store=False)
        self.retranslate()

    def stored_density(self) -> Density:
        settings = self.tab.ctx.settings
        value = settings.value(SETTINGS_KEY) if settings is not None else None
        return next((d for d in Density if d.value == value), Density.AUTOMATIC)

    def set_density(self, density: Density, store: bool = True) -> None:
        """Comfortable or compact cards, remembered with the workspace's window state."""
        self.density[density].setChecked(True)
        self.tab.view.set_density(density)
        settings = self.tab.ctx.settings
        if store and settings is not None:
            settings.setValue(SETTINGS_KEY, density.value)

    def _action(self, name: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | None,
                owner: QWidget) -> QAction:
        action = QAction(owner)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        # Only while the board tab (or a child) has the focus: other tabs keep Ctrl+N, Ctrl+F for themselves.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    def build_menu(self, parent: QWidget) -> QMenu:
        self.menu = QMenu(parent)
        self.menu.setObjectName("boardMenu")
        for action in (self.new_requirement, self.open, self.delete, self.select_all):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.zoom_in, self.zoom_out, self.actual_size, self.fit):
            self.menu.addAction(action)
        self.menu.addAction(self.expand_cell)
        self.density_menu = self.menu.addMenu("")
        self.density_menu.setObjectName("boardDensityMenu")
        for action in self.density.values():
            self.density_menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.find)
        self.menu.addAction(self.clear_filter)
        from consultdesk.ui.board.transfer_actions import add_transfer_actions

        self.menu.addSeparator()
        add_transfer_actions(self.menu, self.tab.ctx, self.tab, self.tab.view.viewport())
        self.retranslate()
        return self.menu

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(QCoreApplication.translate("BoardActions", "&Board"))
        if self.density_menu is not None:
            self.density_menu.setTitle(QCoreApplication.translate("BoardActions", "Card Densit&y"))
        self.density[Density.AUTOMATIC].setText(QCoreApplication.translate("BoardActions", "&Automatic"))
        self.density[Density.COMFORTABLE].setText(QCoreApplication.translate("BoardActions", "&Comfortable"))
        self.density[Density.COMPACT].setText(QCoreApplication.translate("BoardActions", "Co&mpact"))
        self.expand_cell.setText(QCoreApplication.translate("BoardActions", "Ex&pand or Fold the Cell (+ / −)"))
        self.expand_cell.setToolTip(QCoreApplication.translate(
            "BoardActions", "Show every card of the selected card's cell, or fold it back to its \"+N\" badge"))
        self.zoom_in.setText(QCoreApplication.translate("BoardActions", "&Zoom In"))
        self.zoom_out.setText(QCoreApplication.translate("BoardActions", "Zoo&m Out"))
        self.actual_size.setText(QCoreApplication.translate("BoardActions", "&Actual Size (100 %)"))
        self.fit.setText(QCoreApplication.translate("BoardActions", "&Fit to Window"))
        self.find.setText(QCoreApplication.translate("BoardActions", "Find Card&s…"))
        self.clear_filter.setText(QCoreApplication.translate("BoardActions", "&Clear Filter"))
        self.new_requirement.setText(QCoreApplication.translate("BoardActions", "&New Requirement"))
        self.open.setText(QCoreApplication.translate("BoardActions", "&Open Requirement"))
        self.delete.setText(QCoreApplication.translate("BoardActions", "&Delete Selected Cards"))
        self.delete.setToolTip(QCoreApplication.translate(
            "BoardActions", "Delete the selected cards (Delete key on the board; undoable)"))
        self.select_all.setText(QCoreApplication.translate("BoardActions", "Select A&ll Cards"))
