"""Dates as the store keeps them: a day is "YYYY-MM-DD", a moment to the minute "YYYY-MM-DD HH:MM" (an
evidence capture time) — the forms pick them with a calendar and write them in exactly this form.

Text stored before the forms had date pickers may be anything ("昨天下午"); such text is never rewritten
behind the user's back: readers get None for it and the form shows it as it is until a date is picked.
"""

from __future__ import annotations

import re
from datetime import date, datetime

DAY_FORMAT = "%Y-%m-%d"
MINUTE_FORMAT = "%Y-%m-%d %H:%M"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def parse_iso_day(text: str | None) -> date | None:
    """The day written exactly as YYYY-MM-DD, or None (empty, malformed, impossible such as 02-30)."""
    text = (text or "").strip()
    if not _DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_iso_minute(text: str | None) -> datetime | None:
    """A moment written as YYYY-MM-DD HH:MM (or with a T), or None."""
    text = (text or "").strip()
    if not _MINUTE.fullmatch(text):
        return None
    try:
        return datetime.strptime(text.replace("T", " "), MINUTE_FORMAT)
    except ValueError:
        return None


def is_day_or_empty(text: str | None) -> bool:
    return not (text or "").strip() or parse_iso_day(text) is not None


def is_moment_or_empty(text: str | None) -> bool:
    """A capture time: empty, a day, or a day with hour and minute."""
    return not (text or "").strip() or parse_iso_minute(text) is not None or parse_iso_day(text) is not None


def ends_before_start(start: str | None, end: str | None) -> bool:
    """True only when both are days and the end comes first (an empty or undated side cannot conflict)."""
    first, last = parse_iso_day(start), parse_iso_day(end)
    return first is not None and last is not None and last < first
