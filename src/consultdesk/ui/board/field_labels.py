"""Translated names of requirement fields (table headers, import mapping combos, messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "RequirementFields"

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("RequirementFields", "Code"),
    "title": QT_TRANSLATE_NOOP("RequirementFields", "Title"),
    "description": QT_TRANSLATE_NOOP("RequirementFields", "Description"),
    "goal": QT_TRANSLATE_NOOP("RequirementFields", "Goal"),
    "current_state": QT_TRANSLATE_NOOP("RequirementFields", "Current state"),
    "success_criteria": QT_TRANSLATE_NOOP("RequirementFields", "Success criteria"),
    "time_resources": QT_TRANSLATE_NOOP("RequirementFields", "Time and resources"),
    "risks": QT_TRANSLATE_NOOP("RequirementFields", "Risks and dependencies"),
    "type": QT_TRANSLATE_NOOP("RequirementFields", "Type"),
    "why": QT_TRANSLATE_NOOP("RequirementFields", "Why"),
    "what": QT_TRANSLATE_NOOP("RequirementFields", "What"),
    "who": QT_TRANSLATE_NOOP("RequirementFields", "Who"),
    "when": QT_TRANSLATE_NOOP("RequirementFields", "When"),
    "where": QT_TRANSLATE_NOOP("RequirementFields", "Where"),
    "how": QT_TRANSLATE_NOOP("RequirementFields", "How"),
    "value": QT_TRANSLATE_NOOP("RequirementFields", "Value"),
    "urgency": QT_TRANSLATE_NOOP("RequirementFields", "Urgency"),
    "cost": QT_TRANSLATE_NOOP("RequirementFields", "Cost"),
    "status": QT_TRANSLATE_NOOP("RequirementFields", "Status"),
    "is_core": QT_TRANSLATE_NOOP("RequirementFields", "Core or noise"),
    "source": QT_TRANSLATE_NOOP("RequirementFields", "Source"),
    "acceptance": QT_TRANSLATE_NOOP("RequirementFields", "Acceptance criteria"),
    "tag": QT_TRANSLATE_NOOP("RequirementFields", "Tag"),
    "notes": QT_TRANSLATE_NOOP("RequirementFields", "Notes"),
    "quadrant": QT_TRANSLATE_NOOP("RequirementFields", "Quadrant"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate(_CONTEXT, str(FIELD_LABELS[name]))
