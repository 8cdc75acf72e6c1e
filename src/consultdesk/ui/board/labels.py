"""Translated names and colours of requirement types, statuses and quadrants (board, filters, tooltips)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from consultdesk.domain.requirement_filter import search_text
from consultdesk.domain.requirements import Quadrant, Requirement, RequirementStatus, RequirementType

_CONTEXT = "RequirementLabels"

TYPE_NAMES = {
    RequirementType.BUSINESS: QT_TRANSLATE_NOOP("RequirementLabels", "Business"),
    RequirementType.EXPERIENCE: QT_TRANSLATE_NOOP("RequirementLabels", "Experience"),
    RequirementType.STRATEGIC: QT_TRANSLATE_NOOP("RequirementLabels", "Strategic"),
    RequirementType.TECHNICAL: QT_TRANSLATE_NOOP("RequirementLabels", "Technical"),
}
STATUS_NAMES = {
    RequirementStatus.PROPOSED: QT_TRANSLATE_NOOP("RequirementLabels", "Proposed"),
    RequirementStatus.TO_CONFIRM: QT_TRANSLATE_NOOP("RequirementLabels", "To confirm"),
    RequirementStatus.CONFIRMED: QT_TRANSLATE_NOOP("RequirementLabels", "Confirmed"),
    RequirementStatus.REJECTED: QT_TRANSLATE_NOOP("RequirementLabels", "Rejected"),
    RequirementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("RequirementLabels", "In progress"),
    RequirementStatus.DONE: QT_TRANSLATE_NOOP("RequirementLabels", "Done"),
}
QUADRANT_NAMES = {
    Quadrant.DO_NOW: QT_TRANSLATE_NOOP("RequirementLabels", "Do now"),
    Quadrant.PLAN: QT_TRANSLATE_NOOP("RequirementLabels", "Plan for a later iteration"),
    Quadrant.QUICK: QT_TRANSLATE_NOOP("RequirementLabels", "Quick win or delegate"),
    Quadrant.PARK: QT_TRANSLATE_NOOP("RequirementLabels", "Park"),
}

# Colour-blind-friendly stripe colours (Okabe–Ito), one per type.
TYPE_COLOURS = {
    RequirementType.BUSINESS: QColor("#0072B2"),
    RequirementType.EXPERIENCE: QColor("#E69F00"),
    RequirementType.STRATEGIC: QColor("#009E73"),
    RequirementType.TECHNICAL: QColor("#CC79A7"),
}
STATUS_COLOURS = {
    RequirementStatus.PROPOSED: QColor("#9E9E9E"),
    RequirementStatus.TO_CONFIRM: QColor("#F0A202"),
    RequirementStatus.CONFIRMED: QColor("#2E7D32"),
    RequirementStatus.REJECTED: QColor("#C62828"),
    RequirementStatus.IN_PROGRESS: QColor("#1565C0"),
    RequirementStatus.DONE: QColor("#2E7D32"),
}
QUADRANT_TINTS = {
    Quadrant.DO_NOW: QColor("#FDECEA"),
    Quadrant.PLAN: QColor("#E8F1FB"),
    Quadrant.QUICK: QColor("#FFF6E0"),
    Quadrant.PARK: QColor("#F1F1F1"),
}
QUADRANT_INKS = {
    Quadrant.DO_NOW: QColor("#B3261E"),
    Quadrant.PLAN: QColor("#1F5FA8"),
    Quadrant.QUICK: QColor("#8A5A00"),
    Quadrant.PARK: QColor("#555555"),
}


def type_name(value: RequirementType) -> str:
    return QCoreApplication.translate("RequirementLabels", str(TYPE_NAMES[value]))


def status_name(value: RequirementStatus) -> str:
    return QCoreApplication.translate("RequirementLabels", str(STATUS_NAMES[value]))


def quadrant_name(value: Quadrant) -> str:
    return QCoreApplication.translate("RequirementLabels", str(QUADRANT_NAMES[value]))


def requirement_haystack(requirement: Requirement) -> str:
    """What the board's filter and the requirements list both search: every text field plus the shown
    type and status names (one function, so both always keep the same requirements)."""
    return search_text(requirement, (type_name(requirement.type), status_name(requirement.status)))
