"""The Board menu: zoom, fit, filter and card actions (shortcuts work while the board tab has the focus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

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
        self.menu: QMenu | None = None
        self.retranslate()

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
        self.menu.addSeparator()
        self.menu.addAction(self.find)
        self.menu.addAction(self.clear_filter)
        from consultdesk.ui.board.transfer_actions import add_transfer_actions

        self.menu.addSeparator()
        add_transfer_actions(self.menu, self.tab.ctx, self.tab)
        self.retranslate()
        return self.menu

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(QCoreApplication.translate("BoardActions", "&Board"))
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
