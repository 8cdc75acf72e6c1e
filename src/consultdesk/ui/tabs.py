"""The main window's tabs: objectName, module, class, title, undo area. Each tab lives in its own package."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from consultdesk.ui.tab_page import TabPage

if TYPE_CHECKING:
    from consultdesk.context import AppContext


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    module: str
    class_name: str
    title: str  # source text, translated in context "MainWindow"
    area: str

    def create(self, ctx: "AppContext", parent: QWidget | None = None) -> TabPage:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        if not (isinstance(cls, type) and issubclass(cls, TabPage)):
            raise TypeError(f"{self.module}.{self.class_name} is not a TabPage")  # a build fault, not a user's
        # Every tab's constructor takes (ctx, parent), which TabPage itself (a plain QWidget) does not declare.
        factory = cast("Callable[[AppContext, QWidget | None], TabPage]", cls)
        widget = factory(ctx, parent)
        widget.setObjectName(self.object_name)
        return widget


TABS = [
    TabSpec("clientsTab", "consultdesk.ui.clients.tab", "ClientsTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Clients")), "clients"),
    TabSpec("overviewTab", "consultdesk.ui.overview.tab", "OverviewTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Overview")), "overview"),
    TabSpec("boardTab", "consultdesk.ui.board.tab", "BoardTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Board")), "board"),
    TabSpec("diagnosisTab", "consultdesk.ui.fishbone.tab", "DiagnosisTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Diagnosis")), "diagnosis"),
    TabSpec("evidenceTab", "consultdesk.ui.evidence.tab", "EvidenceTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Evidence")), "evidence"),
    TabSpec("followUpTab", "consultdesk.ui.followup.tab", "FollowUpTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Follow-up")), "followup"),
    TabSpec("specsTab", "consultdesk.ui.specs.tab", "SpecsTab",
            str(QT_TRANSLATE_NOOP("MainWindow", "Specifications")), "specs"),
]


def area_title(area: str) -> str:
    """The translated name of the tab whose undo area is *area* ("" if none)."""
    for spec in TABS:
        if spec.area == area:
            return QCoreApplication.translate("MainWindow", spec.title)
    return ""
