"""Requirements and the quadrant rule (the quadrant rule is part of the automation surface, docs/cli.md)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum

MIN_SCORE, MAX_SCORE = 1, 5
HIGH_SCORE = 4  # 4 or 5 is high; 1-3 is low ("value 4 / urgency 3" is high value, low urgency)


class Quadrant(str, Enum):
    DO_NOW = "do_now"
    PLAN = "plan"
    QUICK = "quick"
    PARK = "park"


QUADRANT_ORDER = (Quadrant.DO_NOW, Quadrant.PLAN, Quadrant.QUICK, Quadrant.PARK)


def is_high(score: int) -> bool:
    return score >= HIGH_SCORE


def quadrant_for(value: int, urgency: int) -> Quadrant:
    if is_high(value):
        return Quadrant.DO_NOW if is_high(urgency) else Quadrant.PLAN
    return Quadrant.QUICK if is_high(urgency) else Quadrant.PARK


class RequirementType(str, Enum):
    BUSINESS = "business"
    EXPERIENCE = "experience"
    STRATEGIC = "strategic"
    TECHNICAL = "technical"


class RequirementStatus(str, Enum):
    PROPOSED = "proposed"
    TO_CONFIRM = "to_confirm"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    IN_PROGRESS = "in_progress"
    DONE = "done"


CODE_PREFIX = "REQ-"


def format_code(number: int) -> str:
    return f"{CODE_PREFIX}{number:03d}"


@dataclass(frozen=True)
class Requirement:
    """One requirement as captured on site. Text fields are stored exactly as typed."""

    id: int | None
    engagement_id: int
    code: str
    title: str
    description: str = ""
    goal: str = ""
    current_state: str = ""
    success_criteria: str = ""
    time_resources: str = ""
    risks: str = ""
    type: RequirementType = RequirementType.BUSINESS
    why: str = ""
    what: str = ""
    who: str = ""
    when: str = ""
    where: str = ""
    how: str = ""
    value: int = 3
    urgency: int = 3
    cost: int | None = None
    status: RequirementStatus = RequirementStatus.PROPOSED
    is_core: bool = True
    source: str = ""
    source_interview_id: int | None = None
    acceptance: str = ""
    tag: str = ""
    notes: str = ""  # 备注: free remarks, and the reasons a sheet gave beside its scores ("4（提升效率）")
    seq: int = 0

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_for(self.value, self.urgency)


# Every field a requirement carries, in form/document order (id/engagement/seq are bookkeeping).
CONTENT_FIELDS = tuple(f.name for f in fields(Requirement) if f.name not in ("id", "engagement_id", "seq", "source_interview_id"))
