"""What the board says when there is nowhere to put a requirement: no client, or a client without an
engagement. Requirements belong to an engagement, so instead of an empty board that silently drops what
is typed, it says what is missing and offers to create it in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from consultdesk.context import AppContext
from consultdesk.ops import clients as client_ops
from consultdesk.ops.errors import OpError


class MissingEngagementBar(QFrame):
    """Shown above the board while no engagement is chosen; created() carries the new engagement id."""

    created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardNoEngagement")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("boardNoEngagementMessage")
        self.message.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("boardNewEngagement")
        self.button.clicked.connect(self.create_engagement)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        ctx.selection.client_changed.connect(lambda _id: self.refresh())
        ctx.selection.engagement_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self.ctx.selection.engagement_id is None)
        self.retranslate()

    def create_engagement(self) -> int | None:
        """Ask for the missing names (a client first when there is none) and create them."""
        client_id = self.ctx.selection.client_id
        try:
            if client_id is None:
                name = self.ctx.asker.get_text(self, self.tr("New client"), self.tr("Client name:"))
                if not name:
                    return None
                client_id = client_ops.create_client(self.ctx, name.strip(), initiator=self)
                self.ctx.selection.set_client(client_id)
            title = self.ctx.asker.get_text(self, self.tr("New engagement"), self.tr("Engagement title:"))
            if not title:
                return None
            engagement_id = client_ops.create_engagement(self.ctx, client_id, title.strip(), initiator=self)
        except OpError as error:
            self.ctx.asker.warn(self, self.tr("New engagement"), str(error))
            return None
        self.ctx.selection.set_engagement(engagement_id)
        self.created.emit(engagement_id)
        return engagement_id

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.ctx.selection.client_id is None:
            self.message.setText(self.tr(
                "There is no client yet. Requirements belong to an engagement of a client: create one to start."))
            self.button.setText(self.tr("New client and engagement…"))
        else:
            self.message.setText(self.tr(
                "This client has no engagement yet. Requirements belong to an engagement: create one to add them."))
            self.button.setText(self.tr("New engagement…"))
