"""A dark desktop palette gives readable screens beyond the board: overview values, search status."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
from board_helpers import add, make_engagement  # noqa: E402
from test_board_readable import dark_app  # noqa: E402, F401 - the fixture


def _brightest(widget: QWidget) -> float:
    image = widget.grab().toImage()
    return max(QColor(image.pixel(x, y)).lightnessF()
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_overview_values_are_light_on_a_dark_palette(window, qtbot, dark_app) -> None:  # noqa: F811
    engagement = make_engagement(window.ctx)
    add(window.ctx, engagement, "A", 4, 4)
    overview = window.findChild(QWidget, "overviewTab")
    window.tabs.setCurrentWidget(overview)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    value = window.findChild(QLabel, "tileValue-requirements")
    qtbot.waitUntil(lambda: value.text() == "1")
    assert _brightest(value) > 0.7  # light figures, not navy on charcoal


def test_search_status_follows_the_palette(window, dark_app) -> None:  # noqa: F811
    status = window.findChild(QLabel, "searchStatus")
    ink = status.palette().color(status.foregroundRole())
    ground = status.palette().color(QPalette.ColorRole.Window)
    assert abs(ink.lightnessF() - ground.lightnessF()) > 0.35
