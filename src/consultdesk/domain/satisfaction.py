"""Quarterly satisfaction reviews: four scores 1–5; a score under 4 opens a 5-Why review whose
improvement plan lands in the action items, and the next quarter's score shows whether it worked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DIMENSIONS = ("speed", "quality", "clarity", "solving")
THRESHOLD = 4  # a score under this opens a 5-Why review
WHY_STEPS = 5
_PERIOD = re.compile(r"^(\d{4})-Q([1-4])$")


def period_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def check_period(text: str) -> bool:
    return bool(_PERIOD.match(text or ""))


def previous_period(period: str) -> str:
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(period)
    year, quarter = int(match[1]), int(match[2])
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def shift_period(period: str, quarters: int) -> str:
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(period)
    index = int(match[1]) * 4 + int(match[2]) - 1 + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


@dataclass(frozen=True)
class FiveWhy:
    id: int
    review_id: int
    dimension: str
    steps: tuple[str, ...] = ()  # WHY_STEPS answers, each the "why?" of the one before
    participants: str = ""
    root_cause: str = ""

    @property
    def complete(self) -> bool:
        return len([s for s in self.steps if s.strip()]) == WHY_STEPS and bool(self.root_cause.strip())


@dataclass(frozen=True)
class Review:
    id: int
    engagement_id: int
    period: str
    speed: int | None = None
    quality: int | None = None
    clarity: int | None = None
    solving: int | None = None
    comments: str = ""
    held_on: str = ""
    five_whys: tuple[FiveWhy, ...] = ()

    def scores(self) -> dict[str, int | None]:
        return {d: getattr(self, d) for d in DIMENSIONS}

    def below(self) -> list[str]:
        """Dimensions scored under the threshold (each needs a 5-Why)."""
        return [d for d, s in self.scores().items() if s is not None and s < THRESHOLD]

    def five_why(self, dimension: str) -> FiveWhy | None:
        return next((f for f in self.five_whys if f.dimension == dimension), None)


def recovered(previous: Review | None, current: Review, dimension: str) -> bool | None:
    """Did *dimension* climb back to the threshold this quarter after being under it? None = not applicable."""
    if previous is None:
        return None
    before, now = previous.scores()[dimension], current.scores()[dimension]
    if before is None or before >= THRESHOLD or now is None:
        return None
    return now >= THRESHOLD

