"""Meetings and their minutes (area "followup"): create, edit as typed, decisions, minutes sent, and
the confirmation of the minutes, which is also written to the hash-chained history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.followup import MEETING_KINDS, PHASES, check_moment
from consultdesk.domain.history import canonical
from consultdesk.ops.base import push
from consultdesk.ops.edit_command import EditRow
from consultdesk.ops.errors import OpError
from consultdesk.ops.followup_common import AREA, delete, edit, insert, need_choice, need_days, need_row, need_text, only

if TYPE_CHECKING:
    from consultdesk.context import AppContext

FIELDS = ("kind", "title", "held_on", "phase", "our_attendees", "client_attendees", "agenda", "notes",
          "minutes_sent_on")


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only(values, FIELDS)
    need_text(cleaned, "title", QCoreApplication.translate("ops", "A meeting needs a title."))
    need_choice(cleaned, "kind", MEETING_KINDS, QCoreApplication.translate("ops", "Unknown kind of meeting: %s"))
    need_choice(cleaned, "phase", ("",) + PHASES, QCoreApplication.translate("ops", "Unknown phase: %s"))
    if "held_on" in cleaned and not check_moment(str(cleaned["held_on"] or "")):
        raise OpError(QCoreApplication.translate("ops", "A meeting time must look like 2026-03-31 or 2026-03-31T14:00."))
    need_days(cleaned, "minutes_sent_on")
    return cleaned


def add_meeting(ctx: "AppContext", engagement_id: int, title: str, initiator: Any = None, **fields: Any) -> int:
    if ctx.repos.clients.get_engagement(engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    values = {"engagement_id": engagement_id, **_clean({"title": title, **fields})}
    return insert(ctx, QCoreApplication.translate("ops", "Add meeting"), "meetings", values, initiator)


def update_meeting(ctx: "AppContext", meeting_id: int, changes: Mapping[str, Any], initiator: Any = None,
                   session: Any = None) -> Changes:
    need_row(ctx, "meetings", meeting_id, QCoreApplication.translate("ops", "The meeting no longer exists."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit meeting"), "meetings", meeting_id, _clean(changes), initiator, session)


def delete_meeting(ctx: "AppContext", meeting_id: int, initiator: Any = None) -> Changes:
    """With its decisions and action items (one undo brings all back)."""
    need_row(ctx, "meetings", meeting_id, QCoreApplication.translate("ops", "The meeting no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete meeting"), "meetings", meeting_id, initiator)


def mark_minutes_sent(ctx: "AppContext", meeting_id: int, sent_on: str | None = None, initiator: Any = None) -> Changes:
    """Minutes sent to both sides (today by default); "" marks them unsent again."""
    day = date.today().isoformat() if sent_on is None else sent_on
    return update_meeting(ctx, meeting_id, {"minutes_sent_on": day}, initiator)


# -- decisions -------------------------------------------------------------------------------------
def add_decision(ctx: "AppContext", meeting_id: int, text: str, initiator: Any = None) -> int:
    need_row(ctx, "meetings", meeting_id, QCoreApplication.translate("ops", "The meeting no longer exists."))
    need_text({"text": text}, "text", QCoreApplication.translate("ops", "A decision needs a text."))
    position = ctx.repos.meetings.next_decision_position(meeting_id)
    return insert(ctx, QCoreApplication.translate("ops", "Add decision"), "meeting_decisions",
                  {"meeting_id": meeting_id, "position": position, "text": text}, initiator)


def update_decision(ctx: "AppContext", decision_id: int, text: str, initiator: Any = None, session: Any = None) -> Changes:
    need_row(ctx, "meeting_decisions", decision_id, QCoreApplication.translate("ops", "The decision no longer exists."))
    need_text({"text": text}, "text", QCoreApplication.translate("ops", "A decision needs a text."))
    return edit(ctx, QCoreApplication.translate(
            "ops", "Edit decision"), "meeting_decisions", decision_id, {"text": text}, initiator, session)


def delete_decision(ctx: "AppContext", decision_id: int, initiator: Any = None) -> Changes:
    need_row(ctx, "meeting_decisions", decision_id, QCoreApplication.translate("ops", "The decision no longer exists."))
    return delete(ctx, QCoreApplication.translate("ops", "Delete decision"), "meeting_decisions", decision_id, initiator)


# -- confirmation of the minutes ---------------------------------------------------------------------
class ConfirmMinutes(EditRow):
    """The client confirmed the minutes (who, when). Recorded in the history chain, and its undo too,
    so a confirmation can never disappear without trace."""

    def __init__(self, ctx: "AppContext", meeting_id: int, confirmed_by: str, confirmed_on: str, initiator: Any = None):
        super().__init__(ctx, QCoreApplication.translate("ops", "Confirm minutes"), "meetings", meeting_id,
                         {"confirmed_by": confirmed_by, "confirmed_on": confirmed_on}, initiator)
        row = ctx.repos.rows.get("meetings", meeting_id)
        assert row is not None, "confirming a meeting that does not exist"
        self.engagement_id = row["engagement_id"]

    def _record(self, action: str, values: Mapping[str, Any]) -> None:
        self.ctx.repos.history.append("meeting", self.row_id, action, engagement_id=self.engagement_id,
                                      field="confirmation", old=canonical(dict(self.before)),
                                      new=canonical(dict(values)))

    def apply(self) -> Changes:
        changes = super().apply()
        self._record("confirm", self.after)
        return changes

    def revert(self) -> Changes:
        changes = super().revert()
        self._record("undo_confirm", self.before)
        return changes


def confirm_minutes(ctx: "AppContext", meeting_id: int, confirmed_by: str, confirmed_on: str | None = None,
                    initiator: Any = None) -> Changes:
    """Record that *confirmed_by* (the client's side) confirmed the minutes in writing."""
    row = need_row(ctx, "meetings", meeting_id, QCoreApplication.translate("ops", "The meeting no longer exists."))
    if not str(confirmed_by or "").strip():
        raise OpError(QCoreApplication.translate("ops", "Say who confirmed the minutes."))
    day = confirmed_on or date.today().isoformat()
    need_days({"confirmed_on": day}, "confirmed_on")
    if not row["minutes_sent_on"]:
        raise OpError(QCoreApplication.translate("ops", "The minutes have not been sent yet; mark them sent first."))
    return push(ctx, AREA, ConfirmMinutes(ctx, meeting_id, confirmed_by.strip(), day, initiator))
