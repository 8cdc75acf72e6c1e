"""Signing off a specification (area "specs"): baseline vN plus sign-off records, appended to history.

A baseline is immutable (the database refuses UPDATE/DELETE), so creating one or adding a sign-off record
is deliberately NOT undoable: the command runs once in one transaction and is never put on the undo stack.
The UI says so in its confirmation question.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consultdesk.bus import Changes
from consultdesk.domain.baseline import MEANINGS, SIDES, Baseline, IncludedChange
from consultdesk.domain.change_coverage import PendingVersion
from consultdesk.domain.spec_status import SignOffRecord
from consultdesk.ops.base import StoreCommand
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "specs"



def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _record(signer: str, side: str, meaning: str, comment: str) -> SignOffRecord:
    signer = (signer or "").strip()
    if not signer:
        raise OpError(QCoreApplication.translate("ops", "Enter the name of the person signing."))
    if side not in SIDES:
        raise OpError(QCoreApplication.translate("ops", "The signer's side must be client or us."))
    if meaning not in MEANINGS:
        raise OpError(QCoreApplication.translate("ops", "The meaning of a sign-off must be approved, reviewed or authored."))
    return SignOffRecord(signer, side, meaning, utc_now(), (comment or "").strip())


class _AppendOnly(StoreCommand):
    """Runs once; there is nothing to undo because the rows it writes can never be removed."""

    def revert(self) -> Changes:
        raise OpError(QCoreApplication.translate("ops", "A baseline and its sign-offs cannot be undone."))


class CreateBaseline(_AppendOnly):
    def __init__(self, ctx: "AppContext", engagement_id: int, record: SignOffRecord, initiator: Any = None):
        super().__init__(ctx, QCoreApplication.translate("ops", "Sign off specification"), initiator)
        self.engagement_id = engagement_id
        self.record = record
        self.baseline_id: int | None = None

    def apply(self) -> Changes:
        repo, history = self.ctx.repos.baselines, self.ctx.repos.history
        content, sha, count = repo.freeze_current(self.engagement_id)
        if count == 0:
            raise OpError(QCoreApplication.translate(
                    "ops", "This engagement has no requirements yet; there is nothing to sign off."))
        latest = repo.latest(self.engagement_id)
        if latest is not None and latest.sha256 == sha:
            raise OpError(
                QCoreApplication.translate(
                        "ops", "The specification has not changed since v%1; add a sign-off to that baseline instead.")
                .replace("%1", str(latest.version))
            )
        included = included_in_next_version(self.ctx, self.engagement_id)
        version = repo.next_version(self.engagement_id)
        self.baseline_id = repo.insert_baseline(self.engagement_id, version, utc_now(), content, sha, included)
        signoff_id = repo.insert_signoff(self.baseline_id, self.record)
        history.append("baseline", self.baseline_id, "create", engagement_id=self.engagement_id,
                       field="sha256", new=f"v{version} {sha}")
        for change in included:
            history.append("baseline", self.baseline_id, "include", engagement_id=self.engagement_id,
                           field="change_request", new=f"v{version} {change.code}")
        _log_signoff(self.ctx, self.engagement_id, signoff_id, version, self.record)
        return Changes({"baselines": frozenset({self.baseline_id}), "signoffs": frozenset({signoff_id}),
                        "history": frozenset()})


class AddSignOff(_AppendOnly):
    def __init__(self, ctx: "AppContext", baseline: Baseline, record: SignOffRecord, initiator: Any = None):
        super().__init__(ctx, QCoreApplication.translate("ops", "Add sign-off"), initiator)
        self.baseline = baseline
        self.record = record

    def apply(self) -> Changes:
        signoff_id = self.ctx.repos.baselines.insert_signoff(self.baseline.id, self.record)
        _log_signoff(self.ctx, self.baseline.engagement_id, signoff_id, self.baseline.version, self.record)
        return Changes({"signoffs": frozenset({signoff_id}), "history": frozenset()})


def _log_signoff(ctx: "AppContext", engagement_id: int, signoff_id: int, version: int, record: SignOffRecord) -> None:
    ctx.repos.history.append("signoff", signoff_id, "sign", engagement_id=engagement_id, field=record.meaning,
                             new=f"v{version} {record.signer} ({record.side})")


def _refuse_archived(ctx: "AppContext", engagement_id: int) -> None:
    # Baselines are written by their own repo, not RowStore, so the archive guard is asked here.
    from consultdesk.ops.failures import archived_text
    from consultdesk.store.archive_guard import ArchivedError

    row = ctx.repos.rows.get("engagements", engagement_id)
    try:
        ctx.repos.rows.guard.refuse_if_archived("engagements", row or {})
    except ArchivedError as exc:
        raise OpError(archived_text(exc)) from exc


def pending_version(ctx: "AppContext", engagement_id: int) -> PendingVersion:
    """What signing now would record: changes since the latest baseline, the approved change requests the
    new version contains (only those with a change actually in it) and the approved ones it leaves out."""
    pending: PendingVersion = ctx.repos.baselines.pending(engagement_id)
    return pending


def included_in_next_version(ctx: "AppContext", engagement_id: int) -> list[IncludedChange]:
    return [IncludedChange(cr.id, cr.code, cr.title) for cr in pending_version(ctx, engagement_id).contained]


def sign_off(
    ctx: "AppContext", engagement_id: int, signer: str, side: str = "us", meaning: str = "approved",
    comment: str = "", initiator: Any = None,
) -> Baseline:
    """Freeze the current specification as the next baseline with a first sign-off record (not undoable)."""
    if ctx.repos.rows.get("engagements", engagement_id) is None:
        raise OpError(QCoreApplication.translate("ops", "The engagement no longer exists."))
    _refuse_archived(ctx, engagement_id)
    command = CreateBaseline(ctx, engagement_id, _record(signer, side, meaning, comment), initiator)
    command.run_first()
    # A sign-off is a point of no return for this area: undoing an earlier step now (e.g. the approval of a
    # change request the new baseline contains) would contradict the signed record.
    ctx.history.clear()
    assert command.baseline_id is not None  # set by run_first
    baseline = ctx.repos.baselines.get(command.baseline_id)
    assert baseline is not None
    return baseline


def add_signoff(
    ctx: "AppContext", baseline_id: int, signer: str, side: str = "client", meaning: str = "approved",
    comment: str = "", initiator: Any = None,
) -> Changes:
    """Attach a further sign-off record to the latest baseline of its engagement (not undoable)."""
    record = _record(signer, side, meaning, comment)
    baseline = ctx.repos.baselines.get(baseline_id)
    if baseline is None:
        raise OpError(QCoreApplication.translate("ops", "The baseline no longer exists."))
    _refuse_archived(ctx, baseline.engagement_id)
    latest = ctx.repos.baselines.latest(baseline.engagement_id)
    if latest is not None and latest.id != baseline.id:
        raise OpError(QCoreApplication.translate("ops", "Only the latest baseline can receive further sign-offs."))
    return AddSignOff(ctx, baseline, record, initiator).run_first()
