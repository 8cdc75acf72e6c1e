"""Change-request verbs (area "specs"): file, edit, move through the status flow, delete. All undoable.

Status changes are change-board decisions, so each one (and each undo/redo of one) is appended to the
hash-chained history in the same transaction as the row update.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.change_requests import DECISIONS, CRLink, CRStatus, Scope, transition_problem
from consultdesk.ops.base import CompositeCommand, DeleteRow, InsertRow, StoreCommand, push
from consultdesk.ops.edit_command import EditRow, push_edit
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "specs"
TABLE = "change_requests"
LINKS = "change_request_requirements"
TEXT_FIELDS = ("title", "description", "reason", "requested_by", "impact_schedule", "impact_cost",
               "written_confirmation", "decision_note")
EDITABLE_FIELDS = frozenset(TEXT_FIELDS) | {"scope", "meeting_held"}



def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _normalize(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE_FIELDS - {"submitted_at"}
    if unknown:
        raise OpError(QCoreApplication.translate(
                "ops", "Unknown change-request field: %1").replace("%1", ", ".join(sorted(unknown))))
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "scope":
            try:
                out[name] = Scope(value).value
            except ValueError:
                raise OpError(QCoreApplication.translate("ops", "The scope of a change must be small or large.")) from None
        elif name == "meeting_held":
            out[name] = 1 if value else 0
        else:
            out[name] = "" if value is None else str(value).strip() if name == "title" else str(value)
    if "title" in out and not out["title"]:
        raise OpError(QCoreApplication.translate("ops", "A change request needs a title."))
    return out


def _link_values(ctx: "AppContext", engagement_id: int, requirement_id: Any) -> dict[str, Any]:
    """A link row from a requirement id, None ("new requirement") or a deleted CRLink (kept as it is)."""
    if requirement_id is None:
        return {"requirement_id": None, "requirement_code": "", "requirement_title": ""}
    if isinstance(requirement_id, CRLink):
        return {"requirement_id": None, "requirement_code": requirement_id.code,
                "requirement_title": requirement_id.title}
    req = ctx.repos.requirements.get(requirement_id)
    if req is None or req.engagement_id != engagement_id:
        raise OpError(QCoreApplication.translate("ops", "A linked requirement no longer exists."))
    return {"requirement_id": req.id, "requirement_code": req.code, "requirement_title": req.title}


def create_change_request(
    ctx: "AppContext", engagement_id: int, title: str, requirement_ids: Iterable[int | None] = (),
    initiator: Any = None, **fields: Any,
) -> int:
    """File a change request linked to requirements (None = "new requirement"); returns its id."""
    values = _normalize({"title": title, **fields})
    if ctx.repos.rows.get("engagements", engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    links = [_link_values(ctx, engagement_id, rid) for rid in dict.fromkeys(requirement_ids)]
    seq, code = ctx.repos.change_requests.next_code(engagement_id)
    values.setdefault("submitted_at", _now())
    head = InsertRow(ctx, "", TABLE, {"engagement_id": engagement_id, "seq": seq, "code": code, **values}, initiator)
    parts: list[StoreCommand] = [head, _InsertLinks(ctx, head, links, initiator)]
    push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Add change request"), parts, initiator))
    assert head.row_id is not None
    return head.row_id


class _InsertLinks(StoreCommand):
    """Link rows of a change request whose id is only known once the head row is inserted."""

    def __init__(self, ctx: "AppContext", head: InsertRow, links: list[dict[str, Any]], initiator: Any) -> None:
        super().__init__(ctx, "", initiator)
        self.head = head
        self.links = links
        self.ids: list[int | None] = [None] * len(links)

    def apply(self) -> Changes:
        for i, link in enumerate(self.links):
            values = {**link, "change_request_id": self.head.row_id}
            if self.ids[i] is not None:
                values["id"] = self.ids[i]
            self.ids[i] = self.ctx.repos.rows.insert(LINKS, values)
        return Changes.of(LINKS, [i for i in self.ids if i is not None])

    def revert(self) -> Changes:
        for link_id in self.ids:
            if link_id is not None:
                self.ctx.repos.rows.delete(LINKS, link_id)
        return Changes.of(LINKS, [i for i in self.ids if i is not None])


def update_change_request(
    ctx: "AppContext", change_request_id: int, changes: Mapping[str, Any], initiator: Any = None,
    merge_session: Any = None,
) -> Changes:
    values = _normalize(changes)
    values.pop("submitted_at", None)
    return push_edit(ctx, AREA, QCoreApplication.translate(
            "ops", "Edit change request"), TABLE, change_request_id, values, initiator, merge_session)


def _relink_parts(ctx: "AppContext", cr: Any, requirement_ids: Iterable[int | None], initiator: Any) -> list[StoreCommand]:
    links = [_link_values(ctx, cr.engagement_id, rid) for rid in dict.fromkeys(requirement_ids)]
    head = InsertRow(ctx, "", TABLE, {}, initiator)
    head.row_id = cr.id  # the links hang off the existing row; _InsertLinks only reads the id
    parts: list[StoreCommand] = [DeleteRow(ctx, "", LINKS, i, initiator)
                                 for i in ctx.repos.change_requests.link_ids(cr.id)]
    parts.append(_InsertLinks(ctx, head, links, initiator))
    return parts


def _link_key(link: Any) -> Any:
    if isinstance(link, CRLink):
        return ("code", link.code) if link.is_deleted else ("id", link.requirement_id)
    return ("id", link)


def _same_links(cr: Any, requirement_ids: Iterable[Any]) -> bool:
    """Links are given as requirement ids, None for "new requirement", or the CRLink of a deleted one."""
    wanted = [_link_key(x) for x in dict.fromkeys(requirement_ids)]
    return [_link_key(link) for link in cr.links] == wanted


def set_links(
    ctx: "AppContext", change_request_id: int, requirement_ids: Iterable[int | None], initiator: Any = None
) -> Changes:
    """Replace the requirements a change request touches (one undo step)."""
    cr = ctx.repos.change_requests.get(change_request_id)
    if cr is None:
        raise OpError(QCoreApplication.translate("ops", "The change request no longer exists."))
    requirement_ids = list(requirement_ids)
    if _same_links(cr, requirement_ids):
        return Changes()
    parts = _relink_parts(ctx, cr, requirement_ids, initiator)
    return push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate(
            "ops", "Change linked requirements"), parts, initiator))


def edit_change_request(
    ctx: "AppContext", change_request_id: int, changes: Mapping[str, Any],
    requirement_ids: Iterable[int | None] | None = None, initiator: Any = None,
) -> Changes:
    """Save the change-request form: fields and (optionally) links as one undo step."""
    cr = ctx.repos.change_requests.get(change_request_id)
    if cr is None:
        raise OpError(QCoreApplication.translate("ops", "The change request no longer exists."))
    values = _normalize(changes)
    values.pop("submitted_at", None)
    parts: list[StoreCommand] = []
    update = EditRow(ctx, "", TABLE, change_request_id, values, initiator)
    if not update.is_noop():
        parts.append(update)
    if requirement_ids is not None:
        requirement_ids = list(requirement_ids)
        if not _same_links(cr, requirement_ids):
            parts.extend(_relink_parts(ctx, cr, requirement_ids, initiator))
    if not parts:
        return Changes()
    return push(ctx, AREA, CompositeCommand(ctx, QCoreApplication.translate("ops", "Edit change request"), parts, initiator))


class _Decide(StoreCommand):
    """A status change plus its history entry; undo restores the row and appends an "undo" entry."""

    def __init__(self, ctx: "AppContext", text: str, update: EditRow, engagement_id: int, initiator: Any):
        super().__init__(ctx, text, initiator)
        self.update = update
        self.engagement_id = engagement_id

    def _log(self, action: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        by = after.get("decided_by", "")
        self.ctx.repos.history.append(
            "change_request", self.update.row_id, action, engagement_id=self.engagement_id, field="status",
            old=before["status"], new=after["status"] + (f" by {by}" if by else ""),
        )

    def apply(self) -> Changes:
        changes = self.update.apply()
        self._log("decide" if self.update.after["status"] in [d.value for d in DECISIONS] else "status",
                  self.update.before, self.update.after)
        return changes | Changes.of("history")

    def revert(self) -> Changes:
        changes = self.update.revert()
        self._log("undo", self.update.after, self.update.before)
        return changes | Changes.of("history")


def _problem_text(key: str, current: str, target: str) -> str:
    return {
        "transition": QCoreApplication.translate(
                "ops", "A change request that is %1 cannot become %2.").replace("%1", current).replace("%2", target),
        "decider": QCoreApplication.translate("ops", "Say who decided the change request."),
        "meeting": QCoreApplication.translate("ops", "A large change needs a change-board meeting before it is approved."),
        "confirmation": QCoreApplication.translate(
                "ops", "A large change needs the client's written confirmation before it is approved."),
    }[key]


def set_status(
    ctx: "AppContext", change_request_id: int, status: CRStatus | str, decided_by: str = "", note: str = "",
    initiator: Any = None,
) -> Changes:
    """Move a change request along submitted → assessing → approved/rejected → implemented."""
    cr = ctx.repos.change_requests.get(change_request_id)
    if cr is None:
        raise OpError(QCoreApplication.translate("ops", "The change request no longer exists."))
    try:
        target = CRStatus(status)
    except ValueError:
        raise OpError(QCoreApplication.translate("ops", "Unknown change-request status.")) from None
    problem = transition_problem(cr, target, decided_by)
    if problem:
        raise OpError(_problem_text(problem, cr.status.value, target.value))
    after: dict[str, Any] = {"status": target.value}
    if target in DECISIONS:
        after.update(decided_by=decided_by.strip(), decided_at=_now(), decision_note=note or cr.decision_note)
    update = EditRow(ctx, "", TABLE, change_request_id, after, initiator)
    text = {CRStatus.APPROVED: QCoreApplication.translate(
            "ops", "Approve change request"), CRStatus.REJECTED: QCoreApplication.translate("ops", "Reject change request")}.get(
        target, QCoreApplication.translate("ops", "Change change-request status"))
    return push(ctx, AREA, _Decide(ctx, text, update, cr.engagement_id, initiator))


def delete_change_request(ctx: "AppContext", change_request_id: int, initiator: Any = None) -> Changes:
    cr = ctx.repos.change_requests.get(change_request_id)
    if cr is None:
        raise OpError(QCoreApplication.translate("ops", "The change request no longer exists."))
    for baseline in ctx.repos.baselines.for_engagement(cr.engagement_id):
        if any(c.change_request_id == cr.id for c in baseline.change_requests):
            raise OpError(QCoreApplication.translate(
                    "ops", "This change request is part of a signed baseline and cannot be deleted."))
    return push(ctx, AREA, DeleteRow(ctx, QCoreApplication.translate(
            "ops", "Delete change request"), TABLE, change_request_id, initiator))


def approval_warnings(ctx: "AppContext", change_request_id: int) -> list[str]:
    """Things to tell the user before approving, e.g. a linked requirement that has been deleted."""
    cr = ctx.repos.change_requests.get(change_request_id)
    if cr is None:
        return []
    return [
        QCoreApplication.translate(
                "ops", "%1 refers to %2, which has been deleted.").replace("%1", cr.code).replace("%2", link.code)
        for link in cr.links if link.is_deleted
    ]
