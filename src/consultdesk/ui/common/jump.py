"""Show another place of the window: a tab page by objectName (and a record in it, when the page can
select one). Works whatever wraps the page (scroll areas, nested tab widgets): every stacked widget
on the way up is switched to the branch that holds the page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QStackedWidget, QTabWidget, QWidget


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


def select_record(page: QWidget, kind: str, record_id: int) -> None:
    """Select a record in a page that knows how: show_record(kind, id) on the page, or the known
    selection hooks of the Evidence and Diagnosis tabs."""
    handler: Any = getattr(page, "show_record", None)
    if handler is not None:
        handler(kind, record_id)
        return
    if kind == "dispute_case" and hasattr(page, "select_case"):
        page.select_case(record_id)
        return
    if kind == "diagnosis":
        listing = page.findChild(QListWidget, "diagnosisList")
        if listing is not None:
            for row in range(listing.count()):
                if listing.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                    listing.setCurrentRow(row)
                    return


def jump(origin: QWidget, object_name: str, kind: str | None = None, record_id: int | None = None) -> QWidget | None:
    page = show_page(origin, object_name)
    if page is not None and kind is not None and record_id is not None:
        select_record(page, kind, record_id)
    return page
