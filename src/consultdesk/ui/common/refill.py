"""Show a table model's fresh rows without destroying the cell editor that caused the refresh.

An edit committed from a cell reaches the store, the bus tells the views, and the model re-reads its
rows — while the view is still inside commitData for that editor. A model reset there closes the
editor under the view's feet (Qt then warns "commitData called with an editor that does not belong
to this view"), drops the current cell and sends the focus elsewhere. When the fresh rows are the
same records in the same order, repainting them (dataChanged) is all that is needed.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractItemModel


def record_key(record: Any) -> Any:
    """A stored record's identity: its id (a dict's "id"); records without one never match."""
    key = record.get("id") if isinstance(record, dict) else getattr(record, "id", None)
    return key if key is not None else object()


def refill(model: QAbstractItemModel, old: Sequence[Any], new: Sequence[Any], assign: Callable[[], None],
           key: Callable[[Any], Any] = record_key) -> None:
    """Run *assign* (which makes the model hold *new* instead of *old*), repainting in place when
    both list the same records in the same order and resetting the model otherwise."""
    if old and len(old) == len(new) and all(key(a) == key(b) for a, b in zip(old, new, strict=True)):
        assign()
        model.dataChanged.emit(model.index(0, 0), model.index(len(new) - 1, model.columnCount() - 1))
        return
    model.beginResetModel()
    assign()
    model.endResetModel()
