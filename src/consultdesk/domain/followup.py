"""Delivery and review: meetings and their minutes, action items from every source, lessons.

Pure rules (no Qt, no SQL). Dates are ISO strings as stored ("2026-10-07" or "2026-10-07T14:00").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

MEETING_KINDS = ("kickoff", "weekly", "review", "change_board", "pre_acceptance", "dispute", "visit", "other")
# Where a meeting is stored: the follow-up's own table, or the dispute's meeting of an evidence chain.
MEETING_SOURCES = ("followup", "evidence")
ACTION_STATUSES = ("open", "done", "dropped")
# Where an action item comes from; each source is edited through the ops of its own area.
ACTION_SOURCES = ("meeting", "dispute", "plan", "improvement")
LESSON_KINDS = ("worked", "avoid")
PHASES = ("kickoff", "development", "testing", "after_delivery")
# Cadence of regular meetings by phase: kick-off weekly, development twice a week, testing every
# three days, after delivery a monthly visit (for twelve months).
CADENCE_DAYS = {"kickoff": 7, "development": 3, "testing": 3, "after_delivery": 30}
MINUTES_DUE = timedelta(hours=24)
AFTER_DELIVERY_MONTHS = 12


def parse_day(text: str | None) -> date | None:
    """The day of an ISO date or date-time, or None for an empty or malformed one."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def parse_moment(text: str | None) -> datetime | None:
    """A meeting time: "2026-10-07T14:00" or just a day (then its start)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        day = parse_day(text)
        return datetime(day.year, day.month, day.day) if day else None
    return value.replace(tzinfo=None)


def check_day(text: str) -> bool:
    """True for "" (no date) or an ISO day."""
    return not text or parse_day(text) is not None and len(str(text)) >= 10


def check_moment(text: str) -> bool:
    return not text or parse_moment(text) is not None


@dataclass(frozen=True)
class Meeting:
    """One meeting of an engagement, whichever table holds it (see MeetingsRepo)."""

    id: int
    source: str  # "followup" | "evidence"
    engagement_id: int
    kind: str
    title: str
    held_on: str = ""
    our_attendees: str = ""
    client_attendees: str = ""
    agenda: str = ""
    notes: str = ""
    minutes_sent_on: str = ""
    confirmed_on: str = ""
    confirmed_by: str = ""
    phase: str = ""
    case_id: int | None = None  # a dispute meeting: its case
    decisions: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        return (self.source, self.id)

    def is_held(self, now: datetime) -> bool:
        moment = parse_moment(self.held_on)
        return moment is not None and moment <= now

    def minutes_deadline(self) -> datetime | None:
        moment = parse_moment(self.held_on)
        return None if moment is None else moment + MINUTES_DUE

    def minutes_due(self, now: datetime) -> bool:
        """Held, minutes not sent yet (whether or not the 24 h are up)."""
        return self.is_held(now) and not self.minutes_sent_on

    def minutes_overdue(self, now: datetime) -> bool:
        deadline = self.minutes_deadline()
        return self.minutes_due(now) and deadline is not None and deadline < now


def next_meeting_due(meetings: list[Meeting], phase: str, today: date) -> date | None:
    """When the next regular meeting is due after the last one held, from the phase's cadence."""
    held = [parse_day(m.held_on) for m in meetings]
    days = [d for d in held if d is not None and d <= today]
    if not days or phase not in CADENCE_DAYS:
        return None
    return max(days) + timedelta(days=CADENCE_DAYS[phase])


def current_phase(meetings: list[Meeting]) -> str:
    """The phase of the latest meeting that names one (regular meetings carry it)."""
    for meeting in sorted(meetings, key=lambda m: (m.held_on, m.id), reverse=True):
        if meeting.phase:
            return meeting.phase
    return "kickoff"


@dataclass(frozen=True)
class ActionRow:
    """One action item in the engagement-wide list, whatever its source.

    table/row_id name the stored row; origin is what the row belongs to (a meeting's title, a dispute
    case, a diagnosis, a satisfaction review), origin_id the record to jump to."""

    source: str  # one of ACTION_SOURCES
    table: str
    row_id: int
    what: str
    owner: str = ""
    due_on: str = ""
    status: str = "open"
    origin: str = ""
    origin_id: int | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.table, self.row_id)

    def is_open(self) -> bool:
        return self.status == "open"

    def is_overdue(self, today: date) -> bool:
        due = parse_day(self.due_on)
        return self.is_open() and due is not None and due < today


ACTION_FILTERS = ("all", "open", "overdue", "done")


def filter_actions(rows: list[ActionRow], which: str, today: date) -> list[ActionRow]:
    if which == "open":
        return [r for r in rows if r.is_open()]
    if which == "overdue":
        return [r for r in rows if r.is_overdue(today)]
    if which == "done":
        return [r for r in rows if r.status == "done"]
    return list(rows)


def sort_actions(rows: list[ActionRow]) -> list[ActionRow]:
    """Open first, soonest due first, undated last."""
    return sorted(rows, key=lambda r: (not r.is_open(), r.due_on == "", r.due_on, r.source, r.row_id))


@dataclass(frozen=True)
class Lesson:
    id: int
    engagement_id: int
    kind: str  # "worked" | "avoid"
    text: str
    tags: str = ""
    created_at: str = ""

