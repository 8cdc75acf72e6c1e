"""Keep a table's columns as wide as what they show, whenever that changes (not just the first time)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def keep_columns_fitted(view: QTableView) -> None:
    """Resize *view*'s columns to their contents after every reset, insertion, removal or edit of its model
    (a longer name typed, another client shown), and when the header texts change (the language)."""
    model = view.model()

    def fit(*_args: object) -> None:
        view.resizeColumnsToContents()

    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                   model.layoutChanged, model.headerDataChanged):
        signal.connect(fit)
