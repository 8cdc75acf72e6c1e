"""Interviews following the four-part outline, and the pre-visit question list.

Question keys are stable identifiers stored with each answer ("need.pain_points"); the wording and the
"what to record" hints are UI text, translated in ui/clients/outline_texts.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class OutlinePart(str, Enum):
    BACKGROUND = "background"
    NEED = "need"
    IMPACT = "impact"
    EXPECTATIONS = "expectations"


# part -> question keys, in the order the consultant asks them
OUTLINE: dict[OutlinePart, tuple[str, ...]] = {
    OutlinePart.BACKGROUND: ("background.business", "background.systems", "background.history"),
    OutlinePart.NEED: ("need.pain_points", "need.trigger", "need.ideal", "need.workarounds"),
    OutlinePart.IMPACT: ("impact.scope", "impact.loss", "impact.urgency"),
    OutlinePart.EXPECTATIONS: ("expectations.success", "expectations.constraints", "expectations.collaboration"),
}


def notes_key(part: OutlinePart) -> str:
    """The answer key under which a part's free notes are stored."""
    return f"{part.value}.notes"




@dataclass(frozen=True)
class Interview:
    id: int | None
    engagement_id: int
    title: str = ""
    held_on: str = ""
    participants: str = ""
    notes: str = ""
    stressed: str = ""  # what the client stressed (客户特别关注)
    to_confirm: str = ""  # still to be confirmed (待确认)


class VisitQuestionStatus(str, Enum):
    OPEN = "open"
    ANSWERED = "answered"


@dataclass(frozen=True)
class VisitQuestion:
    id: int | None
    engagement_id: int
    question: str
    position: int = 0
    status: VisitQuestionStatus = VisitQuestionStatus.OPEN
    answer: str = ""
