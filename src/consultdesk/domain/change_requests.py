"""Change requests (变更申请) and the change-board rules.

A small change (no milestone moves) must be assessed — decided — within 24 hours of submission; a large
one (schedule or cost moves) needs a meeting and the client's written confirmation before approval.
Status flow: submitted → assessing → approved / rejected; approved → implemented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum

SMALL_ASSESSMENT = timedelta(hours=24)
CODE_PREFIX = "CR-"


class Scope(str, Enum):
    SMALL = "small"
    LARGE = "large"


class CRStatus(str, Enum):
    SUBMITTED = "submitted"
    ASSESSING = "assessing"
    APPROVED = "approved"
    REJECTED = "rejected"
    IMPLEMENTED = "implemented"


TRANSITIONS: dict[CRStatus, tuple[CRStatus, ...]] = {
    CRStatus.SUBMITTED: (CRStatus.ASSESSING, CRStatus.APPROVED, CRStatus.REJECTED),
    CRStatus.ASSESSING: (CRStatus.APPROVED, CRStatus.REJECTED),
    CRStatus.APPROVED: (CRStatus.IMPLEMENTED,),
    CRStatus.REJECTED: (),
    CRStatus.IMPLEMENTED: (),
}
DECISIONS = (CRStatus.APPROVED, CRStatus.REJECTED)
OPEN_STATUSES = (CRStatus.SUBMITTED, CRStatus.ASSESSING, CRStatus.APPROVED)
# Statuses whose change is agreed: a diff entry they link to counts as covered.
COVERING_STATUSES = (CRStatus.APPROVED, CRStatus.IMPLEMENTED)


def format_code(number: int) -> str:
    return f"{CODE_PREFIX}{number:03d}"


@dataclass(frozen=True)
class CRLink:
    """A requirement a change request touches. requirement_id None + code "" = a new requirement;
    requirement_id None + a code = the requirement has been deleted since the request was filed."""

    requirement_id: int | None
    code: str = ""
    title: str = ""

    @property
    def is_new(self) -> bool:
        return self.requirement_id is None and not self.code

    @property
    def is_deleted(self) -> bool:
        return self.requirement_id is None and bool(self.code)


@dataclass(frozen=True)
class ChangeRequest:
    id: int | None
    engagement_id: int
    code: str
    title: str
    submitted_at: str  # UTC ISO-8601
    description: str = ""
    reason: str = ""
    requested_by: str = ""
    scope: Scope = Scope.SMALL
    impact_schedule: str = ""
    impact_cost: str = ""
    status: CRStatus = CRStatus.SUBMITTED
    meeting_held: bool = False
    written_confirmation: str = ""  # reference of the client's written confirmation (e-mail, letter)
    decided_by: str = ""
    decided_at: str = ""
    decision_note: str = ""
    seq: int = 0
    links: tuple[CRLink, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def covers(self) -> bool:
        return self.status in COVERING_STATUSES

    @property
    def label(self) -> str:
        return f"{self.code} ({self.status.value})"


def parse_utc(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def assessment_deadline(cr: ChangeRequest) -> datetime | None:
    """When a small change must be decided by; None for large changes (they wait for a meeting)."""
    if cr.scope is not Scope.SMALL:
        return None
    return parse_utc(cr.submitted_at) + SMALL_ASSESSMENT


def time_left(cr: ChangeRequest, now: datetime) -> timedelta | None:
    """Time left to assess an undecided small change (negative = overdue); None when not applicable."""
    deadline = assessment_deadline(cr)
    if deadline is None or cr.decided_at:
        return None
    return deadline - now


def is_overdue(cr: ChangeRequest, now: datetime) -> bool:
    left = time_left(cr, now)
    return left is not None and left < timedelta(0)


def decided_late(cr: ChangeRequest) -> bool:
    deadline = assessment_deadline(cr)
    return deadline is not None and bool(cr.decided_at) and parse_utc(cr.decided_at) > deadline


def format_duration(delta: timedelta) -> str:
    """"5 h 12 min" for a positive or negative delta (the sign is for the caller to phrase)."""
    minutes = int(abs(delta).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def transition_problem(cr: ChangeRequest, target: CRStatus, decided_by: str = "") -> str:
    """Why *cr* may not move to *target*, as a key ("" when it may); ops turn keys into sentences:
    "transition" (not allowed from the current status), "decider" (nobody named), "meeting" and
    "confirmation" (a large change lacks the change-board meeting / the client's written confirmation)."""
    if target not in TRANSITIONS[cr.status]:
        return "transition"
    if target in DECISIONS and not decided_by.strip():
        return "decider"
    if target is CRStatus.APPROVED and cr.scope is Scope.LARGE:
        if not cr.meeting_held:
            return "meeting"
        if not cr.written_confirmation.strip():
            return "confirmation"
    return ""
