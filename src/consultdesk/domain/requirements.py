"""Requirements and the quadrant rule (DOMAIN.md §2, DESIGN.md automation surface)."""

from __future__ import annotations

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
