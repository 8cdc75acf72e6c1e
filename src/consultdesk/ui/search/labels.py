"""Translated names of search hit kinds, and the shown titles of records named by a key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultdesk.domain.search import SearchHit

KIND_NAMES = {
    "client": QT_TRANSLATE_NOOP("SearchKinds", "Clients"),
    "contact": QT_TRANSLATE_NOOP("SearchKinds", "Contacts"),
    "engagement": QT_TRANSLATE_NOOP("SearchKinds", "Engagements"),
    "interview": QT_TRANSLATE_NOOP("SearchKinds", "Interviews and visit questions"),
    "requirement": QT_TRANSLATE_NOOP("SearchKinds", "Requirements"),
    "diagnosis": QT_TRANSLATE_NOOP("SearchKinds", "Diagnoses and plans"),
    "cause": QT_TRANSLATE_NOOP("SearchKinds", "Causes"),
    "evidence_case": QT_TRANSLATE_NOOP("SearchKinds", "Dispute cases"),
    "evidence_item": QT_TRANSLATE_NOOP("SearchKinds", "Evidence"),
    "meeting": QT_TRANSLATE_NOOP("SearchKinds", "Meetings"),
    "action": QT_TRANSLATE_NOOP("SearchKinds", "Actions"),
    "section": QT_TRANSLATE_NOOP("SearchKinds", "Specification sections"),
    "change_request": QT_TRANSLATE_NOOP("SearchKinds", "Change requests"),
    "satisfaction": QT_TRANSLATE_NOOP("SearchKinds", "Satisfaction reviews"),
}

# Specification sections are stored by key; show the heading the Specifications tab shows.
SECTION_TITLES = {
    "background": QT_TRANSLATE_NOOP("SectionsPage", "Background"),
    "goals": QT_TRANSLATE_NOOP("SectionsPage", "Goals"),
    "delivery_standards": QT_TRANSLATE_NOOP("SectionsPage", "Delivery standards"),
    "acceptance_procedure": QT_TRANSLATE_NOOP("SectionsPage", "Acceptance procedure"),
    "change_rules": QT_TRANSLATE_NOOP("SectionsPage", "Change rules"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("SearchKinds", KIND_NAMES.get(kind, kind))


def hit_title(hit: SearchHit) -> str:
    if hit.table == "spec_sections" and hit.title in SECTION_TITLES:
        return QCoreApplication.translate("SectionsPage", SECTION_TITLES[hit.title])
    return hit.title
