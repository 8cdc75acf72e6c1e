"""What the main window asks of a tab page (and the Specifications tab of its sub-pages).

A page subclasses TabPage and overrides what it has; the defaults do nothing. The main window places
every page's menu by one rule — File, Edit, View, then the tabs' own menus in tab order, each shown only
while its tab is — so the menu bar never depends on which tab happened to be built first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget


class TabPage(QWidget):
    def tab_menu(self) -> QMenu | None:
        """The page's own menu (the window shows it while the page is the current tab), or None."""
        return None

    def add_file_entries(self, file_menu: QMenu) -> None:
        """Put the page's window-wide entries (New client, Export ▸ …) into File, above Quit."""

    def reveal(self, table: str, record_id: int) -> bool:
        """Select a record of *table* (a search hit); True when it was shown. The window has already
        made this tab current and pointed the selection at the record's client and engagement."""
        return False

    def set_engagement(self, engagement_id: int | None) -> None:
        """Sub-pages are told the engagement their tab shows; main tabs follow ctx.selection themselves."""

    def main_view(self) -> QWidget | None:
        """Where the keyboard goes when the tab is switched to (a list, the diagram…); None, or a widget
        that takes no focus itself: its first field that does."""
        return None

    def focus_main(self) -> None:
        """Put the focus in the page's main view. The window calls this on every switch of tab: the
        page's shortcuts (scoped to the page and its children) then work at once, and the focus is no
        longer left on the tab bar."""
        view = self.main_view()
        # A main view hidden for now (no engagement chosen …) leaves the first field of the page.
        target = (first_focusable(view) if view is not None else None) or first_focusable(self)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Store what is being typed right now (before an export reads the database)."""

    def shutdown(self) -> None:
        """The window is closing: nothing typed may be lost."""
        self.flush()


def first_focusable(root: QWidget) -> QWidget | None:
    """*root* when it takes the keyboard, else its first shown, enabled descendant that does."""
    if _takes_focus(root):
        return root
    return next((w for w in root.findChildren(QWidget) if _takes_focus(w)), None)


def _takes_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
