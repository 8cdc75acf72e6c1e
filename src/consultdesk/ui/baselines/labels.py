"""Translated names for sign-off and change-request values, and local display of UTC times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "BaselineLabels"

SIDES = {"client": str(QT_TRANSLATE_NOOP("BaselineLabels", "Client")), "us": str(QT_TRANSLATE_NOOP("BaselineLabels", "Us"))}
MEANINGS = {
    "approved": str(QT_TRANSLATE_NOOP("BaselineLabels", "Approved")),
    "reviewed": str(QT_TRANSLATE_NOOP("BaselineLabels", "Reviewed")),
    "authored": str(QT_TRANSLATE_NOOP("BaselineLabels", "Authored")),
}
SCOPES = {
    "small": str(QT_TRANSLATE_NOOP("BaselineLabels", "Small (no milestone moves)")),
    "large": str(QT_TRANSLATE_NOOP("BaselineLabels", "Large (schedule or cost moves)")),
}
SCOPES_SHORT = {"small": str(QT_TRANSLATE_NOOP("BaselineLabels", "Small")),
                "large": str(QT_TRANSLATE_NOOP("BaselineLabels", "Large"))}
STATUSES = {
    "submitted": str(QT_TRANSLATE_NOOP("BaselineLabels", "Submitted")),
    "assessing": str(QT_TRANSLATE_NOOP("BaselineLabels", "Assessing")),
    "approved": str(QT_TRANSLATE_NOOP("BaselineLabels", "Approved")),
    "rejected": str(QT_TRANSLATE_NOOP("BaselineLabels", "Rejected")),
    "implemented": str(QT_TRANSLATE_NOOP("BaselineLabels", "Implemented")),
}
SECTIONS = {
    "background": str(QT_TRANSLATE_NOOP("BaselineLabels", "Background")),
    "goals": str(QT_TRANSLATE_NOOP("BaselineLabels", "Goals")),
    "delivery_standards": str(QT_TRANSLATE_NOOP("BaselineLabels", "Delivery standards")),
    "acceptance_procedure": str(QT_TRANSLATE_NOOP("BaselineLabels", "Acceptance procedure")),
    "change_rules": str(QT_TRANSLATE_NOOP("BaselineLabels", "Change rules")),
}


def tr(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def local_time(utc_text: str) -> str:
    """A stored UTC ISO time shown in the machine's local time zone, to the minute."""
    if not utc_text:
        return ""
    try:
        return datetime.fromisoformat(utc_text).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc_text
