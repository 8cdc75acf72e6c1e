"""Translated names of meeting kinds, phases, action sources and statuses, test results, satisfaction
dimensions and lesson kinds (context "FollowUpLabels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MEETING_KIND_NAMES = {
    "kickoff": QT_TRANSLATE_NOOP("FollowUpLabels", "Kick-off"),
    "weekly": QT_TRANSLATE_NOOP("FollowUpLabels", "Weekly progress"),
    "review": QT_TRANSLATE_NOOP("FollowUpLabels", "Requirement review"),
    "change_board": QT_TRANSLATE_NOOP("FollowUpLabels", "Change board"),
    "pre_acceptance": QT_TRANSLATE_NOOP("FollowUpLabels", "Pre-acceptance"),
    "dispute": QT_TRANSLATE_NOOP("FollowUpLabels", "Dispute"),
    "visit": QT_TRANSLATE_NOOP("FollowUpLabels", "Follow-up visit"),
    "other": QT_TRANSLATE_NOOP("FollowUpLabels", "Other"),
}
PHASE_NAMES = {
    "": QT_TRANSLATE_NOOP("FollowUpLabels", "(no phase)"),
    "kickoff": QT_TRANSLATE_NOOP("FollowUpLabels", "Kick-off (weekly)"),
    "development": QT_TRANSLATE_NOOP("FollowUpLabels", "Development (twice a week)"),
    "testing": QT_TRANSLATE_NOOP("FollowUpLabels", "Testing (every 3 days)"),
    "after_delivery": QT_TRANSLATE_NOOP("FollowUpLabels", "After delivery (monthly)"),
}
SOURCE_NAMES = {
    "meeting": QT_TRANSLATE_NOOP("FollowUpLabels", "Meeting"),
    "dispute": QT_TRANSLATE_NOOP("FollowUpLabels", "Dispute"),
    "plan": QT_TRANSLATE_NOOP("FollowUpLabels", "Solution plan"),
    "improvement": QT_TRANSLATE_NOOP("FollowUpLabels", "Improvement plan"),
}
STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("FollowUpLabels", "Open"),
    "done": QT_TRANSLATE_NOOP("FollowUpLabels", "Done"),
    "dropped": QT_TRANSLATE_NOOP("FollowUpLabels", "Dropped"),
}
RESULT_NAMES = {
    "not_run": QT_TRANSLATE_NOOP("FollowUpLabels", "Not run"),
    "pass": QT_TRANSLATE_NOOP("FollowUpLabels", "Pass"),
    "fail": QT_TRANSLATE_NOOP("FollowUpLabels", "Fail"),
}
DIMENSION_NAMES = {
    "speed": QT_TRANSLATE_NOOP("FollowUpLabels", "Response speed"),
    "quality": QT_TRANSLATE_NOOP("FollowUpLabels", "Solution quality"),
    "clarity": QT_TRANSLATE_NOOP("FollowUpLabels", "Communication clarity"),
    "solving": QT_TRANSLATE_NOOP("FollowUpLabels", "Problem solving"),
}
LESSON_KIND_NAMES = {
    "worked": QT_TRANSLATE_NOOP("FollowUpLabels", "What worked"),
    "avoid": QT_TRANSLATE_NOOP("FollowUpLabels", "What to avoid"),
}
FILTER_NAMES = {
    "all": QT_TRANSLATE_NOOP("FollowUpLabels", "All"),
    "open": QT_TRANSLATE_NOOP("FollowUpLabels", "Open"),
    "overdue": QT_TRANSLATE_NOOP("FollowUpLabels", "Overdue"),
    "done": QT_TRANSLATE_NOOP("FollowUpLabels", "Done"),
}


def label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("FollowUpLabels", table.get(key, key))


def choices(table: dict[str, str], keys=None) -> list[tuple[str, str]]:
    return [(key, label(table, key)) for key in (keys if keys is not None else table)]


def fill_combo(combo, table: dict[str, str], keys=None) -> None:
    """(Re)fill a combo with translated labels, keeping the current key selected."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, text in choices(table, keys):
        combo.addItem(text, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
