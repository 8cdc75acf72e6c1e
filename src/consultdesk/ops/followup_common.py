"""Pieces shared by the follow-up verbs (area "followup"): translated refusals, field checks, the
insert / edit / delete helpers every verb uses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.followup import check_day
from consultdesk.ops.base import DeleteRow, InsertRow, push
from consultdesk.ops.edit_command import push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "followup"



def only(values: Mapping[str, Any], allowed: Iterable[str]) -> dict[str, Any]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise OpError(QCoreApplication.translate("ops", "Unknown field: %s") % ", ".join(sorted(unknown)))
    return dict(values)


def need_text(values: Mapping[str, Any], name: str, message: str) -> None:
    if name in values and not str(values[name] or "").strip():
        raise OpError(message)


def need_choice(values: Mapping[str, Any], name: str, choices: Iterable[str], message: str) -> None:
    if name in values and values[name] not in tuple(choices):
        raise OpError(message % values[name])


def need_days(values: Mapping[str, Any], *names: str) -> None:
    for name in names:
        if name in values and not check_day(str(values[name] or "")):
            raise OpError(QCoreApplication.translate("ops", "A date must look like 2026-03-31."))


def need_row(ctx: "AppContext", table: str, row_id: int, message: str) -> dict[str, Any]:
    row = ctx.repos.rows.get(table, row_id)
    if row is None:
        raise OpError(message)
    return row


def insert(ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any = None) -> int:
    command = InsertRow(ctx, text, table, values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def edit(ctx: "AppContext", text: str, table: str, row_id: int, values: Mapping[str, Any], initiator: Any = None,
         session: Any = None) -> Changes:
    """One undo step per edit, or per typing session when *session* is given; nothing for a no-op."""
    return push_edit(ctx, AREA, text, table, row_id, values, initiator, session)


def delete(ctx: "AppContext", text: str, table: str, row_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, text, table, row_id, initiator))
