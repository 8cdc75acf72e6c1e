"""The search box in the main window (objectName workspaceSearch; Ctrl+K / Ctrl+Shift+F).

Results appear as you type in a panel laid over the window under the box; Up/Down pick a result,
Enter or a click opens it in its tab (ui/search/reveal.py), Escape closes the panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from consultdesk.bus import Changes
from consultdesk.domain.search import SearchHit, SearchQuery
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.search.recent import recent_searches, remember
from consultdesk.ui.search.results import SearchResults
from consultdesk.ui.search.reveal import open_hit

LIMIT = 60
SHORTCUTS = ("Ctrl+K", "Ctrl+Shift+F")


class WorkspaceSearch(QLineEdit):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.setObjectName("workspaceSearch")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.results = SearchResults(window)
        self.results.hide()
        self.hits: list[SearchHit] = []
        self.shortcuts = []
        for keys in SHORTCUTS:
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.focus_search)
            self.shortcuts.append(shortcut)
        self.textChanged.connect(self.refresh)
        self.results.hit_chosen.connect(self.open)
        self.results.recent_chosen.connect(self.setText)
        self.results.filters_changed.connect(self.refresh)
        self.results.rebuild_requested.connect(self.rebuild_index)
        self.follower = follow_bus(self.ctx, self, None, self._on_changed)
        window.installEventFilter(self)
        self.retranslate()

    # --- showing -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        text = self.text()
        if not text.strip():
            self.hits = []
            self.results.show_recent(recent_searches(self.ctx.settings))
        else:
            engagement = self.ctx.selection.engagement_id if self.results.engagement_only.isChecked() else None
            query = SearchQuery(text, kinds=self.results.kinds(), engagement_id=engagement, limit=LIMIT)
            self.hits = self.ctx.repos.search.search(query)
            self.results.show_hits(self.hits, len(self.hits) >= LIMIT)
        self._place()
        self.results.show()
        self.results.raise_()

    def close_results(self) -> None:
        self.results.hide()

    def _place(self) -> None:
        window = self.window_
        width = min(max(self.width() + 260, 560), window.width() - 16)
        below = self.mapTo(window, QPoint(self.width(), self.height()))
        x = max(8, min(below.x() - width, window.width() - width - 8))
        height = max(200, min(int(window.height() * 0.7), window.height() - below.y() - 8))
        self.results.setGeometry(x, below.y() + 2, width, height)

    def _on_changed(self, changes: Changes) -> None:
        if self.results.isVisible() and self.text().strip() and not changes.touches("search_docs"):
            self.refresh()  # the index changed with the records: show what is there now

    # --- opening -----------------------------------------------------------------------------------
    def open(self, hit: SearchHit) -> None:
        remember(self.ctx.settings, self.text())
        self.close_results()
        open_hit(self.window_, hit)

    def rebuild_index(self) -> None:
        from consultdesk.ops.search import rebuild_index

        count = rebuild_index(self.ctx, initiator=self)
        self.window_.statusBar().showMessage(self.tr("Search index rebuilt: %n record(s).", "", count), 8000)
        self.refresh()

    # --- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.results.isVisible():
                self.refresh()
            self.results.move_current(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.results.isVisible():
                self.refresh()
            self.results.activate_current()
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.close_results()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        # A click into the panel (filters, a result) keeps it open; leaving for the window closes it.
        focused = self.window_.focusWidget()
        if focused is not None and not self.results.isAncestorOf(focused) and focused is not self:
            self.close_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.results.isVisible():
            self._place()
        return False

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search the workspace (Ctrl+K)"))
        self.setToolTip(self.tr("Search every client and engagement: requirements, interviews, causes, "
                                "evidence, change requests … (Ctrl+K or Ctrl+Shift+F)"))


def install(window: Any) -> WorkspaceSearch:
    """Put the search box at the right of the main window's tab bar."""
    box = WorkspaceSearch(window)
    holder = QWidget(window.tabs)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(4, 2, 6, 2)
    layout.addWidget(box)
    window.tabs.setCornerWidget(holder, Qt.Corner.TopRightCorner)
    return box
