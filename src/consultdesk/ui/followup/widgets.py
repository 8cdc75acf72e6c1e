"""Small widget makers shared by the follow-up pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget


def record_table(parent: QWidget, name: str, model: Any, stretch: int) -> QTableView:
    """A one-row-at-a-time table; Tab leaves it (as in the forms around it) instead of moving between cells."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)
    return view


def button(parent: QWidget, name: str, slot: Any) -> QPushButton:
    made = QPushButton(parent)
    made.setObjectName(name)
    made.clicked.connect(slot)
    return made
