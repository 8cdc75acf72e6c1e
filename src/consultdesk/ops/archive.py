"""Archiving instead of deleting (area "clients"): records a consultant may need in a dispute never vanish.

An engagement holding signed baselines, evidence or decided change requests cannot be deleted (nor can its
client); it is archived: hidden from pickers and lists, read-only (the store refuses writes under it),
still verified by `check`, and restorable. Archiving and restoring are undoable and recorded in the history.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.ops.base import StoreCommand, push
from consultdesk.ops.edit_command import EditRow
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "clients"


translate = QCoreApplication.translate  # lupdate reads translate("ops", "...")


class _SetArchived(StoreCommand):
    """Set or clear archived_at, with a history entry each way (undo appends, never removes)."""

    def __init__(self, ctx: "AppContext", text: str, table: str, row_id: int, archived_at: str,
                 initiator: Any = None) -> None:
        super().__init__(ctx, text, initiator)
        self.update = EditRow(ctx, text, table, row_id, {"archived_at": archived_at}, initiator)
        self.entity = "engagement" if table == "engagements" else "client"

    def _log(self, action: str) -> None:
        assert self.update.row_id is not None
        row = self.ctx.repos.rows.get(self.update.table, self.update.row_id) or {}
        engagement_id = self.update.row_id if self.entity == "engagement" else None
        self.ctx.repos.history.append(self.entity, self.update.row_id, action, engagement_id=engagement_id,
                                      field="archived_at", old=self.update.before["archived_at"],
                                      new=row.get("archived_at", ""))

    def apply(self) -> Changes:
        changes = self.update.apply()
        self._log("archive" if self.update.after["archived_at"] else "restore")
        return changes | Changes.of("history")

    def revert(self) -> Changes:
        changes = self.update.revert()
        self._log("undo_archive" if self.update.after["archived_at"] else "undo_restore")
        return changes | Changes.of("history")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _set(ctx: "AppContext", table: str, row_id: int, archived: bool, text: str, initiator: Any) -> Changes:
    row = ctx.repos.rows.get(table, row_id)
    if row is None:
        raise OpError(translate("ops", "The record no longer exists."))
    if bool(row["archived_at"]) == archived:
        return Changes()
    return push(ctx, AREA, _SetArchived(ctx, text, table, row_id, _now() if archived else "", initiator))


def archive_engagement(ctx: "AppContext", engagement_id: int, initiator: Any = None) -> Changes:
    return _set(ctx, "engagements", engagement_id, True, translate("ops", "Archive engagement"), initiator)


def restore_engagement(ctx: "AppContext", engagement_id: int, initiator: Any = None) -> Changes:
    return _set(ctx, "engagements", engagement_id, False, translate("ops", "Restore engagement"), initiator)


def archive_client(ctx: "AppContext", client_id: int, initiator: Any = None) -> Changes:
    return _set(ctx, "clients", client_id, True, translate("ops", "Archive client"), initiator)


def restore_client(ctx: "AppContext", client_id: int, initiator: Any = None) -> Changes:
    return _set(ctx, "clients", client_id, False, translate("ops", "Restore client"), initiator)


def _kept_text(counts: dict[str, int]) -> str:
    baselines, cases, decisions = counts.get("baselines", 0), counts.get("cases", 0), counts.get("decisions", 0)
    parts = []
    if baselines:
        parts.append(translate("ops", "%n signed baseline(s)", "", baselines))
    if cases:
        parts.append(translate("ops", "%n dispute case(s) with evidence", "", cases))
    if decisions:
        parts.append(translate("ops", "%n decided change request(s)", "", decisions))
    return ", ".join(parts)


def refuse_engagement_delete(ctx: "AppContext", engagement_id: int) -> None:
    """OpError naming what the engagement holds, when it must be archived rather than deleted."""
    engagement = ctx.repos.clients.get_engagement(engagement_id)
    if engagement is None:
        raise OpError(translate("ops", "The engagement no longer exists."))
    counts = ctx.repos.clients.kept_records(engagement_id)
    if any(counts.values()):
        raise OpError(translate("ops", "The engagement “%1” holds %2, which must stay available for a dispute, so it cannot "
                          "be deleted. Archive it instead: it is hidden and read-only, still checked, and can be "
                          "restored.").replace("%1", engagement.title).replace("%2", _kept_text(counts)))
    if engagement.archived_at:
        raise OpError(translate("ops", "The engagement “%1” is archived; restore it before deleting it.")
                      .replace("%1", engagement.title))


def refuse_client_delete(ctx: "AppContext", client_id: int) -> None:
    client = ctx.repos.clients.get_client(client_id)
    if client is None:
        raise OpError(translate("ops", "The client no longer exists."))
    kept = ctx.repos.clients.engagements_with_kept_records(client_id)
    if kept:
        raise OpError(translate("ops", "The client “%1” has engagements with signed baselines or evidence (%2), so it cannot be "
                          "deleted. Archive it instead: it is hidden and read-only, still checked, and can be "
                          "restored.").replace("%1", client.name).replace("%2", ", ".join(e.title for e in kept)))
    if client.archived_at:
        raise OpError(translate("ops", "The client “%1” is archived; restore it before deleting it.").replace("%1", client.name))
