"""First-run panel above the tabs: open the demo workspace or start empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from consultdesk.context import AppContext
from consultdesk.ops.demo import fill_with_demo


class WelcomePanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("openDemoButton")
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("startEmptyButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        self.demo_button.clicked.connect(self.open_demo)
        self.empty_button.clicked.connect(self.start_empty)
        dismissed = ctx.settings is not None and ctx.settings.value("welcome/dismissed", False, type=bool)
        self.setVisible(ctx.workspace.is_empty() and not dismissed)
        self.retranslate()

    def open_demo(self) -> None:
        fill_with_demo(self.ctx, initiator=self)
        self.ctx.ensure_selection()
        self._dismiss()

    def start_empty(self) -> None:
        self._dismiss()

    def _dismiss(self) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("welcome/dismissed", True)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "Welcome to ConsultDesk. This workspace is empty: explore a demo with sample clients, "
            "requirements, diagnoses and evidence, or start with your own clients."))
        self.demo_button.setText(self.tr("Open the demo workspace"))
        self.empty_button.setText(self.tr("Start empty"))
