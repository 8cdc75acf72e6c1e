"""Client + engagement combo boxes bound to the shared CurrentSelection (used by every area tab)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.common.bus_follow import follow_bus


class EngagementPicker(QWidget):
    engagement_picked = Signal(object)  # engagement id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_label = QLabel(self)
        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("clientPicker")
        self.client_combo.setMinimumContentsLength(16)
        self.engagement_label = QLabel(self)
        self.engagement_combo = QComboBox(self)
        self.engagement_combo.setObjectName("engagementPicker")
        self.engagement_combo.setMinimumContentsLength(20)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.client_label, self.client_combo, self.engagement_label, self.engagement_combo):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._filling = False
        self.client_combo.currentIndexChanged.connect(self._client_chosen)
        self.engagement_combo.currentIndexChanged.connect(self._engagement_chosen)
        ctx.selection.client_changed.connect(lambda _id: self._fill_clients())
        ctx.selection.engagement_changed.connect(lambda _id: self._fill_engagements())
        self.follower = follow_bus(ctx, self, ("clients", "engagements"), lambda _changes: self._fill_clients())
        self.retranslate()
        self._fill_clients()

    def _fill_clients(self) -> None:
        self._filling = True
        try:
            self.client_combo.clear()
            clients = self.ctx.repos.clients.list_clients()
            for client in clients:
                self.client_combo.addItem(client.name, client.id)
            index = self.client_combo.findData(self.ctx.selection.client_id)
            self.client_combo.setCurrentIndex(index)
        finally:
            self._filling = False
        self._fill_engagements()

    def _fill_engagements(self) -> None:
        self._filling = True
        try:
            self.engagement_combo.clear()
            client_id = self.ctx.selection.client_id
            if client_id is not None:
                for engagement in self.ctx.repos.clients.engagements(client_id):
                    self.engagement_combo.addItem(engagement.title, engagement.id)
            index = self.engagement_combo.findData(self.ctx.selection.engagement_id)
            if index < 0 and self.engagement_combo.count():
                index = 0
            self.engagement_combo.setCurrentIndex(index)
        finally:
            self._filling = False
        chosen = self.engagement_combo.currentData()
        if chosen != self.ctx.selection.engagement_id:
            self.ctx.selection.set_engagement(chosen)
        self.engagement_picked.emit(chosen)

    def _client_chosen(self, index: int) -> None:
        if not self._filling:
            self.ctx.selection.set_client(self.client_combo.itemData(index) if index >= 0 else None)

    def _engagement_chosen(self, index: int) -> None:
        if not self._filling:
            self.ctx.selection.set_engagement(self.engagement_combo.itemData(index) if index >= 0 else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.client_label.setText(self.tr("Client:"))
        self.engagement_label.setText(self.tr("Engagement:"))
