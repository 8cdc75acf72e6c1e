"""Show another place of the window: a tab page by objectName (and a record in it, through the page's
TabPage.reveal). Works whatever wraps the page (scroll areas, nested tab widgets): every stacked widget
on the way up is switched to the branch that holds the page."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from consultdesk.ui.tab_page import TabPage


def show_page(origin: QWidget, object_name: str) -> QWidget | None:
    """Make the page named *object_name* in origin's window visible; the page, or None if absent."""
    page = origin.window().findChild(QWidget, object_name)
    if page is None:
        return None
    node: QWidget | None = page
    while node is not None:
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget):
            holder = parent.parentWidget()
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(node)  # through the tab widget, so its tab bar follows
            else:
                parent.setCurrentWidget(node)
        node = parent
    return page


def jump(origin: QWidget, object_name: str, table: str | None = None, record_id: int | None = None) -> QWidget | None:
    """Show the tab page *object_name* and, given a record (*table*, *record_id*), let the page select it
    through the TabPage contract (the same reveal() a search hit uses)."""
    page = show_page(origin, object_name)
    if isinstance(page, TabPage) and table is not None and record_id is not None:
        page.reveal(table, record_id)
    return page
