"""The requirements of one engagement as a table model (column constants, roles; tested without a view).

Reads through ctx.repos, writes only through ops (status edits), refreshes on ctx.bus.changed: rows whose
ids changed are re-read in place; anything else (rows added or removed) reloads the engagement.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.requirements import Requirement, RequirementStatus
from consultdesk.ui.board.field_labels import field_label
from consultdesk.ui.board.labels import quadrant_name, requirement_haystack, status_name, type_name
from consultdesk.ui.board.signoff_marks import shared_marks
from consultdesk.ui.common.bus_follow import follow_bus

COL_CODE, COL_TITLE, COL_TYPE, COL_VALUE, COL_URGENCY, COL_COST, COL_QUADRANT, COL_STATUS, COL_TAG = range(9)
COLUMN_FIELDS = ("code", "title", "type", "value", "urgency", "cost", "quadrant", "status", "tag")

REQUIREMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored id of the row's requirement
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers as numbers, codes by creation order)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's folded searchable text: the same haystack the board filters on

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index Qt passes for "no parent" (a shared default, never changed)
CHANGED_MARK = QColor("#e8710a")  # same meaning as the card's "changed since sign-off" mark


def _stored_id(req: Requirement) -> int:
    assert req.id is not None, "the list shows stored requirements only"
    return req.id


class RequirementsTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self._rows: list[Requirement] = []
        self._row_of: dict[int, int] = {}
        self._sort_column, self._sort_order = COL_CODE, Qt.SortOrder.AscendingOrder
        self._changed: set[int] = set()  # ids added or edited since the latest baseline (baselines area)
        self._marks = shared_marks(ctx)  # made before our handler connects: current when we read it
        self._haystacks: dict[int, tuple[Requirement, str]] = {}
        self.follower = follow_bus(ctx, self, ("engagements", "requirements", "baselines"), self._on_changed)

    # --- loading -----------------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        eid = self.engagement_id
        self._rows = self.ctx.repos.requirements.for_engagement(eid) if eid is not None else []
        self._order_rows()
        self._changed = set(self._marks.ids(eid))
        self.endResetModel()

    def _mark_changed(self) -> None:
        """Re-read which rows changed since sign-off; repaint only the codes whose mark flipped."""
        eid = self.engagement_id
        new = set(self._marks.ids(eid))
        flipped, self._changed = new ^ self._changed, new
        for rid in flipped:
            row = self._row_of.get(rid)
            if row is not None:
                self.dataChanged.emit(self.index(row, COL_CODE), self.index(row, COL_CODE))

    def _on_changed(self, changes: Changes) -> None:
        if self.engagement_id is None:
            return
        if changes.touches("engagements") and self.ctx.repos.clients.get_engagement(self.engagement_id) is None:
            self.set_engagement(None)
            return
        if not changes.touches("requirements"):
            if changes.touches("baselines"):
                self._mark_changed()
            return
        ids = changes.ids("requirements")
        if not ids or not ids <= self._row_of.keys():
            self.reload()  # new or unknown rows: cheap enough (one query) and always right
            return
        fresh = {rid: self.ctx.repos.requirements.get(rid) for rid in ids}
        if any(r is None or r.engagement_id != self.engagement_id for r in fresh.values()):
            self.reload()
            return
        for rid, requirement in fresh.items():
            row = self._row_of[rid]
            assert requirement is not None  # checked just above
            self._rows[row] = requirement
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_FIELDS) - 1))
        self._mark_changed()
        if self._sort_column != COL_CODE:
            self.sort(self._sort_column, self._sort_order)  # a changed score or status may move the row

    # --- sorting (here, not in the proxy: a proxy sort asks Python for SORT_ROLE ~n·log n times) -------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(_stored_id(self._rows[p.row()]), p.column()) for p in persistent]
        self._order_rows()
        self.changePersistentIndexList(persistent, [self.index(self._row_of[rid], col) for rid, col in held])
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=lambda r: (self._sort_key(r, column), r.seq), reverse=descending)
        self._row_of = {_stored_id(r): i for i, r in enumerate(self._rows)}

    # --- access ------------------------------------------------------------------------------------
    def requirement(self, row: int) -> Requirement:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """The folded text the filter searches (cached per requirement version: folding 17 fields of
        5,000 rows on every keystroke would be felt)."""
        req = self._rows[row]
        cached = self._haystacks.get(_stored_id(req))
        if cached is None or cached[0] is not req:
            cached = self._haystacks[_stored_id(req)] = (req, requirement_haystack(req))
        return cached[1]

    def row_of(self, requirement_id: int) -> int | None:
        return self._row_of.get(requirement_id)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMN_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_label(COLUMN_FIELDS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_STATUS else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        req = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(req, column)
        if role == Qt.ItemDataRole.EditRole:
            return req.status.value if column == COL_STATUS else self._display(req, column)
        if role == SORT_ROLE:
            return self._sort_key(req, column)
        if role == REQUIREMENT_ID_ROLE:
            return req.id
        if role == FILTER_ROLE:
            return self.haystack(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_CODE):
            tip = req.title if not req.description else f"{req.title}\n\n{req.description[:600]}"
            return self.tr("Changed since the last sign-off") + "\n\n" + tip if req.id in self._changed else tip
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CODE and req.id in self._changed:
            return CHANGED_MARK
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VALUE, COL_URGENCY, COL_COST):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(req: Requirement, column: int) -> Any:
        if column == COL_CODE:
            return req.code
        if column == COL_TITLE:
            return req.title
        if column == COL_TYPE:
            return type_name(req.type)
        if column == COL_VALUE:
            return req.value
        if column == COL_URGENCY:
            return req.urgency
        if column == COL_COST:
            return "" if req.cost is None else req.cost
        if column == COL_QUADRANT:
            return quadrant_name(req.quadrant)
        if column == COL_STATUS:
            return status_name(req.status)
        return req.tag

    @staticmethod
    def _sort_key(req: Requirement, column: int) -> Any:
        if column == COL_CODE:
            return req.seq
        if column == COL_VALUE:
            return req.value
        if column == COL_URGENCY:
            return req.urgency
        if column == COL_COST:
            return 0 if req.cost is None else req.cost
        if column == COL_STATUS:
            return list(RequirementStatus).index(req.status)
        return str(RequirementsTableModel._display(req, column)).casefold()

    # --- editing (through ops only) ---------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_STATUS or not index.isValid():
            return False
        from consultdesk.ops.errors import OpError
        from consultdesk.ops.requirements import set_status

        req = self._rows[index.row()]
        try:
            set_status(self.ctx, [_stored_id(req)], value, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(None, self.tr("Status not changed"), str(exc))
            return False
        return True  # the bus echo has already updated the row
