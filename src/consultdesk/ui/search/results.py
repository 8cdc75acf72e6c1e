"""The results panel under the search box: filters, hits grouped by kind, recent searches."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultdesk.domain.search import KINDS, GroupedHits, SearchHit
from consultdesk.ui.search.labels import hit_title, kind_name

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a row (headings have none)
RECENT_ROLE = Qt.ItemDataRole.UserRole + 2  # a recent search's text
MARK = "background-color: #ffe58a;"


def snippet_html(hit: SearchHit) -> str:
    out, last = [], 0
    for start, end in hit.highlights:
        if start < last:
            start = last
        if end <= start:
            continue
        out.append(escape(hit.snippet[last:start]))
        out.append(f'<span style="{MARK}">{escape(hit.snippet[start:end])}</span>')
        last = end
    out.append(escape(hit.snippet[last:]))
    return "".join(out)


class SearchResults(QFrame):
    """Shows hits; emits what the user picked. Owns no query logic (the box runs the search)."""

    hit_chosen = Signal(object)  # SearchHit
    recent_chosen = Signal(str)
    filters_changed = Signal()
    rebuild_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("searchKindFilter")
        self.engagement_only = QCheckBox(self)
        self.engagement_only.setObjectName("searchCurrentEngagement")
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted on light and dark palettes
        self.list = QListWidget(self)
        self.list.setObjectName("searchHits")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the focus; arrows are forwarded to the list
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A light selection keeps the grey client/engagement and the marked words readable.
        self.list.setStyleSheet("QListWidget::item:selected { background: #d6e6fb; color: black; }")
        self.rebuild_button = QPushButton(self)
        self.rebuild_button.setObjectName("rebuildSearchIndex")
        self.rebuild_button.setFlat(True)
        self.rebuild_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.kind_filter)
        top.addWidget(self.engagement_only)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.rebuild_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.engagement_only.toggled.connect(lambda _on: self.filters_changed.emit())
        self.list.itemClicked.connect(self._activate)
        self.rebuild_button.clicked.connect(self.rebuild_requested)
        self.retranslate()

    # --- filters -----------------------------------------------------------------------------------
    def kinds(self) -> frozenset[str] | None:
        kind = self.kind_filter.currentData()
        return None if not kind else frozenset({kind})

    # --- content -----------------------------------------------------------------------------------
    def show_hits(self, hits: list[SearchHit], limit_reached: bool) -> None:
        self.list.clear()
        for kind, group in GroupedHits.of(hits).groups:
            self._heading(f"{kind_name(kind)} ({len(group)})")
            for hit in group:
                self._hit_row(hit)
        if not hits:
            self.status.setText(self.tr("Nothing found."))
        elif limit_reached:
            self.status.setText(self.tr("The first %n results; type more to narrow them down.", "", len(hits)))
        else:
            self.status.setText(self.tr("%n result(s)", "", len(hits)))
        self.move_current(1)

    def show_recent(self, recent: list[str]) -> None:
        self.list.clear()
        if recent:
            self._heading(self.tr("Recent searches"))
        for text in recent:
            item = QListWidgetItem(text, self.list)
            item.setData(RECENT_ROLE, text)
        self.status.setText(self.tr("Type to search clients, requirements, causes, evidence … in every engagement."))
        self.move_current(1)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(Qt.GlobalColor.darkGray)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _hit_row(self, hit: SearchHit) -> None:
        item = QListWidgetItem(self.list)
        item.setData(HIT_ROLE, hit)
        # A client's or an engagement's own hit does not repeat its name as "where".
        owners = (None if hit.kind == "client" else hit.client, None if hit.kind == "engagement" else hit.engagement)
        where = " · ".join(escape(part) for part in owners if part)
        badge = self.tr("archived")
        archived = f' <span style="color:#a15c00;">[{escape(badge)}]</span>' if hit.archived else ""
        html = f"<b>{escape(hit_title(hit))}</b>{archived}"
        if where:
            html += f' <span style="color:#777;">— {where}</span>'
        if hit.snippet and hit.snippet != hit.title:
            html += f'<br><span style="color:#333;">{snippet_html(hit)}</span>'
        label = QLabel(html, self.list)
        label.setObjectName(f"searchHit-{hit.table}-{hit.record_id}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(14, 2, 4, 2)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks go to the list row
        item.setSizeHint(label.sizeHint())
        self.list.setItemWidget(item, label)

    # --- keyboard, from the box ----------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        """Move to the next selectable row in *step*'s direction (headings are skipped)."""
        count = self.list.count()
        row = self.list.currentRow()
        if row < 0 and step > 0:
            row = -1
        for _ in range(count):
            row += 1 if step > 0 else -1
            if not 0 <= row < count:
                return
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                return

    def activate_current(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        self._activate(item)
        return True

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)
        elif item.data(RECENT_ROLE):
            self.recent_chosen.emit(item.data(RECENT_ROLE))

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(kind_name(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current or "")))
        self.kind_filter.blockSignals(False)
        self.engagement_only.setText(self.tr("Current engagement only"))
        self.rebuild_button.setText(self.tr("Rebuild search index"))
        self.rebuild_button.setToolTip(self.tr("Re-create the index from every record (if results look wrong)."))
