"""The Documents / Specifications tab (specsTab): specification sections, sign-off pages, document export.

Layout: engagement picker on top; the pages of SPEC_PAGES in a QTabWidget (specPages) on the left;
the export panel (language, template, one button per document) on the right. File ▸ Export holds the
same four exports as menu actions.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.common.scrolling import scrollable
from consultdesk.ui.specs.export_panel import ExportPanel
from consultdesk.ui.specs.export_runner import KINDS
from consultdesk.ui.tab_page import TabPage

if TYPE_CHECKING:  # built from SPEC_PAGES by name; only their types are needed here
    from consultdesk.ui.baselines.cr_page import ChangeRequestsPage
    from consultdesk.ui.specs.sections_page import SectionsPage

# ---------------------------------------------------------------------------------------------------
# Pages of the Specifications tab: (module, class, title translated in context "SpecsTab").
# Each class is built as cls(ctx, parent); a page with set_engagement(id) is told the current
# engagement, one with flush()/shutdown() is called before export and on close.
# OTHER AREAS ADD THEIR PAGES HERE (one line each), e.g. baselines:
#   ("consultdesk.ui.baselines.signoff_page", "SignOffPage", str(QT_TRANSLATE_NOOP("SpecsTab", "Sign-off & baselines"))),
SPEC_PAGES: list[tuple[str, str, str]] = [
    ("consultdesk.ui.specs.sections_page", "SectionsPage", str(QT_TRANSLATE_NOOP("SpecsTab", "Specification sections"))),
    ("consultdesk.ui.baselines.signoff_page", "SignOffPage", str(QT_TRANSLATE_NOOP("SpecsTab", "Sign-off && baselines"))),
    ("consultdesk.ui.baselines.cr_page", "ChangeRequestsPage", str(QT_TRANSLATE_NOOP("SpecsTab", "Change requests"))),
    ("consultdesk.ui.specs.trace_page", "TracePage", str(QT_TRANSLATE_NOOP("SpecsTab", "Traceability"))),
]
# ---------------------------------------------------------------------------------------------------

ACTION_NAMES = {"spec": "exportSpecAction", "summary": "exportSummaryAction",
                "diagnosis": "exportDiagnosisAction", "dispute": "exportDisputeAction"}
SHORTCUTS = {"spec": "Ctrl+Shift+E"}


class SpecsTab(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picker = EngagementPicker(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("specPages")
        self.page_widgets: list[TabPage] = []
        for module, class_name, _title in SPEC_PAGES:
            cls = getattr(importlib.import_module(module), class_name)
            if not issubclass(cls, TabPage):
                raise TypeError(f"{module}.{class_name} is not a TabPage")  # a build fault, not a user's
            page = cls(ctx, self.pages)
            self.pages.addTab(scrollable(page, self.pages), "")
            self.page_widgets.append(page)
        self.sections_page = cast("SectionsPage", self.page_widgets[0])
        self.export_panel = ExportPanel(ctx, self)
        self.export_panel.setObjectName("exportPanel")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.export_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([950, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(splitter, 1)

        self.export_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(self)
            action.setObjectName(ACTION_NAMES[kind.key])
            if kind.key in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[kind.key]))
            action.triggered.connect(lambda _=False, key=kind.key: self.export(key))
            self.addAction(action)
            self.export_actions[kind.key] = action
        self.export_menu: QMenu | None = None
        ctx.selection.engagement_changed.connect(self._engagement_changed)
        self.retranslate()
        self._engagement_changed(ctx.selection.engagement_id)

    def show_page(self, page: QWidget) -> None:
        """Make a sub-page current (each sits inside its own scroll area in specPages)."""
        for index in range(self.pages.count()):
            holder = self.pages.widget(index)
            if holder is not None and (holder is page or holder.isAncestorOf(page)):
                self.pages.setCurrentIndex(index)
                return

    def main_view(self) -> QWidget | None:
        return self.pages.currentWidget()

    def reveal(self, table: str, record_id: int) -> bool:
        """Show a specification section's editor or select a change request (ui/search/reveal.py)."""
        from consultdesk.domain.spec_sections import SectionKey
        from consultdesk.ui.search.reveal import select_table_row

        row = self.ctx.repos.rows.get(table, record_id)
        if row is None:
            return False
        if table in ("spec_sections", "spec_samples"):
            self.show_page(self.sections_page)
            key = row["key" if table == "spec_sections" else "section"]
            known = {k.value: k for k in SectionKey}
            editor = self.sections_page.editors.get(known[key]) if key in known else None
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return editor is not None
        if table == "change_requests":
            page = cast("ChangeRequestsPage", self.page_widgets[2])
            self.show_page(page)
            page.refresh()
            if record_id not in [cr.id for cr in page.model.items] and not page.show_closed.isChecked():
                page.show_closed.setChecked(True)  # a closed one is asked for: show the closed ones too
                page.refresh()
            return select_table_row(page.view, [cr.id for cr in page.model.items], record_id)
        return False

    def export(self, key: str) -> Path | None:
        """Export one document for the current engagement (buttons, menu actions and tests use this)."""
        self._flush_pages()  # text typed a moment ago belongs in the document
        return self.export_panel.runner.export(key)

    def _engagement_changed(self, engagement_id: int | None) -> None:
        for page in self.page_widgets:
            page.set_engagement(engagement_id)
        enabled = engagement_id is not None
        for action in self.export_actions.values():
            action.setEnabled(enabled)
        for button in self.export_panel.buttons.values():
            button.setEnabled(enabled)

    def _flush_pages(self) -> None:
        for page in self.page_widgets:
            page.flush()

    def add_file_entries(self, file_menu: QMenu) -> None:
        """File ▸ Export ▸ the four documents (inserted before Quit)."""
        self.export_menu = QMenu(file_menu)
        self.export_menu.setObjectName("exportMenu")
        for action in self.export_actions.values():
            self.export_menu.addAction(action)
        actions = file_menu.actions()
        before = actions[-1] if actions else None  # Quit stays last
        if before is None:
            file_menu.addMenu(self.export_menu)
            file_menu.addSeparator()
        else:
            file_menu.insertMenu(before, self.export_menu)
            file_menu.insertSeparator(before)
        self.retranslate()

    def shutdown(self) -> None:
        for page in self.page_widgets:
            page.shutdown()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index, (_module, _cls, title) in enumerate(SPEC_PAGES):
            self.pages.setTabText(index, QCoreApplication.translate("SpecsTab", title))
        titles = {"spec": self.tr("&Requirements Specification…"), "summary": self.tr("Requirement &summary…"),
                  "diagnosis": self.tr("&Diagnosis report…"), "dispute": self.tr("Dispute &minutes…")}
        for key, action in self.export_actions.items():
            action.setText(titles[key])
        if self.export_menu is not None:
            self.export_menu.setTitle(self.tr("&Export"))
