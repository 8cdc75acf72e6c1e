"""Translated names of meeting kinds, phases, action sources and statuses, test results, satisfaction
dimensions and lesson kinds (context "FollowUpLabels")."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from consultdesk.ui.common.combo_fill import refill_combo

MEETING_KIND_NAMES = {
    "kickoff": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Kick-off")),
    "weekly": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Weekly progress")),
    "review": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Requirement review")),
    "change_board": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Change board")),
    "pre_acceptance": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Pre-acceptance")),
    "dispute": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Dispute")),
    "visit": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Follow-up visit")),
    "other": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Other")),
}
PHASE_NAMES = {
    "": str(QT_TRANSLATE_NOOP("FollowUpLabels", "(no phase)")),
    "kickoff": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Kick-off (weekly)")),
    "development": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Development (twice a week)")),
    "testing": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Testing (every 3 days)")),
    "after_delivery": str(QT_TRANSLATE_NOOP("FollowUpLabels", "After delivery (monthly)")),
}
SOURCE_NAMES = {
    "meeting": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Meeting")),
    "dispute": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Dispute")),
    "plan": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Solution plan")),
    "improvement": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Improvement plan")),
}
STATUS_NAMES = {
    "open": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Open")),
    "done": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Done")),
    "dropped": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Dropped")),
}
RESULT_NAMES = {
    "not_run": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Not run")),
    "pass": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Pass")),
    "fail": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Fail")),
}
DIMENSION_NAMES = {
    "speed": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Response speed")),
    "quality": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Solution quality")),
    "clarity": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Communication clarity")),
    "solving": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Problem solving")),
}
LESSON_KIND_NAMES = {
    "worked": str(QT_TRANSLATE_NOOP("FollowUpLabels", "What worked")),
    "avoid": str(QT_TRANSLATE_NOOP("FollowUpLabels", "What to avoid")),
}
FILTER_NAMES = {
    "all": str(QT_TRANSLATE_NOOP("FollowUpLabels", "All")),
    "open": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Open")),
    "overdue": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Overdue")),
    "done": str(QT_TRANSLATE_NOOP("FollowUpLabels", "Done")),
}


def label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("FollowUpLabels", table.get(key, key))


def choices(table: dict[str, str], keys: Iterable[str] | None = None) -> list[tuple[str, str]]:
    return [(key, label(table, key)) for key in (keys if keys is not None else table)]


def fill_combo(combo: QComboBox, table: dict[str, str], keys: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with translated labels, keeping the current key selected."""
    refill_combo(combo, choices(table, keys))
