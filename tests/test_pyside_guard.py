"""Guard against the PySide6 6.12.0 / CPython 3.11 bug that drops None's refcount on void Qt calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_keep_none_alive() -> None:
    point = QPointF()
    before = sys.getrefcount(None)
    for i in range(10_000):
        point.setX(float(i))
    assert sys.getrefcount(None) >= before - 100
