"""Translated names of evidence kinds, case statuses, root causes and action sides (context "EvidenceLabels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from consultdesk.ui.common.combo_fill import refill_combo

KIND_NAMES = {
    "raw_data": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Raw data snapshot")),
    "processing_logic": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Processing logic")),
    "business_rule": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Business rule basis")),
    "comparison": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Comparison")),
    "test_case": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Test case / simulated data")),
    "other": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Other")),
}
# What the completeness panel says when a kind is missing.
MISSING_TEXTS = {
    "raw_data": str(QT_TRANSLATE_NOOP("EvidenceLabels", "No raw data snapshot yet")),
    "processing_logic": str(QT_TRANSLATE_NOOP("EvidenceLabels", "No processing logic yet")),
    "business_rule": str(QT_TRANSLATE_NOOP("EvidenceLabels", "No business-rule basis yet")),
    "comparison": str(QT_TRANSLATE_NOOP("EvidenceLabels", "No comparison yet")),
    "test_case": str(QT_TRANSLATE_NOOP("EvidenceLabels", "No test case yet")),
}
STATUS_NAMES = {
    "investigating": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Investigating")),
    "consensus": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Internal consensus")),
    "meeting_held": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Meeting held")),
    "resolved": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Resolved")),
}
ROOT_CAUSE_NAMES = {
    "": str(QT_TRANSLATE_NOOP("EvidenceLabels", "(not agreed yet)")),
    "client_data_error": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Client data error")),
    "rule_misunderstanding": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Client misunderstanding of the rule")),
    "rule_update": str(QT_TRANSLATE_NOOP("EvidenceLabels", "The rule needs updating")),
    "business_change": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Unannounced business change")),
    "other": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Other")),
}
SIDE_NAMES = {
    "ours": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Our side")),
    "client": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Client")),
}
ACTION_STATUS_NAMES = {
    "open": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Open")),
    "done": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Done")),
    "dropped": str(QT_TRANSLATE_NOOP("EvidenceLabels", "Dropped")),
}
INTEGRITY_NAMES = {
    "ok": str(QT_TRANSLATE_NOOP("EvidenceLabels", "verified")),
    "changed": str(QT_TRANSLATE_NOOP("EvidenceLabels", "CHANGED since attached")),
    "missing": str(QT_TRANSLATE_NOOP("EvidenceLabels", "MISSING from the store")),
    "unchecked": str(QT_TRANSLATE_NOOP("EvidenceLabels", "not verified yet")),
}


def label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("EvidenceLabels", table.get(key, key))


def fill_combo(combo: QComboBox, table: dict[str, str]) -> None:
    """(Re)fill a combo with translated labels, keeping the current key selected."""
    refill_combo(combo, ((key, label(table, key)) for key in table))
