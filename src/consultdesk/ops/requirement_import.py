"""Importing checked requirement rows: one undo step, one transaction, all rows or none (area "board").

The file is read and checked by consultdesk.transfer beforehand; this verb re-checks the codes against the
engagement as it is now (another window may have added some), assigns REQ numbers in import order and
inserts every row with one prepared statement. Undo removes exactly those rows.

import_into_named() also creates the client and/or engagement named by a script, inside the same command:
one transaction, so a refused write (a full disk) leaves neither an empty client nor an empty engagement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.clients import validate_name
from consultdesk.domain.requirement_rows import assign_codes
from consultdesk.ops.base import InsertRow, StoreCommand, push
from consultdesk.ops.errors import OpError
from consultdesk.ops.requirements import AREA, TABLE, normalize_fields

if TYPE_CHECKING:
    from consultdesk.context import AppContext



class ImportRequirements(StoreCommand):
    def __init__(self, ctx: "AppContext", engagement_id: int | None, rows: Sequence[dict[str, Any]],
                 initiator: Any = None, creates: Sequence[InsertRow] = ()):
        """creates: a new client and/or engagement inserted first (engagement last); engagement_id None
        then means "the engagement created here"."""
        count = len(rows)  # a plain name: lupdate drops a translate call whose count is an expression
        # English has no translation file for plural forms: the singular is its own text.
        text = (QCoreApplication.translate("ops", "Import requirement") if count == 1
                else QCoreApplication.translate("ops", "Import %n requirements", "", count))
        super().__init__(ctx, text, initiator)
        self.engagement_id = engagement_id
        self.rows = list(rows)  # complete rows: seq and code assigned
        self.creates = list(creates)
        self.ids: list[int] = []

    def apply(self) -> Changes:
        changes = Changes()
        for part in self.creates:
            if part.table == "engagements" and "client_id" not in part.values:
                part.values["client_id"] = self.creates[0].row_id  # the client created just before
            changes = changes | part.apply()
            if part.table == "engagements":
                self.engagement_id = part.row_id
        repo = self.ctx.repos.requirements_import
        # Redo after undo re-uses the ids of the first run, so later commands that name them still match.
        first_id = self.ids[0] if self.ids else repo.next_id()
        assert self.engagement_id is not None
        self.ids = repo.insert_many(self.engagement_id, first_id, self.rows)
        return changes | Changes.of(TABLE, self.ids)

    def revert(self) -> Changes:
        self.ctx.repos.requirements_import.delete_many(self.ids)
        changes = Changes.of(TABLE, self.ids)
        for part in reversed(self.creates):
            changes = changes | part.revert()
        return changes


def import_requirements(
    ctx: "AppContext", engagement_id: int, rows: Sequence[dict[str, Any]], initiator: Any = None
) -> list[int]:
    """Insert checked rows (field -> value; a row's "code" may be None) into an engagement; returns ids.

    Raises OpError, with nothing stored, when the engagement is gone or a code is already taken."""
    if ctx.repos.rows.get("engagements", engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    if not rows:
        return []
    repo = ctx.repos.requirements_import
    taken = repo.taken_codes(engagement_id)
    clash = sorted({r["code"] for r in rows if r.get("code")} & taken)
    if clash:
        raise OpError(QCoreApplication.translate(
                "ops", "These codes already exist in the engagement: %1.").replace("%1", ", ".join(clash[:10])))
    # Same rules as a requirement typed in the editor (scores 1-5, known type/status, a title).
    checked = [{**normalize_fields({k: v for k, v in row.items() if k != "code"}), "code": row.get("code")}
               for row in rows]
    complete = assign_codes(checked, taken, repo.next_seq(engagement_id))
    command = ImportRequirements(ctx, engagement_id, complete, initiator)
    push(ctx, AREA, command)
    return list(command.ids)


def import_into_named(
    ctx: "AppContext", client_name: str, engagement_title: str, rows: Sequence[dict[str, Any]],
    initiator: Any = None,
) -> tuple[int, list[int], list[str]]:
    """Import into the engagement *engagement_title* of client *client_name*, creating either when missing,
    all in one transaction. Returns (engagement id, requirement ids, tables created: "clients"/"engagements")."""
    clients = ctx.repos.clients
    client = clients.find_client(client_name)
    engagement = (clients.find_engagement(client.id, engagement_title)
                  if client is not None and client.id is not None else None)
    if engagement is not None and engagement.id is not None:
        return engagement.id, import_requirements(ctx, engagement.id, rows, initiator), []
    if not rows:
        raise OpError(QCoreApplication.translate("ops", "There is nothing to import."))
    if client is None and validate_name(client_name):
        raise OpError(QCoreApplication.translate("ops", "A client needs a name."))
    if validate_name(engagement_title):
        raise OpError(QCoreApplication.translate("ops", "An engagement needs a title."))
    creates: list[InsertRow] = []
    if client is None:
        creates.append(InsertRow(ctx, QCoreApplication.translate(
                "ops", "Add client"), "clients", {"name": client_name}, initiator))
    values: dict[str, Any] = {"title": engagement_title}
    if client is not None:
        values["client_id"] = client.id
    creates.append(InsertRow(ctx, QCoreApplication.translate("ops", "Add engagement"), "engagements", values, initiator))
    checked = [{**normalize_fields({k: v for k, v in row.items() if k != "code"}), "code": row.get("code")}
               for row in rows]
    command = ImportRequirements(ctx, None, assign_codes(checked, set(), 1), initiator, creates)
    push(ctx, AREA, command)
    assert command.engagement_id is not None
    return command.engagement_id, list(command.ids), [part.table for part in creates]
