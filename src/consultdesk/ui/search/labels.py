"""Translated names of search hit kinds, and the shown titles of records named by a key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.domain.search import SearchHit

KIND_NAMES = {
    "client": str(QT_TRANSLATE_NOOP("SearchKinds", "Clients")),
    "contact": str(QT_TRANSLATE_NOOP("SearchKinds", "Contacts")),
    "engagement": str(QT_TRANSLATE_NOOP("SearchKinds", "Engagements")),
    "interview": str(QT_TRANSLATE_NOOP("SearchKinds", "Interviews and visit questions")),
    "requirement": str(QT_TRANSLATE_NOOP("SearchKinds", "Requirements")),
    "diagnosis": str(QT_TRANSLATE_NOOP("SearchKinds", "Diagnoses and plans")),
    "cause": str(QT_TRANSLATE_NOOP("SearchKinds", "Causes")),
    "evidence_case": str(QT_TRANSLATE_NOOP("SearchKinds", "Dispute cases")),
    "evidence_item": str(QT_TRANSLATE_NOOP("SearchKinds", "Evidence")),
    "meeting": str(QT_TRANSLATE_NOOP("SearchKinds", "Meetings")),
    "action": str(QT_TRANSLATE_NOOP("SearchKinds", "Actions")),
    "section": str(QT_TRANSLATE_NOOP("SearchKinds", "Specification sections")),
    "change_request": str(QT_TRANSLATE_NOOP("SearchKinds", "Change requests")),
    "satisfaction": str(QT_TRANSLATE_NOOP("SearchKinds", "Satisfaction reviews")),
}

# Specification sections are stored by key; show the heading the Specifications tab shows.
SECTION_TITLES = {
    "background": str(QT_TRANSLATE_NOOP("SectionsPage", "Background")),
    "goals": str(QT_TRANSLATE_NOOP("SectionsPage", "Goals")),
    "delivery_standards": str(QT_TRANSLATE_NOOP("SectionsPage", "Delivery standards")),
    "acceptance_procedure": str(QT_TRANSLATE_NOOP("SectionsPage", "Acceptance procedure")),
    "change_rules": str(QT_TRANSLATE_NOOP("SectionsPage", "Change rules")),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("SearchKinds", KIND_NAMES.get(kind, kind))


def hit_title(hit: SearchHit) -> str:
    if hit.table == "spec_sections" and hit.title in SECTION_TITLES:
        return QCoreApplication.translate("SectionsPage", SECTION_TITLES[hit.title])
    return hit.title
