"""Refilling a choice combo (after a language switch or new data) without losing or signalling its choice."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, choices: Iterable[tuple[Any, str]]) -> None:
    """choices: (stored value, shown text). The current value stays chosen, or the first one if it is gone;
    no change signal fires, since the user chose nothing."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
