"""Translated names of the stored choice values shown on the Clients tab (context "ClientLabels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.domain.clients import Classification, CounterpartKind, EngagementStatus

_KIND = {
    CounterpartKind.DECISION_MAKER: QT_TRANSLATE_NOOP("ClientLabels", "Decision maker"),
    CounterpartKind.BUSINESS_OWNER: QT_TRANSLATE_NOOP("ClientLabels", "Business owner"),
    CounterpartKind.TECHNICAL_OWNER: QT_TRANSLATE_NOOP("ClientLabels", "Technical owner"),
    CounterpartKind.AFFECTED_PARTY: QT_TRANSLATE_NOOP("ClientLabels", "Affected party"),
}
_CLASSIFICATION = {
    Classification.FEATURE_OPTIMISATION: QT_TRANSLATE_NOOP("ClientLabels", "Feature optimisation"),
    Classification.ARCHITECTURE_REWORK: QT_TRANSLATE_NOOP("ClientLabels", "Architecture rework"),
    Classification.NEW_TECHNOLOGY: QT_TRANSLATE_NOOP("ClientLabels", "New technology introduction"),
}
_STATUS = {
    EngagementStatus.PROSPECT: QT_TRANSLATE_NOOP("ClientLabels", "Prospect"),
    EngagementStatus.ACTIVE: QT_TRANSLATE_NOOP("ClientLabels", "Active"),
    EngagementStatus.ON_HOLD: QT_TRANSLATE_NOOP("ClientLabels", "On hold"),
    EngagementStatus.CLOSED: QT_TRANSLATE_NOOP("ClientLabels", "Closed"),
}


def kind_choices() -> list[tuple[str, str]]:
    return [(k.value, QCoreApplication.translate("ClientLabels", str(text))) for k, text in _KIND.items()]


def kind_label(value: str) -> str:
    return QCoreApplication.translate("ClientLabels", str(_KIND[CounterpartKind(value)]))


def classification_choices() -> list[tuple[str, str]]:
    return [(k.value, QCoreApplication.translate("ClientLabels", str(text))) for k, text in _CLASSIFICATION.items()]


def status_choices() -> list[tuple[str, str]]:
    return [(k.value, QCoreApplication.translate("ClientLabels", str(text))) for k, text in _STATUS.items()]
