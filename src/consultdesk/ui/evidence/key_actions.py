"""Evidence ▸ Export / Import history key: move the key that signs the history to a new laptop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from consultdesk.ops import history_key
from consultdesk.ops.errors import OpError


class HistoryKeyActions:
    def __init__(self, ctx: Any, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.export_action = QAction(parent)
        self.export_action.setObjectName("exportHistoryKeyAction")
        self.export_action.triggered.connect(self.export_key)
        self.import_action = QAction(parent)
        self.import_action.setObjectName("importHistoryKeyAction")
        self.import_action.triggered.connect(self.import_key)
        self.retranslate()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("HistoryKeyActions", text)

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export history key…"))
        self.export_action.setToolTip(self.tr("Save the key that signs this computer's history, to import it on a "
                                              "new computer"))
        self.import_action.setText(self.tr("Import history key…"))

    def export_key(self) -> None:
        title = self.tr("Export history key")
        target = self.ctx.asker.save_file(self.parent, title, "consultdesk-history-key.json", "JSON (*.json)")
        if not target:
            return
        try:
            history_key.export_key(Path(target))
        except OpError as exc:
            self.ctx.asker.warn(self.parent, title, str(exc))
            return
        self.ctx.asker.inform(self.parent, title, self.tr(
            "The history key was saved to {path}. Keep it as safe as the workspace: whoever has both can rewrite "
            "the history unnoticed.").format(path=target))

    def import_key(self) -> None:
        title = self.tr("Import history key")
        source = self.ctx.asker.open_file(self.parent, title, "JSON (*.json)")
        if not source:
            return
        try:
            count = history_key.import_key(Path(source))
        except OpError as exc:
            self.ctx.asker.warn(self.parent, title, str(exc))
            return
        self.ctx.asker.inform(self.parent, title, QCoreApplication.translate(
            "HistoryKeyActions", "%n new history key(s) imported: the history written with them can now be verified here.",
            "", count))
