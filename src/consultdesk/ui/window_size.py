"""The first window's size: the preferred size, shrunk to fit the screen it opens on.

A fixed 1280×820 is taller than a 1080p laptop screen at 150 % scaling (720 logical pixels), so the
title bar or the status bar would be off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 820)
SCREEN_SHARE = 0.9  # of the available area (without task bar / dock), leaving room for the frame


def initial_size(available: QSize, preferred: QSize = PREFERRED) -> QSize:
    return QSize(min(preferred.width(), int(available.width() * SCREEN_SHARE)),
                 min(preferred.height(), int(available.height() * SCREEN_SHARE)))


def fit_to_screen(window: QWidget) -> None:
    """Size *window* for its screen and centre it there (first start, no saved geometry)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED)
        return
    area = screen.availableGeometry()
    window.resize(initial_size(area.size()))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
