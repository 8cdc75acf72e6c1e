"""Refusals of dates that are not in the stored form (shared by the verbs that take dates)."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from consultdesk.domain.dates import ends_before_start, is_day_or_empty, is_moment_or_empty
from consultdesk.ops.errors import OpError


def need_days(values: Mapping[str, Any], *names: str) -> None:
    """Each of *names* given in *values* is empty or a day written YYYY-MM-DD."""
    for name in names:
        if name in values and not is_day_or_empty(str(values[name] or "")):
            raise OpError(QCoreApplication.translate("ops", "A date is written like 2026-03-31 (year-month-day)."))


def need_moments(values: Mapping[str, Any], *names: str) -> None:
    for name in names:
        if name in values and not is_moment_or_empty(str(values[name] or "")):
            raise OpError(QCoreApplication.translate(
                "ops", "A time is written like 2026-03-31 14:05 (year-month-day hour:minute)."))


def need_period(start: Any, end: Any) -> None:
    if ends_before_start(str(start or ""), str(end or "")):
        raise OpError(QCoreApplication.translate("ops", "The end date cannot be before the start date."))
