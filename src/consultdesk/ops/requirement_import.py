"""Importing checked requirement rows: one undo step, one transaction, all rows or none (area "board").

The file is read and checked by consultdesk.transfer beforehand; this verb re-checks the codes against the
engagement as it is now (another window may have added some), assigns REQ numbers in import order and
inserts every row with one prepared statement. Undo removes exactly those rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.requirement_rows import assign_codes
from consultdesk.ops.base import StoreCommand, push
from consultdesk.ops.errors import OpError
from consultdesk.ops.requirements import AREA, TABLE, normalize_fields

if TYPE_CHECKING:
    from consultdesk.context import AppContext


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ops", text, None, n)


class ImportRequirements(StoreCommand):
    def __init__(self, ctx: "AppContext", engagement_id: int, rows: Sequence[dict[str, Any]], initiator: Any = None):
        super().__init__(ctx, _tr("Import %n requirements", len(rows)), initiator)
        self.engagement_id = engagement_id
        self.rows = list(rows)  # complete rows: seq and code assigned
        self.ids: list[int] = []

    def apply(self) -> Changes:
        repo = self.ctx.repos.requirements_import
        # Redo after undo re-uses the ids of the first run, so later commands that name them still match.
        first_id = self.ids[0] if self.ids else repo.next_id()
        self.ids = repo.insert_many(self.engagement_id, first_id, self.rows)
        return Changes.of(TABLE, self.ids)

    def revert(self) -> Changes:
        self.ctx.repos.requirements_import.delete_many(self.ids)
        return Changes.of(TABLE, self.ids)


def import_requirements(
    ctx: "AppContext", engagement_id: int, rows: Sequence[dict[str, Any]], initiator: Any = None
) -> list[int]:
    """Insert checked rows (field -> value; a row's "code" may be None) into an engagement; returns ids.

    Raises OpError, with nothing stored, when the engagement is gone or a code is already taken."""
    if ctx.repos.rows.get("engagements", engagement_id) is None:
        raise OpError(_tr("The engagement no longer exists."))
    if not rows:
        return []
    repo = ctx.repos.requirements_import
    taken = repo.taken_codes(engagement_id)
    clash = sorted({r["code"] for r in rows if r.get("code")} & taken)
    if clash:
        raise OpError(_tr("These codes already exist in the engagement: %1.").replace("%1", ", ".join(clash[:10])))
    # Same rules as a requirement typed in the editor (scores 1-5, known type/status, a title).
    checked = [{**normalize_fields({k: v for k, v in row.items() if k != "code"}), "code": row.get("code")}
               for row in rows]
    complete = assign_codes(checked, taken, repo.next_seq(engagement_id))
    command = ImportRequirements(ctx, engagement_id, complete, initiator)
    push(ctx, AREA, command)
    return list(command.ids)
