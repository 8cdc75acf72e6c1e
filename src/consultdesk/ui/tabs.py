"""The main window's tabs: objectName, module, class, title, undo area. Each tab lives in its own package."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    module: str
    class_name: str
    title: str  # source text, translated in context "MainWindow"
    area: str

    def create(self, ctx, parent=None):
        cls = getattr(importlib.import_module(self.module), self.class_name)
        widget = cls(ctx, parent)
        widget.setObjectName(self.object_name)
        return widget


TABS = [
    TabSpec("clientsTab", "consultdesk.ui.clients.tab", "ClientsTab", QT_TRANSLATE_NOOP("MainWindow", "Clients"), "clients"),
    TabSpec("overviewTab", "consultdesk.ui.overview.tab", "OverviewTab", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview"),
    TabSpec("boardTab", "consultdesk.ui.board.tab", "BoardTab", QT_TRANSLATE_NOOP("MainWindow", "Board"), "board"),
    TabSpec("diagnosisTab", "consultdesk.ui.fishbone.tab", "DiagnosisTab", QT_TRANSLATE_NOOP("MainWindow", "Diagnosis"), "diagnosis"),
    TabSpec("evidenceTab", "consultdesk.ui.evidence.tab", "EvidenceTab", QT_TRANSLATE_NOOP("MainWindow", "Evidence"), "evidence"),
    TabSpec("followUpTab", "consultdesk.ui.followup.tab", "FollowUpTab", QT_TRANSLATE_NOOP("MainWindow", "Follow-up"), "followup"),
    TabSpec("specsTab", "consultdesk.ui.specs.tab", "SpecsTab", QT_TRANSLATE_NOOP("MainWindow", "Specifications"), "specs"),
]
