"""Table model of an engagement's change requests, with the 24 h assessment countdown."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from consultdesk.domain.change_requests import ChangeRequest, Scope, decided_late, format_duration, time_left
from consultdesk.ui.baselines.labels import SCOPES_SHORT, STATUSES, local_time, tr
from consultdesk.ui.baselines.models import _Table

OVERDUE = QColor("#b3261e")
WARNING = QColor("#8a4b00")


class ChangeRequestsModel(_Table):
    CODE, TITLE, SCOPE, STATUS, DUE, SCHEDULE, COST, LINKS, DECIDED = range(9)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BaselineTables", "Code")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Title")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Scope")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Status")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Assessment")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Schedule impact")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Cost impact")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Requirements")),
        str(QT_TRANSLATE_NOOP("BaselineTables", "Decided")),
    )

    def __init__(self, parent: Any = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    def change_request(self, row: int) -> ChangeRequest:
        cr: ChangeRequest = self.items[row]
        return cr

    def due_text(self, cr: ChangeRequest) -> str:
        if cr.scope is Scope.LARGE:
            if cr.decided_at:
                return ""
            missing = []
            if not cr.meeting_held:
                missing.append(self.tr("meeting"))
            if not cr.written_confirmation:
                missing.append(self.tr("written confirmation"))
            return self.tr("Needs %1").replace("%1", self.tr(" + ").join(missing)) if missing else self.tr("Ready")
        if cr.decided_at:
            return self.tr("Decided late") if decided_late(cr) else self.tr("Decided in time")
        left = time_left(cr, self.clock())
        if left is None:
            return ""
        if left.total_seconds() < 0:
            return self.tr("Overdue by %1").replace("%1", format_duration(left))
        return self.tr("%1 left").replace("%1", format_duration(left))

    def links_text(self, cr: ChangeRequest) -> str:
        parts = []
        for link in cr.links:
            if link.is_new:
                parts.append(self.tr("new requirement"))
            elif link.is_deleted:
                parts.append(self.tr("%1 (deleted)").replace("%1", link.code))
            else:
                parts.append(link.code)
        return ", ".join(parts)

    def is_overdue(self, cr: ChangeRequest) -> bool:
        left = time_left(cr, self.clock())
        return left is not None and left.total_seconds() < 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cr = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CODE:
                return cr.code
            if col == self.TITLE:
                return cr.title
            if col == self.SCOPE:
                return tr(SCOPES_SHORT, cr.scope.value)
            if col == self.STATUS:
                return tr(STATUSES, cr.status.value)
            if col == self.DUE:
                return self.due_text(cr)
            if col == self.SCHEDULE:
                return cr.impact_schedule
            if col == self.COST:
                return cr.impact_cost
            if col == self.LINKS:
                return self.links_text(cr)
            if col == self.DECIDED:
                return f"{cr.decided_by} · {local_time(cr.decided_at)}" if cr.decided_at else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE:
                return "\n\n".join(x for x in (cr.description, cr.reason) if x) or None
            if col == self.LINKS:
                return "\n".join(f"{link.code or '—'} {link.title}" for link in cr.links) or None
            if col == self.DUE:
                return self.tr("Submitted %1").replace("%1", local_time(cr.submitted_at))
            if col == self.DECIDED and cr.decided_at:
                return "\n".join(x for x in (cr.decided_by, local_time(cr.decided_at), cr.decision_note) if x)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DUE and (self.is_overdue(cr) or decided_late(cr)):
                return QBrush(OVERDUE)
            if col == self.LINKS and any(link.is_deleted for link in cr.links):
                return QBrush(WARNING)
        if role == Qt.ItemDataRole.UserRole:
            return cr.id
        return None

    def tick(self) -> None:
        """The countdown moved on: repaint the assessment column only."""
        if self.items:
            self.dataChanged.emit(self.index(0, self.DUE), self.index(len(self.items) - 1, self.DUE))
