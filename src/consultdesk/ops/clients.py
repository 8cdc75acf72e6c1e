"""Client, contact and engagement verbs (area "clients")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.clients import validate_name
from consultdesk.ops.base import DeleteRow, InsertRow, push
from consultdesk.ops.dates import need_days, need_period
from consultdesk.ops.edit_command import push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "clients"



def _insert(ctx: "AppContext", text: str, table: str, values: Mapping[str, Any], initiator: Any) -> int:
    command = InsertRow(ctx, text, table, values, initiator)
    push(ctx, AREA, command)
    assert command.row_id is not None
    return command.row_id


def create_client(ctx: "AppContext", name: str, initiator: Any = None, **fields: Any) -> int:
    if validate_name(name):
        raise OpError(QCoreApplication.translate("ops", "A client needs a name."))
    return _insert(ctx, QCoreApplication.translate("ops", "Add client"), "clients", {"name": name, **fields}, initiator)


def update_client(
    ctx: "AppContext", client_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    if "name" in changes and validate_name(changes["name"]):
        raise OpError(QCoreApplication.translate("ops", "A client needs a name."))
    text = QCoreApplication.translate("ops", "Rename client") if set(changes) == {"name"} else QCoreApplication.translate(
            "ops", "Edit client")
    return push_edit(ctx, AREA, text, "clients", client_id, changes, initiator, merge_session)


def delete_client(ctx: "AppContext", client_id: int, initiator: Any = None) -> Changes:
    """Refused (OpError) when an engagement holds signed or evidential records: archive it instead."""
    from consultdesk.ops.archive import refuse_client_delete

    refuse_client_delete(ctx, client_id)
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate("ops", "Delete client"), "clients", client_id, initiator))


def create_contact(ctx: "AppContext", client_id: int, name: str, initiator: Any = None, **fields: Any) -> int:
    if validate_name(name):
        raise OpError(QCoreApplication.translate("ops", "A contact needs a name."))
    return _insert(ctx, QCoreApplication.translate(
            "ops", "Add contact"), "contacts", {"client_id": client_id, "name": name, **fields}, initiator)


def update_contact(
    ctx: "AppContext", contact_id: int, changes: Mapping[str, Any], initiator: Any = None, merge_session: Any = None
) -> Changes:
    if "name" in changes and validate_name(changes["name"]):
        raise OpError(QCoreApplication.translate("ops", "A contact needs a name."))
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit contact"), "contacts", contact_id, changes, initiator, merge_session)


def delete_contact(ctx: "AppContext", contact_id: int, initiator: Any = None) -> Changes:
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate("ops", "Delete contact"), "contacts", contact_id, initiator))


def create_engagement(ctx: "AppContext", client_id: int, title: str, initiator: Any = None, **fields: Any) -> int:
    if validate_name(title):
        raise OpError(QCoreApplication.translate("ops", "An engagement needs a title."))
    need_days(fields, "start_date", "end_date")
    need_period(fields.get("start_date"), fields.get("end_date"))
    values = {"client_id": client_id, "title": title, **fields}
    return _insert(ctx, QCoreApplication.translate("ops", "Add engagement"), "engagements", values, initiator)


def update_engagement(
    ctx: "AppContext",
    engagement_id: int,
    changes: Mapping[str, Any],
    initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    if "title" in changes and validate_name(changes["title"]):
        raise OpError(QCoreApplication.translate("ops", "An engagement needs a title."))
    if {"start_date", "end_date"} & set(changes):
        need_days(changes, "start_date", "end_date")
        stored = ctx.repos.rows.get("engagements", engagement_id) or {}
        need_period(changes.get("start_date", stored.get("start_date")), changes.get("end_date", stored.get("end_date")))
    text = QCoreApplication.translate(
            "ops", "Rename engagement") if set(changes) == {"title"} else QCoreApplication.translate("ops", "Edit engagement")
    return push_edit(ctx, AREA, text, "engagements", engagement_id, changes, initiator, merge_session)


def delete_engagement(ctx: "AppContext", engagement_id: int, initiator: Any = None) -> Changes:
    """Refused (OpError) when it holds signed or evidential records: archive it instead."""
    from consultdesk.ops.archive import refuse_engagement_delete

    refuse_engagement_delete(ctx, engagement_id)
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete engagement"), "engagements", engagement_id, initiator))
