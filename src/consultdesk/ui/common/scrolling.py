"""Scroll instead of forcing the window wider than a small laptop screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """*content* inside a frameless scroll area that resizes it (scroll bars only when it cannot shrink)."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
