"""Finds what the keyboard reaches in a window: mnemonics (Alt+letter) and multi-line text fields.

A mnemonic is live while its widget is visible, so the scan walks every page of every tab widget
(making the page current along the whole chain of tab widgets above it) and collects, per page shown,
the accelerators of the visible labels with a buddy, buttons, group boxes, tab bars and the menu bar.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a text ("&&" is a literal ampersand), lower-cased, or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _owner_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i) and widget.isTabEnabled(i)]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def accelerators(window: QWidget) -> dict[str, list[str]]:
    """{letter: [texts]} of the mnemonics live in *window* right now (disabled widgets count: they
    are enabled as soon as a record is selected)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and (not widget.isVisibleTo(window) or widget.window() is not window):
            continue
        for text in _owner_texts(widget):
            letter = mnemonic(text)
            if letter is not None:
                found[letter].append(text)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in accelerators(window).items() if len(v) > 1}


def _show_page(page: QWidget) -> None:
    """Make *page* current in every tab widget above it."""
    chain: list[QWidget] = []
    widget: QWidget | None = page
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    for tabs in chain:
        if isinstance(tabs, QTabWidget):
            for index in range(tabs.count()):
                if tabs.widget(index) in chain:
                    tabs.setCurrentIndex(index)


def pages(root: QWidget) -> Iterator[str]:
    """Show each page of each tab widget under *root* in turn (within root's window); yields a
    readable path of the page shown."""
    window = root.window()
    yield root.objectName() or type(root).__name__
    for tabs in root.findChildren(QTabWidget):
        if tabs.window() is not window:
            continue
        for index in range(tabs.count()):
            page = tabs.widget(index)
            _show_page(page)
            QApplication.processEvents()
            path, widget = [], page
            while widget is not None and widget is not window:
                if widget.objectName():
                    path.append(widget.objectName())
                widget = widget.parentWidget()
            yield "/".join(reversed(path)) + f" [{tabs.tabText(index)}]"


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Duplicate accelerators among one menu's entries (and, recursively, its sub-menus')."""
    found: dict[str, list[str]] = defaultdict(list)
    result: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter is not None:
            found[letter].append(action.text())
        if action.menu() is not None:
            result.update(menu_clashes(action.menu()))
    result.update({f"{menu.title()} {k}": v for k, v in found.items() if len(v) > 1})
    return result


def app_dialogs(win: Any, tmp_path: Path) -> list[QDialog]:
    """One of each dialog the app builds, on the demo data of main window *win*."""
    from consultdesk.transfer import read_table
    from consultdesk.ui.about import AboutDialog
    from consultdesk.ui.baselines.cr_dialog import ChangeRequestDialog
    from consultdesk.ui.baselines.signoff_dialog import SignOffDialog
    from consultdesk.ui.board.editor import RequirementEditor
    from consultdesk.ui.board.import_preview import ImportPreviewDialog

    ctx = win.ctx
    engagement = ctx.selection.engagement_id
    requirements = ctx.repos.requirements.for_engagement(engagement)
    sheet = tmp_path / "intake.csv"
    sheet.write_text("Title,Value,Urgency\nFaster login,4,5\n", encoding="utf-8")
    return [
        RequirementEditor(ctx, requirements[0].id, win),  # type: ignore[arg-type]
        ChangeRequestDialog(requirements, None, win),
        SignOffDialog("summary", "warning", "client", win),
        AboutDialog(win),
        ImportPreviewDialog(ctx, read_table(sheet), engagement, win, path=sheet),
    ]
