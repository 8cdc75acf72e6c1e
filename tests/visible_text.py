"""Every text a user sees in a window, and which of it is English (for the zh_CN walk-through test).

Seen: labels, buttons, check boxes, group titles, tab titles, placeholders, combo items, table and tree
headers and cells, list items, text in graphics scenes (board, diagram, evidence chain), the window title,
the status bar and every menu of the menu bar. English: a run of Latin letters that is not an allowed code
or name and does not come from the user's data.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Words that are the same in both languages: product and file-format names, units, key names, codes.
ALLOWED_WORDS = {
    "ConsultDesk", "Excel", "WPS", "LibreOffice", "Word", "PowerPoint", "CSV", "XLSX", "xlsx", "csv", "tsv",
    "txt", "docx", "DOCX", "PNG", "png", "SVG", "svg", "PDF", "pdf", "UTF", "GBK", "ANSI", "ID", "MB", "KB",
    "Ctrl", "Shift", "Alt", "Del", "Delete", "Insert", "Esc", "Enter", "Tab", "PgUp", "PgDown", "Home", "End",
    "English",  # a language is named in its own language in View ▸ Language
    "Why",  # "5-Why" is a method's name, written so in Chinese too
    "CR", "REQ", "SHA", "Qt", "OK", "CEO", "CTO", "CFO", "IT", "KPI", "ERP", "WMS", "API", "UI",
}
# Codes and numbers with letters: REQ-001, CR-006, v3, 2026-Q3, P95, 6M, 24h, sha256 prefixes.
ALLOWED_PATTERNS = (
    r"YYYY-MM-DD", r"HH:MM",  # the input format of a date field, written so in Chinese software too
    r"REQ-\d+", r"CR-\d+", r"v\d+", r"\d{4}-Q\d", r"Q\d", r"[pP]\d+", r"\d+[A-Za-z]{1,2}\b", r"[0-9a-f]{7,64}",
    r"\*\.\w+", r"\.\w{2,5}\b", r"[\w.+-]+@[\w.-]+", r"https?://\S+", r"[A-Za-z]:?[\\/][^\s]*", r"/[^\s]*",
)
_ALLOWED = re.compile("|".join(f"(?:{p})" for p in ALLOWED_PATTERNS))
_WORD = re.compile(r"[A-Za-z]{2,}")
_TAGS = re.compile(r"<[^>]+>|&\w+;")
# Columns that store a choice as an English identifier; the UI must show its translated name instead.
CHOICE_COLUMNS = {
    "contacts": {"kind"}, "engagements": {"classification", "status"}, "visit_questions": {"status"},
    "requirements": {"type", "status"}, "spec_sections": {"key"}, "diagnosis_causes": {"kind", "status"},
    "solution_phases": {"term"}, "dispute_cases": {"status", "root_cause"}, "evidence_items": {"kind"},
    "evidence_meetings": {"agreed_root_cause"}, "evidence_actions": {"side", "status"},
    "signoffs": {"side", "meaning"}, "change_requests": {"scope", "status"}, "meetings": {"kind", "phase"},
    "five_whys": {"dimension"}, "action_items": {"source", "status"}, "test_runs": {"result"}, "lessons": {"kind"},
}


def words_of(text: str) -> set[str]:
    return set(_WORD.findall(_ALLOWED.sub(" ", _TAGS.sub(" ", text))))


def user_words(ctx: Any) -> set[str]:
    """Every Latin word of the text the user (or the demo) typed into the workspace: names, titles, notes.

    Stored choice values ("approved", "meeting_held") are not the user's words: the columns holding them
    are left out, and so are tables the app writes itself (history, search index)."""
    store = ctx.workspace.store
    found: set[str] = set()
    tables = [r["name"] for r in store.query("select name from sqlite_master where type = 'table'")
              if not r["name"].startswith(("history", "search_", "sqlite_", "chain_"))]
    for table in tables:
        for column in (r["name"] for r in store.query(f'pragma table_info("{table}")')):
            if column in CHOICE_COLUMNS.get(table, ()):
                continue
            for row in store.query(f'select "{column}" as v from "{table}" where typeof("{column}") = \'text\''):
                found |= set(_WORD.findall(row["v"]))
    return found


def _columns(model: Any, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _rows(model: Any, parent: QModelIndex) -> int:
    try:
        return int(model.rowCount(parent))
    except TypeError:
        return 0 if parent.isValid() else int(model.rowCount())


def _item_view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    name = view.objectName() or type(view).__name__
    for section in range(_columns(model, QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield f"{name} header", value
    stack = [view.rootIndex()]
    seen = 0
    while stack and seen < 400:  # the visible start of a long list is enough
        parent = stack.pop()
        for row in range(min(_rows(model, parent), 60)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                seen += 1
                if isinstance(value, str):
                    yield f"{name} cell", value
            first = model.index(row, 0, parent)
            if first.isValid() and _rows(model, first):
                stack.append(first)


def _menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    menu.aboutToShow.emit()  # menus that fill themselves when opened (recent files, undo names)
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        where = f"{path} ▸ {action.text()}"
        yield f"menu {path}", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown in *top* and its visible children."""
    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisible()]
    yield "window title", top.windowTitle()
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            yield f"label {name}", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield f"button {name}", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"group {name}", widget.title()
        if isinstance(widget, QGroupBox):
            yield f"group {name}", widget.title()
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"tab {name}", widget.tabText(i)
        if isinstance(widget, QLineEdit):
            yield f"placeholder {name}", widget.placeholderText()
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"placeholder {name}", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"combo {name}", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
            yield from _item_view_texts(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    yield f"scene {name}", item.toPlainText()
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    yield f"scene {name}", item.text()
    if isinstance(top, QMainWindow):
        yield "status bar", top.statusBar().currentMessage()
        for action in top.menuBar().actions():
            if action.isVisible():
                yield "menu bar", action.text()
                if action.menu() is not None:
                    yield from _menu_texts(action.menu(), action.text())


def english(top: QWidget, allowed: set[str]) -> list[tuple[str, str]]:
    """(where, text) of every visible text with a Latin word that is neither allowed nor user data."""
    out = []
    for where, text in visible_texts(top):
        words = words_of(text.replace("&", "")) - ALLOWED_WORDS - allowed
        # a long text cut for its cell ends in part of a word
        words = {w for w in words if not (text.rstrip().endswith(w) and any(a.startswith(w) for a in allowed))}
        if words:
            out.append((where, text))
    return sorted(set(out))


def every_page(tabs: QTabWidget, path: str = "") -> Iterator[str]:
    """Show each page of *tabs* in turn, and each page of the tab widgets inside it; yields where it is."""
    app = QApplication.instance()
    for index in range(tabs.count()):
        if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
            continue
        tabs.setCurrentIndex(index)
        assert app is not None
        app.processEvents()
        where = f"{path}/{tabs.tabText(index)}"
        inner = [w for w in tabs.widget(index).findChildren(QTabWidget) if w.isVisible()]
        outer = [w for w in inner if not any(o is not w and o.isAncestorOf(w) for o in inner)]
        yield where
        for nested in outer:
            yield from every_page(nested, where)


def discard_leftover_windows() -> None:
    """Delete the windows earlier tests left behind: switching the language retranslates every live
    widget, and theirs would read a workspace that is closed."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
